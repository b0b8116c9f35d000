// Measures sweeps: throughput (runs per second) of the baseline at 1 and 2 threads, with the sweep
// file written (`paradiplo sweep`, a separate process as a user runs it) and without any output
// (the same runner in this process, results discarded); parallel efficiency; and peak memory of
// sweeps of 100 and 2,000 small runs, which must not grow with the number of runs.
// Each throughput is the best of REPEATS measurements (this machine's timings vary by 10-15%).
// Usage: sweep_benchmark [RUNS=16] [REPEATS=3]. Prints Markdown tables (docs/performance.md).
#include "bench/process_measure.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "engine/sweep/sweep_runner.hpp"

#include <tbb/global_control.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

namespace {

using paradiplo::bench::measure_process;

/// A sweep of `base`: `replicates` runs of each of `points` values of a grid (1: no grid).
std::string write_sweep(const std::string& folder, const std::string& name, const std::string& base,
                        int replicates, int points = 1) {
    const std::string path = folder + "/" + name + ".toml";
    std::ofstream out(path);
    out << "schema_version = 1\n[sweep]\nname = \"" << name << "\"\nbase = \"" << base
        << "\"\nreplicates = " << replicates << "\nseed = 1\n";
    if (points > 1)
        out << "[parameters]\n\"model.budget.inertia\" = { from = 0.3, to = 0.9, steps = " << points
            << " }\n";
    return path;
}

class DiscardingHandler final : public paradiplo::RunHandler {
  public:
    void completed(const paradiplo::RunSpec&, const paradiplo::ScenarioConfig&,
                   const paradiplo::IndicatorHistory&, paradiplo::MonthObserver*, double) override {
    }
};

double seconds_without_output(const std::string& sweep, int threads) {
    const tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism,
                                          static_cast<std::size_t>(threads));
    const paradiplo::SweepPlan plan(paradiplo::load_sweep_file(sweep));
    const auto runs = plan.shard_runs(0, 1);
    DiscardingHandler handler;
    const auto start = std::chrono::steady_clock::now();
    paradiplo::execute_runs(plan, runs, handler, nullptr, nullptr);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(2, std::atoi(argv[1])) : 16;
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    char folder_template[] = "/tmp/paradiplo-bench-XXXXXX";
    if (mkdtemp(folder_template) == nullptr) return 1;
    const std::string folder = folder_template;
    const std::string output = folder + "/sweep.h5";

    const std::string baseline = write_sweep(folder, "baseline", PARADIPLO_BASELINE, runs);
    std::printf("Baseline sweep, %d runs (aggregates), best of %d:\n\n", runs, repeats);
    std::printf("| threads | no output: runs/s | sweep file written: runs/s | written / no output "
                "|\n|---|---|---|---|\n");
    double written_one = 0, bare_one = 0;
    for (int threads : {1, 2}) {
        double bare = 1e300, written = 1e300;
        for (int r = 0; r < repeats; ++r) { // interleaved, so that drifts hit both alike
            bare = std::min(bare, seconds_without_output(baseline, threads));
            written =
                std::min(written, measure_process({PARADIPLO_EXE, "sweep", baseline, "-q", "-o",
                                                   output, "--threads", std::to_string(threads)})
                                      .seconds);
            std::filesystem::remove(output);
        }
        const double bare_rate = runs / bare, written_rate = runs / written;
        if (threads == 1) {
            bare_one = bare_rate;
            written_one = written_rate;
        }
        std::printf("| %d | %.3f | %.3f | %.0f%% |\n", threads, bare_rate, written_rate,
                    100.0 * written_rate / bare_rate);
        if (threads == 2)
            std::printf("\nSpeed-up at 2 threads: %.2f without output, %.2f with the file "
                        "(parallel efficiency %.0f%% and %.0f%%).\n",
                        bare_rate / bare_one, written_rate / written_one,
                        50.0 * bare_rate / bare_one, 50.0 * written_rate / written_one);
        std::fflush(stdout);
    }

    // Quantiles need a design point's replicates together (about 120 KB each): memory follows the
    // replicates per point, not the number of runs. Both are shown.
    std::printf("\nMemory of sweeps of small runs (tests/data/small.toml), 2 threads:\n\n");
    std::printf("| runs | design | wall time (s) | peak memory (MiB) |\n|---|---|---|---|\n");
    for (const auto& [points, replicates] :
         std::vector<std::pair<int, int>>{{25, 4}, {500, 4}, {1, 100}, {1, 2000}}) {
        const std::string sweep = write_sweep(folder, "small" + std::to_string(points * replicates),
                                              PARADIPLO_SMALL, replicates, points);
        const auto m =
            measure_process({PARADIPLO_EXE, "sweep", sweep, "-q", "-o", output, "--threads", "2"});
        std::filesystem::remove(output);
        std::printf("| %d | %d points x %d replicates | %.1f | %.0f |\n", points * replicates,
                    points, replicates, m.seconds, static_cast<double>(m.peak_kib) / 1024.0);
        std::fflush(stdout);
    }
    std::filesystem::remove_all(folder);
    return 0;
}
