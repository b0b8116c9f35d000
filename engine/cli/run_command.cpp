#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/output_path.hpp"
#include "engine/cli/progress.hpp"
#include "engine/cli/stop_signal.hpp"
#include "engine/core/errors.hpp"
#include "engine/core/indicator_history.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "engine/scenario/scenario_reference.hpp"
#include "models/schedule.hpp"
#include "outputs/provenance.hpp"
#include "outputs/run_file_writer.hpp"
#include "outputs/summary_table.hpp"

#include <boost/program_options.hpp>
#include <tbb/global_control.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

namespace paradiplo {
namespace embedded {
extern const std::string_view baseline_toml;
}

namespace {

class ProgressObserver final : public MonthObserver {
  public:
    explicit ProgressObserver(Progress& progress) : progress_(progress) {}
    void on_month(const World& world) override {
        progress_.update(world.step, world.calendar.at(world.step - 1).to_string());
    }

  private:
    Progress& progress_;
};

} // namespace

int run_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo run [SCENARIO.toml]");
    options.add_options()("help,h", "this help")(
        "output,o", po::value<std::string>(), "output file (default: results/<scenario name>.h5)")(
        "seed", po::value<std::int64_t>(), "seed of the random streams (overrides the file's)")(
        "threads", po::value<int>()->default_value(0),
        "worker threads (0 = all cores); results do not depend on it")(
        "set", po::value<std::vector<std::string>>()->composing(),
        "override a key: --set key.path=value (repeatable)")(
        "population-table", po::value<std::string>(),
        "an analyst's population table (CSV, docs/geography.md): sets population.table")(
        "output-level", po::value<std::string>(),
        "aggregate | authorities | full (default: the file's, else authorities)")(
        "quiet,q", "no progress and no summary table")(
        "help-parameters", po::value<std::string>()->implicit_value("text"),
        "list every scenario parameter (text) or print the Markdown reference (=markdown)");
    const auto vm = parse_command_line(arguments, options, "scenario", Positional::One);
    if (vm.count("help")) {
        std::cout
            << "Runs one scenario month by month and writes its trajectories to an HDF5 file\n"
               "that netCDF tools (xarray, ncdump, Panoply, R) open as it is.\n"
               "Without SCENARIO, runs the built-in baseline (scenarios/baseline.toml).\n\n"
            << options;
        return 0;
    }
    if (vm.count("help-parameters")) {
        const auto format = vm["help-parameters"].as<std::string>();
        if (format == "markdown")
            std::cout << scenario_reference_markdown();
        else if (format == "text")
            std::cout << scenario_reference_text();
        else
            throw InputError("--help-parameters takes text or markdown, found " + format);
        return 0;
    }

    std::vector<std::string> overrides;
    if (vm.count("set")) overrides = vm["set"].as<std::vector<std::string>>();
    if (vm.count("seed"))
        overrides.push_back("seed=" + std::to_string(vm["seed"].as<std::int64_t>()));
    if (vm.count("population-table"))
        overrides.push_back(
            text_override("population.table", vm["population-table"].as<std::string>()));
    if (vm.count("output-level"))
        overrides.push_back("output.level=\"" + vm["output-level"].as<std::string>() + "\"");
    const int threads = vm["threads"].as<int>();
    if (threads < 0 || threads > 1024)
        throw InputError("--threads: expected an integer in [0, 1024], found " +
                         std::to_string(threads));
    const ScenarioConfig scenario =
        vm.count("scenario")
            ? load_scenario_file(vm["scenario"].as<std::string>(), overrides)
            : load_scenario_text(embedded::baseline_toml, "<built-in baseline>", overrides);
    const std::string output = vm.count("output") ? vm["output"].as<std::string>()
                                                  : "results/" + scenario.meta.name + ".h5";
    check_output_file(output, "-o",
                      vm.count("output") ? OutputFolder::MustExist : OutputFolder::Created);
    const bool quiet = vm.count("quiet") > 0;

    const int used_threads =
        threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
    tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism,
                                    static_cast<std::size_t>(used_threads));
    const std::atomic<bool>& stop = install_stop_handlers();

    const auto started = std::chrono::steady_clock::now();
    const std::string start_time = now_iso8601();
    Simulation simulation = make_simulation(scenario.model, scenario.calendar(),
                                            static_cast<std::uint64_t>(scenario.seed));
    RunFileWriter writer(output, scenario, simulation.world(),
                         {used_threads, host_name(), start_time});
    IndicatorHistory history;
    Progress progress("months", simulation.world().calendar.months(), quiet);
    ProgressObserver progress_observer(progress);
    const RunOutcome outcome = simulation.run({&history, &writer, &progress_observer}, &stop);
    progress.finish();
    if (outcome == RunOutcome::Interrupted) {
        std::fprintf(
            stderr,
            "paradiplo run: interrupted at %s; %s.partial is incomplete and was left as such.\n",
            simulation.world().context.month.to_string().c_str(), output.c_str());
        return 130;
    }
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    writer.finish(history, wall);
    if (!quiet) {
        std::printf("Scenario %s (seed %lld), %s to %s, %.2f s on %d thread(s)\n\n",
                    scenario.meta.name.c_str(), static_cast<long long>(scenario.seed),
                    scenario.time.start.to_string().c_str(), scenario.time.end.to_string().c_str(),
                    wall, used_threads);
        std::fputs(format_summary(
                       summarise(history.months(), scenario.calendar(), default_summary_months()))
                       .c_str(),
                   stdout);
        std::printf("\nWrote %s\n", output.c_str());
    }
    return 0;
}

} // namespace paradiplo
