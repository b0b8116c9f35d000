// Measures the baseline run as a user runs it: wall time (best and median of N) and peak memory
// of the `paradiplo` process, at 1 and 2 threads, with and without per-authority output.
// Usage: baseline_benchmark [REPEATS=5]. Prints a Markdown table (docs/performance.md).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Measure {
    double seconds;
    long peak_kib;
};

Measure run_once(const std::string& threads, const std::string& level, const std::string& output) {
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execl(PARADIPLO_EXE, PARADIPLO_EXE, "run", PARADIPLO_BASELINE, "-q", "-o", output.c_str(),
              "--threads", threads.c_str(), "--output-level", level.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "paradiplo run failed (status %d)\n", status);
        std::exit(1);
    }
    return {seconds, usage.ru_maxrss};
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
                const Measure m = run_once(threads, level, output);
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
