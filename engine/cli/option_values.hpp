#pragma once
// Values of command-line options that boost::program_options does not check for us: a shard
// K/N, a count from the environment, a tolerance. Pure functions, unit-tested.
#include <optional>
#include <string_view>

namespace paradiplo {

struct Shard {
    int index = 0, count = 1;
};

/// A count written in decimal digits only (no sign, space or exponent) that fits an int; nullopt
/// otherwise. std::atoi and sscanf("%d") accept "12abc" and wrap on overflow.
std::optional<int> parse_count(std::string_view text);

/// "K/N" with 0 <= K < N, both counts; nullopt otherwise (the caller names the option).
std::optional<Shard> parse_shard(std::string_view text);

/// True for a relative tolerance --rtol accepts: finite and not negative (NaN compares false
/// with everything, so `--rtol nan` would pass every comparison).
bool is_valid_tolerance(double tolerance);

} // namespace paradiplo
