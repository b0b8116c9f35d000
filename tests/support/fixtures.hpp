#pragma once
// Small scenarios and worlds for tests: the baseline at a reduced population scale.
#include "engine/scenario/scenario_loader.hpp"
#include "models/schedule.hpp"

#include <string>
#include <vector>

namespace paradiplo::testing {

inline std::string source_path(const std::string& relative) {
    return std::string(PARADIPLO_SOURCE_DIR) + "/" + relative;
}

/// The baseline scenario with overrides; `scale` shrinks communes and intercommunalities.
inline ScenarioConfig baseline_scenario(double scale = 0.05,
                                        std::vector<std::string> overrides = {}) {
    overrides.insert(overrides.begin(), "population.scale=" + std::to_string(scale));
    return load_scenario_file(source_path("scenarios/baseline.toml"), overrides);
}

inline Simulation simulation_of(const ScenarioConfig& scenario) {
    return make_simulation(scenario.model, scenario.calendar(),
                           static_cast<std::uint64_t>(scenario.seed));
}

} // namespace paradiplo::testing
