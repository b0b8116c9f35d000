#pragma once
// Key indicators of scenarios over replicates: median and 5-95% range, for docs/scenarios.md
// (`paradiplo scenarios --compare`) and the tests of each scenario's narrative.
#include "engine/scenario/scenario_config.hpp"

#include <array>
#include <string>
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

struct Spread {
    double median = 0, p05 = 0, p95 = 0;
};

struct ScenarioSummary {
    std::string name;
    std::array<Spread, kKeyIndicatorCount> indicators;
};

/// Runs `replicates` replicates of the scenario (seeds mixed from its own seed and the replicate
/// index, so scenarios sharing a seed share their random numbers) and summarises them.
ScenarioSummary summarise_scenario(const ScenarioConfig& scenario, int replicates);

/// A Markdown table: one row per scenario, "median [5%, 95%]" per indicator.
std::string comparison_markdown(const std::vector<ScenarioSummary>& summaries, int replicates);

} // namespace paradiplo
