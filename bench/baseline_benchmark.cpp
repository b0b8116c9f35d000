// Measures the baseline run as a user runs it: wall time (best and median of N) and peak memory
// of the `paradiplo` process, at 1 and 2 threads, with and without per-authority output; then,
// in this process, the cost of building the population (reading the compiled-in geography and
// generating the world of January 2020).
// Usage: baseline_benchmark [REPEATS=5]. Prints Markdown tables (docs/performance.md).
#include "bench/process_measure.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "models/population/geography.hpp"
#include "models/population/population_generator.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

paradiplo::bench::Measure run_once(const std::string& threads, const std::string& level,
                                   const std::string& output) {
    return paradiplo::bench::measure_process({PARADIPLO_EXE, "run", PARADIPLO_BASELINE, "-q", "-o",
                                              output, "--threads", threads, "--output-level",
                                              level});
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Reading the geography (once per process) and generating the full population (each run).
void population_cost(int repeats) {
    auto start = std::chrono::steady_clock::now();
    const std::size_t authorities = paradiplo::official_geography().authorities.size();
    const double parse = seconds_since(start);
    const auto scenario = paradiplo::load_scenario_file(PARADIPLO_BASELINE);
    std::vector<double> times;
    std::size_t partnerships = 0;
    for (int r = 0; r < repeats; ++r) {
        start = std::chrono::steady_clock::now();
        const auto world = paradiplo::generate_world(scenario.model, scenario.calendar(),
                                                     static_cast<std::uint64_t>(scenario.seed));
        times.push_back(seconds_since(start));
        partnerships = world.partnerships.size();
    }
    std::sort(times.begin(), times.end());
    std::printf("\n| step | best (s) | median (s) |\n|---|---|---|\n");
    std::printf("| read the geography (%zu authorities, once) | %.3f | %.3f |\n", authorities,
                parse, parse);
    std::printf("| generate the world (%zu partnerships) | %.3f | %.3f |\n", partnerships,
                times.front(), times[times.size() / 2]);
}

} // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    char folder[] = "/tmp/paradiplo-bench-XXXXXX";
    if (mkdtemp(folder) == nullptr) return 1;
    const std::string output = std::string(folder) + "/baseline.h5";
    std::printf("| threads | output level | best wall time (s) | median wall time (s) | peak "
                "memory (MiB) |\n");
    std::printf("|---|---|---|---|---|\n");
    for (const char* level : {"aggregate", "authorities"})
        for (const char* threads : {"1", "2"}) {
            run_once(threads, level, output); // warm the page cache
            std::vector<double> times;
            long peak = 0;
            for (int r = 0; r < repeats; ++r) {
                const auto m = run_once(threads, level, output);
                times.push_back(m.seconds);
                peak = std::max(peak, m.peak_kib);
            }
            std::sort(times.begin(), times.end());
            std::printf("| %s | %s | %.2f | %.2f | %.0f |\n", threads, level, times.front(),
                        times[times.size() / 2], static_cast<double>(peak) / 1024.0);
            std::fflush(stdout);
        }
    std::remove(output.c_str());
    rmdir(folder);
    population_cost(repeats);
    return 0;
}
