#pragma once
// Values of command-line options that boost::program_options does not check for us: a shard
// K/N and a count from the environment (engine/sweep/shard_text.hpp), a tolerance. Pure
// functions, unit-tested.
#include "engine/sweep/shard_text.hpp"

namespace paradiplo {

/// True for a relative tolerance --rtol accepts: finite and not negative (NaN compares false
/// with everything, so `--rtol nan` would pass every comparison).
bool is_valid_tolerance(double tolerance);

} // namespace paradiplo
