#pragma once
// Runs replicates of a scenario and keeps its key indicators, for `paradiplo scenarios --compare`
// (docs/scenarios.md) and the tests of each scenario's narrative. The table itself is formatted
// by outputs/scenario_comparison.hpp.
#include "engine/scenario/scenario_config.hpp"
#include "engine/sweep/key_indicators.hpp"

#include <vector>

namespace paradiplo {

/// Runs `replicates` replicates of the scenario (seeds mixed from its own seed and the replicate
/// index, so scenarios sharing a seed share their random numbers), in replicate order.
std::vector<KeyIndicators> run_scenario_replicates(const ScenarioConfig& scenario, int replicates);

} // namespace paradiplo
