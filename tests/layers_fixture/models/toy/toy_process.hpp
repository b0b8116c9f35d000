#pragma once
// Allowed: a model includes engine/core.
#include "engine/core/toy_world.hpp"
