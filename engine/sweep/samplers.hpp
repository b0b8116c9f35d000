#pragma once
// Space-filling designs on the unit hypercube [0, 1)^d. Both are pure functions of their
// arguments, so every shard and rank computes the same design.
#include <cstdint>
#include <vector>

namespace paradiplo {

/// Points as rows: points[i][j] is coordinate j of point i.
using UnitDesign = std::vector<std::vector<double>>;

/// Latin hypercube: each coordinate takes one value in each of the n equal strata, the strata
/// paired at random and the value placed at random within its stratum.
UnitDesign latin_hypercube(int points, int dimensions, std::uint64_t seed);

/// Sobol sequence (Joe and Kuo direction numbers), in natural order from index 0, with a random
/// digital shift drawn from the seed (seed 0: the unshifted sequence). At most
/// kSobolMaxDimensions coordinates. Use a power of two points for balanced designs.
UnitDesign sobol(int points, int dimensions, std::uint64_t seed);

inline constexpr int kSobolMaxDimensions = 21;

} // namespace paradiplo
