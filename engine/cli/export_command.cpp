#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/output_path.hpp"
#include "engine/core/errors.hpp"
#include "outputs/analysis/csv_export.hpp"

#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>

namespace paradiplo {

int export_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo export FILE.h5 --csv DIR");
    options.add_options()("help,h", "this help")("csv", po::value<std::string>(),
                                                 "folder to write the CSV files into (required)")(
        "authorities", "also export the per-authority trajectories (large)")("quiet,q",
                                                                             "print nothing");
    const auto vm = parse_command_line(arguments, options, "file", Positional::One);
    if (vm.count("help")) {
        std::cout
            << "Writes a run or sweep file as long-format CSV (one row per month, entity and\n"
               "variable, with units) that spreadsheets open as they are.\n\n"
            << options;
        return 0;
    }
    if (!vm.count("file")) throw InputError("give the file to export (see --help)");
    if (!vm.count("csv")) throw InputError("give the output folder with --csv DIR (see --help)");
    check_output_folder(vm["csv"].as<std::string>(), "--csv");
    const OutputFile file(vm["file"].as<std::string>());
    const ExportSummary summary =
        export_csv(file, vm["csv"].as<std::string>(), vm.count("authorities") > 0);
    if (!vm.count("quiet"))
        for (const auto& path : summary.files)
            std::printf("Wrote %s\n", path.c_str());
    return 0;
}

} // namespace paradiplo
