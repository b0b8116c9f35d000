// Measures the baseline run as a user runs it: wall time (best and median of N) and peak memory
// of the `paradiplo` process, at 1 and 2 threads, with and without per-authority output.
// Usage: baseline_benchmark [REPEATS=5]. Prints a Markdown table (docs/performance.md).
#include "bench/process_measure.hpp"

#include <algorithm>
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
    return 0;
}
