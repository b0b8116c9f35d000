#pragma once
// Small scenarios and worlds for tests: the baseline on a reduced population.
#include "engine/scenario/scenario_loader.hpp"
#include "models/schedule.hpp"

#include <string>
#include <vector>

namespace paradiplo::testing {

inline std::string source_path(const std::string& relative) {
    return std::string(PARADIPLO_SOURCE_DIR) + "/" + relative;
}

/// The baseline scenario with overrides, simulating every council and the communes and
/// intercommunalities of at least `threshold` inhabitants.
inline ScenarioConfig baseline_scenario(int threshold = 10000,
                                        std::vector<std::string> overrides = {}) {
    overrides.insert(overrides.begin(), "population.threshold=" + std::to_string(threshold));
    return load_scenario_file(source_path("scenarios/baseline.toml"), overrides);
}

inline Simulation simulation_of(const ScenarioConfig& scenario) {
    return make_simulation(scenario.model, scenario.calendar(),
                           static_cast<std::uint64_t>(scenario.seed));
}

} // namespace paradiplo::testing
