#pragma once
// The model's monthly schedule: the explicit, ordered list of processes (docs/model.md).
#include "engine/core/process.hpp"
#include "engine/core/simulation.hpp"
#include "models/model_parameters.hpp"

#include <memory>
#include <vector>

namespace paradiplo {

std::vector<std::unique_ptr<Process>> make_schedule(const ModelParameters& parameters,
                                                    const World& world);

/// The initial world of the scenario and its schedule, ready to run.
Simulation make_simulation(const ModelParameters& parameters, const Calendar& calendar,
                           std::uint64_t seed);

} // namespace paradiplo
