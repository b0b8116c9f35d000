#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/output_path.hpp"
#include "engine/core/errors.hpp"
#include "outputs/file_commit.hpp"
#include "outputs/report/html_report.hpp"

#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace paradiplo {

int report_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo report FILE.h5... -o report.html");
    options.add_options()("help,h", "this help")(
        "output,o", po::value<std::string>()->default_value("report.html"),
        "the HTML file")("lang", po::value<std::string>()->default_value("en"),
                         "en or fr")("quiet,q", "print nothing");
    const auto vm = parse_command_line(arguments, options, "files", Positional::Many);
    if (vm.count("help")) {
        std::cout << "Writes one self-contained HTML page (inline SVG charts, no network) for run\n"
                     "or sweep files: key indicators over time (fan bands for sweeps), APD by\n"
                     "part, priorities by domain, partnerships by continent, provenance and key\n"
                     "figures; with several files, each against the first.\n\n"
                  << options;
        return 0;
    }
    if (!vm.count("files")) throw InputError("give at least one file (see --help)");
    const std::string lang = vm["lang"].as<std::string>();
    if (lang != "en" && lang != "fr") throw InputError("--lang: expected en or fr, found " + lang);
    const std::string output = vm["output"].as<std::string>();
    check_output_file(output, "-o");
    std::vector<std::unique_ptr<OutputFile>> files;
    std::vector<const OutputFile*> pointers;
    for (const auto& path : vm["files"].as<std::vector<std::string>>()) {
        files.push_back(std::make_unique<OutputFile>(path));
        pointers.push_back(files.back().get());
    }
    const std::string html = html_report(pointers, lang);
    PartialFile page(output);
    page.write(html);
    page.commit();
    if (!vm.count("quiet")) std::printf("Wrote %s\n", output.c_str());
    return 0;
}

} // namespace paradiplo
