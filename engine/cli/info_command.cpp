#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/core/errors.hpp"
#include "outputs/analysis/output_file.hpp"

#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>

namespace paradiplo {

int info_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo info FILE.h5");
    options.add_options()("help,h", "this help");
    const auto vm = parse_command_line(arguments, options, "file", Positional::One);
    if (vm.count("help")) {
        std::cout
            << "Prints what a run or sweep file holds: provenance, dimensions, variables with\n"
               "their units.\n\n"
            << options;
        return 0;
    }
    if (!vm.count("file")) throw InputError("give a file (see --help)");
    const OutputFile file(vm["file"].as<std::string>());
    const auto& r = file.reader();
    std::printf("%s: Paradiplo %s file \"%s\"\n\n", file.path().c_str(),
                file.is_sweep() ? "sweep" : "run", file.label().c_str());
    for (const char* name :
         {"scenario_name", "sweep_name", "scenario_source", "sweep_source", "seed", "sweep_runs",
          "shard", "paradiplo_version", "git_revision", "build_type", "start_time",
          "wall_time_seconds", "threads", "mpi_ranks", "host", "output_level"}) {
        const auto value = r.attribute_text(name);
        if (!value) continue;
        std::printf("  %-18s %s\n", name, value->c_str());
    }
    std::printf("  %-18s %s to %s (%zu months)\n\nDimensions:\n", "period",
                file.months().front().to_string().c_str(), file.months().back().to_string().c_str(),
                file.months().size());
    std::vector<std::string> variables;
    for (const auto& name : r.variables()) {
        const auto dims = r.dimensions(name);
        if (dims.size() == 1 && dims.front() == name)
            std::printf("  %-18s %llu\n", name.c_str(),
                        static_cast<unsigned long long>(r.shape(name).front()));
        else
            variables.push_back(name);
    }
    std::printf("\nVariables:\n");
    for (const auto& name : variables) {
        std::string dims;
        for (const auto& d : r.dimensions(name))
            dims += (dims.empty() ? "" : ", ") + d;
        std::printf("  %-34s (%s)  %s\n", name.c_str(), dims.c_str(),
                    r.text_attribute("units", name).value_or("").c_str());
    }
    return 0;
}

} // namespace paradiplo
