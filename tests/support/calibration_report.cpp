// Prints the calibration targets against the baseline: the file's seed, the median of N seeds and
// their range (the model's noise between seeds).
// Usage: calibration_report [SEEDS=10] [key=value ...]   (the figures of docs/calibration.md;
// overrides as with --set, to try values by hand)
#include "tests/support/calibration.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    using namespace paradiplo::testing;
    const int seeds = argc > 1 ? std::atoi(argv[1]) : 10;
    const std::vector<std::string> overrides(argv + std::min(argc, 2), argv + argc);
    const CalibrationResult file_seed = measure_baseline(20200315, overrides);
    std::vector<CalibrationResult> runs;
    for (int s = 1; s <= seeds; ++s)
        runs.push_back(measure_baseline(static_cast<std::uint64_t>(s), overrides));
    const CalibrationResult middle = median(runs);
    std::printf("| target | value | tolerance | baseline seed 20200315 | median of %d seeds "
                "| range of the seeds |\n|---|---|---|---|---|---|\n",
                seeds);
    for (const auto& t : calibration_targets()) {
        const auto show = [&](const CalibrationResult& r) {
            const double v = t.measure(r);
            std::printf(t.absolute ? " %.1f%% (%+.1f pts)%s |"
                                   : (t.target > 1e5 || t.target < 100 ? " %.1f (%+.1f%%)%s |"
                                                                       : " %.0f (%+.1f%%)%s |"),
                        t.absolute ? 100 * v : (t.target > 1e5 ? v / 1e6 : v), 100 * t.deviation(r),
                        t.met(r) ? "" : " OUT");
        };
        std::printf("| %s | %s | %s%.0f%s |", t.name.c_str(),
                    (t.absolute       ? std::to_string(100 * t.target).substr(0, 4) + "%"
                     : t.target > 1e5 ? std::to_string(t.target / 1e6).substr(0, 5)
                     : t.target < 100 ? std::to_string(t.target).substr(0, 4)
                                      : std::to_string(static_cast<int>(t.target)))
                        .c_str(),
                    t.absolute ? "±" : "±", 100 * t.tolerance, t.absolute ? " pts" : "%");
        show(file_seed);
        show(middle);
        const auto [low, high] =
            std::minmax_element(runs.begin(), runs.end(), [&](const auto& a, const auto& b) {
                return t.measure(a) < t.measure(b);
            });
        const double unit = t.absolute ? 0.01 : (t.target > 1e5 ? 1e6 : 1.0);
        std::printf(t.absolute ? " %.1f%%-%.1f%% |\n" : " %.1f-%.1f |\n", t.measure(*low) / unit,
                    t.measure(*high) / unit);
    }
    return 0;
}
