#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/core/errors.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "engine/sweep/sweep_plan.hpp"

#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>

namespace paradiplo {

int validate_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo validate FILE.toml...");
    options.add_options()("help,h", "this help")("quiet,q", "print only problems")(
        "population-table", po::value<std::string>(),
        "check the scenario files with this population table (CSV, docs/geography.md)");
    const auto vm = parse_command_line(arguments, options, "files", Positional::Many);
    if (vm.count("help")) {
        std::cout
            << "Checks scenario files (with their extends chain) and sweep files (every design "
               "point)\n"
               "without running them; "
               "lists every problem as file:line:column: key.path: expected ..., found ...\n\n"
            << options;
        return 0;
    }
    if (!vm.count("files")) throw InputError("give at least one file to validate (see --help)");
    std::size_t problems = 0;
    for (const auto& file : vm["files"].as<std::vector<std::string>>()) {
        try {
            if (is_sweep_file(file)) {
                if (vm.count("population-table"))
                    throw InputError(file + ": --population-table applies to scenario files; a "
                                            "sweep takes a table through its scenarios' "
                                            "population.table");
                const SweepPlan plan(load_sweep_file(file));
                if (!vm.count("quiet"))
                    std::printf("%s: valid sweep \"%s\" (%zu runs: %zu design points x %zu "
                                "replicates)\n",
                                file.c_str(), plan.config().name.c_str(), plan.runs(),
                                plan.points(), plan.replicates());
                continue;
            }
            std::vector<std::string> overrides;
            if (vm.count("population-table"))
                overrides.push_back(
                    text_override("population.table", vm["population-table"].as<std::string>()));
            const ScenarioConfig config = load_scenario_file(file, overrides);
            if (!vm.count("quiet"))
                std::printf("%s: valid scenario \"%s\" (%s to %s, %zu shocks, %zu rows of "
                            "population table)\n",
                            file.c_str(), config.meta.name.c_str(),
                            config.time.start.to_string().c_str(),
                            config.time.end.to_string().c_str(), config.model.shocks.size(),
                            config.model.population.overrides.size());
        } catch (const ScenarioError& error) {
            for (const auto& problem : error.problems())
                std::fprintf(stderr, "%s\n", problem.c_str());
            problems += error.problems().size();
        }
    }
    if (problems > 0) {
        std::fprintf(stderr, "paradiplo validate: %zu problem(s)\n", problems);
        return 2;
    }
    return 0;
}

} // namespace paradiplo
