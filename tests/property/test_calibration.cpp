// The baseline reproduces the public figures of docs/calibration.md, for the seed of the file
// and as the median of 10 seeds (full population).
#include "tests/support/calibration.hpp"

#include <catch2/catch.hpp>

using namespace paradiplo::testing;

namespace {
void check_targets(const CalibrationResult& result) {
    for (const auto& target : calibration_targets()) {
        INFO(target.name << ": " << target.measure(result) << " (deviation "
                         << target.deviation(result) << ", tolerance " << target.tolerance << ")");
        CHECK(target.met(result));
    }
}
} // namespace

TEST_CASE("the baseline's own seed meets every calibration target", "[calibration]") {
    check_targets(measure_baseline(20200315));
}

TEST_CASE("the median of 10 seeds meets every calibration target", "[calibration]") {
    std::vector<CalibrationResult> runs;
    for (std::uint64_t seed = 1; seed <= 10; ++seed)
        runs.push_back(measure_baseline(seed));
    check_targets(median(runs));
}
