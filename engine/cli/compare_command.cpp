#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/option_values.hpp"
#include "engine/cli/output_path.hpp"
#include "engine/core/errors.hpp"
#include "outputs/analysis/comparison.hpp"
#include "outputs/file_commit.hpp"
#include "outputs/summary_table.hpp"

#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>

namespace paradiplo {
namespace {

std::vector<YearMonth> months_of(const std::string& list) {
    std::vector<YearMonth> months;
    std::stringstream in(list);
    for (std::string item; std::getline(in, item, ',');) {
        const auto month = parse_year_month(item);
        if (!month)
            throw InputError("--at: expected months YYYY-MM separated by commas, found \"" + item +
                             "\"");
        months.push_back(*month);
    }
    return months;
}

std::string number_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

} // namespace

int compare_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo compare A.h5 B.h5");
    options.add_options()("help,h", "this help")(
        "at", po::value<std::string>(),
        "months to compare, e.g. 2021-12,2023-12 (default 2020-12,2021-12,2023-12,2026-03)")(
        "csv", po::value<std::string>(), "also write the comparison as tidy CSV to this file")(
        "rtol", po::value<double>(),
        "exit with code 3 when a relative difference exceeds this tolerance (e.g. 0.05)")(
        "quiet,q", "print nothing (with --csv or --rtol)");
    const auto vm = parse_command_line(arguments, options, "files", Positional::Many);
    if (vm.count("help")) {
        std::cout
            << "Compares the national indicators of two run or sweep files: stocks at the\n"
               "chosen months, money (EUR) over the 12 months to them; A, B, B - A and\n"
               "B/A - 1, with medians and 5-95% ranges over the runs of sweep files. What the\n"
               "files do not share (variables, months) is listed. Exit codes: 0, 2 for a\n"
               "missing, foreign or incomplete file, 3 beyond --rtol.\n\n"
            << options;
        return 0;
    }
    const auto files =
        vm.count("files") ? vm["files"].as<std::vector<std::string>>() : std::vector<std::string>{};
    if (files.size() != 2) throw InputError("give two files to compare (see --help)");
    const auto at =
        vm.count("at") ? months_of(vm["at"].as<std::string>()) : default_summary_months();
    if (vm.count("csv")) check_output_file(vm["csv"].as<std::string>(), "--csv");
    const double tolerance = vm.count("rtol") ? vm["rtol"].as<double>() : 0.0;
    if (!is_valid_tolerance(tolerance))
        throw InputError("--rtol: expected a finite number >= 0, found " + number_text(tolerance));
    const OutputFile a(files[0]), b(files[1]);
    const Comparison comparison = compare_files(a, b, at);
    if (!vm.count("quiet")) std::fputs(comparison_text(comparison).c_str(), stdout);
    if (vm.count("csv")) {
        PartialFile csv(vm["csv"].as<std::string>());
        csv.write(comparison_csv(comparison));
        csv.commit();
    }
    if (vm.count("rtol")) {
        const double largest = largest_relative_difference(comparison);
        if (largest > tolerance) {
            std::fprintf(stderr,
                         "paradiplo compare: largest relative difference %.3g exceeds --rtol %g\n",
                         largest, tolerance);
            return 3;
        }
    }
    return 0;
}

} // namespace paradiplo
