#include "engine/cli/commands.hpp"
#include "engine/core/errors.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "engine/sweep/scenario_replicates.hpp"
#include "outputs/scenario_comparison.hpp"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>

namespace paradiplo {

int scenarios_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo scenarios");
    options.add_options()("help,h", "this help")(
        "table", "print the morphological table: drivers as rows, scenarios as columns")(
        "compare", "run every scenario with replicates and print the key indicators (Markdown)")(
        "replicates", po::value<int>()->default_value(10), "replicates per scenario for --compare")(
        "dir", po::value<std::string>()->default_value(PARADIPLO_SCENARIOS_DIR),
        "folder of the scenario files (with hypotheses/<driver>/<hypothesis>.toml)");
    po::variables_map vm;
    po::store(po::command_line_parser(arguments).options(options).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
        std::cout
            << "Lists the shipped scenarios with their one-line narrative, read from the files.\n\n"
            << options;
        return 0;
    }
    const std::filesystem::path folder = vm["dir"].as<std::string>();
    if (!std::filesystem::is_directory(folder))
        throw InputError("--dir: expected a folder of scenario files, found " + folder.string());
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    // The baseline first, then the others by name.
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
        return std::make_pair(a.stem() != "baseline", a.stem().string()) <
               std::make_pair(b.stem() != "baseline", b.stem().string());
    });
    std::vector<ScenarioConfig> scenarios;
    scenarios.reserve(files.size());
    for (const auto& file : files)
        scenarios.push_back(load_scenario_file(file.string()));

    if (vm.count("compare")) {
        const int replicates = vm["replicates"].as<int>();
        if (replicates < 1 || replicates > 10000)
            throw InputError("--replicates: expected an integer in [1, 10000], found " +
                             std::to_string(replicates));
        std::vector<ScenarioSummary> summaries;
        summaries.reserve(scenarios.size());
        for (const auto& s : scenarios) {
            std::fprintf(stderr, "running %s (%d replicates)\n", s.meta.name.c_str(), replicates);
            summaries.push_back(
                summarise_replicates(s.meta.name, run_scenario_replicates(s, replicates)));
        }
        std::fputs(comparison_markdown(summaries, replicates).c_str(), stdout);
        return 0;
    }
    if (!vm.count("table")) {
        for (const auto& s : scenarios)
            std::printf("%-24s %s\n", s.meta.name.c_str(), s.meta.title.c_str());
        return 0;
    }
    std::set<std::string> drivers;
    if (std::filesystem::is_directory(folder / "hypotheses"))
        for (const auto& entry : std::filesystem::directory_iterator(folder / "hypotheses"))
            if (entry.is_directory()) drivers.insert(entry.path().filename().string());
    std::size_t width = 18;
    for (const auto& driver : drivers)
        width = std::max(width, driver.size() + 2);
    for (const auto& s : scenarios) {
        width = std::max(width, s.meta.name.size() + 2);
        for (const auto& [driver, hypothesis] : s.hypotheses)
            width = std::max(width, hypothesis.size() + 2);
    }
    // Cells padded to a common width; the last cell of a row is not padded.
    const auto print_row = [&](std::string line, const auto& cell) {
        for (const auto& s : scenarios) {
            line.resize(((line.size() + width - 1) / width) * width, ' ');
            line += cell(s);
        }
        std::printf("%s\n", line.c_str());
    };
    print_row("driver", [](const ScenarioConfig& s) { return s.meta.name; });
    for (const auto& driver : drivers)
        print_row(driver, [&](const ScenarioConfig& s) {
            // A driver a scenario leaves open keeps the baseline's hypothesis, "trend".
            const auto chosen = s.hypotheses.find(driver);
            return chosen == s.hypotheses.end() ? std::string("trend") : chosen->second;
        });
    return 0;
}

} // namespace paradiplo
