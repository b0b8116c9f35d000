#pragma once
// Allowed: engine/core includes only engine/core.
#include <vector>
