#pragma once
// The table of `paradiplo scenarios --compare` (docs/scenarios.md): median and 5-95% range of the
// key indicators over replicates. Numbers in, text out: the replicates are run by
// engine/sweep/scenario_replicates.hpp.
#include "engine/sweep/key_indicators.hpp"

#include <array>
#include <string>
#include <vector>

namespace paradiplo {

struct Spread {
    double median = 0, p05 = 0, p95 = 0;
};

struct ScenarioSummary {
    std::string name;
    std::array<Spread, kKeyIndicatorCount> indicators;
};

/// Median, 5% and 95% quantiles of each key indicator over the replicates.
ScenarioSummary summarise_replicates(std::string name, const std::vector<KeyIndicators>& runs);

/// A Markdown table: one row per scenario, "median [5%, 95%]" per indicator.
std::string comparison_markdown(const std::vector<ScenarioSummary>& summaries, int replicates);

} // namespace paradiplo
