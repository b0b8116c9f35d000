#pragma once
// Runs replicates of a scenario and keeps its key indicators, for `paradiplo scenarios --compare`
// (docs/scenarios.md) and the tests of each scenario's narrative. The table itself is formatted
// by outputs/scenario_comparison.hpp.
#include "engine/scenario/scenario_config.hpp"

#include <array>
#include <vector>

namespace paradiplo {

inline constexpr int kKeyIndicatorCount = 6;
/// Labels of the key indicators, in the order of KeyIndicators::values.
extern const std::array<const char*, kKeyIndicatorCount> kKeyIndicatorLabels;

struct KeyIndicators {
    /// engaged authorities, running partnerships, partnerships outside Europe and climate share of
    /// mean priorities (all in 2026-03); international spending 2024-2025 and APD 2025 (M EUR).
    std::array<double, kKeyIndicatorCount> values{};
};

/// Runs `replicates` replicates of the scenario (seeds mixed from its own seed and the replicate
/// index, so scenarios sharing a seed share their random numbers), in replicate order.
std::vector<KeyIndicators> run_scenario_replicates(const ScenarioConfig& scenario, int replicates);

} // namespace paradiplo
