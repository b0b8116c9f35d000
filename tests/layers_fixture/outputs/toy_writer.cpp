// Allowed: outputs include engine/core.
#include "engine/core/toy_world.hpp"
// The deliberate violation: outputs may not include a model's process.
#include "models/toy/toy_process.hpp"
