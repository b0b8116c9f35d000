#pragma once
// Shards written as text: "K/N" on the command line (--shard) and in shard files' `shard`
// attribute, and the counts they are made of. Read strictly: std::atoi and sscanf("%d") accept
// "12abc" and wrap on overflow.
#include <optional>
#include <string_view>

namespace paradiplo {

struct Shard {
    int index = 0, count = 1;
};

/// A count written in decimal digits only (no sign, space or exponent) that fits an int; nullopt
/// otherwise.
std::optional<int> parse_count(std::string_view text);

/// "K/N" with 0 <= K < N, both counts; nullopt otherwise (the caller names where it was read).
std::optional<Shard> parse_shard(std::string_view text);

} // namespace paradiplo
