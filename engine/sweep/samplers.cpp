#include "engine/sweep/samplers.hpp"

#include "engine/core/random_stream.hpp"

#include <array>
#include <numeric>

namespace paradiplo {

UnitDesign latin_hypercube(int points, int dimensions, std::uint64_t seed) {
    const auto n = static_cast<std::size_t>(points);
    UnitDesign design(n, std::vector<double>(static_cast<std::size_t>(dimensions)));
    std::vector<std::uint32_t> strata(n);
    for (int j = 0; j < dimensions; ++j) {
        RandomStream pairing(seed, static_cast<std::uint32_t>(j), 0, StreamTag::Sampling);
        RandomStream placing(seed, static_cast<std::uint32_t>(j), 1, StreamTag::Sampling);
        std::iota(strata.begin(), strata.end(), 0u);
        for (std::size_t i = n; i > 1; --i) // Fisher-Yates
            std::swap(strata[i - 1],
                      strata[static_cast<std::size_t>(pairing.uniform() * static_cast<double>(i))]);
        for (std::size_t i = 0; i < n; ++i)
            design[i][static_cast<std::size_t>(j)] =
                (strata[i] + placing.uniform()) / static_cast<double>(n);
    }
    return design;
}

namespace {

/// Joe and Kuo's new-joe-kuo-6.21201 direction numbers for dimensions 2 to 21: degree s of the
/// primitive polynomial, its coefficients a, and the initial numbers m_1..m_s.
struct Direction {
    int s;
    std::uint32_t a;
    std::array<std::uint32_t, 7> m;
};
constexpr std::array<Direction, kSobolMaxDimensions - 1> kDirections{{
    {1, 0, {1}},
    {2, 1, {1, 3}},
    {3, 1, {1, 3, 1}},
    {3, 2, {1, 1, 1}},
    {4, 1, {1, 1, 3, 3}},
    {4, 4, {1, 3, 5, 13}},
    {5, 2, {1, 1, 5, 5, 17}},
    {5, 4, {1, 1, 5, 5, 5}},
    {5, 7, {1, 1, 7, 11, 19}},
    {5, 11, {1, 1, 5, 1, 1}},
    {5, 13, {1, 1, 1, 3, 11}},
    {5, 14, {1, 3, 5, 5, 31}},
    {6, 1, {1, 3, 3, 9, 7, 49}},
    {6, 13, {1, 1, 1, 15, 21, 21}},
    {6, 16, {1, 3, 1, 13, 27, 49}},
    {6, 19, {1, 1, 1, 15, 7, 5}},
    {6, 22, {1, 3, 1, 15, 13, 25}},
    {6, 25, {1, 1, 5, 5, 19, 61}},
    {7, 1, {1, 3, 7, 11, 23, 15, 103}},
    {7, 4, {1, 3, 7, 13, 13, 15, 69}},
}};

constexpr int kBits = 32;

std::array<std::uint32_t, kBits> direction_numbers(int dimension) {
    std::array<std::uint32_t, kBits> v{};
    if (dimension == 0) {
        for (int k = 0; k < kBits; ++k)
            v[static_cast<std::size_t>(k)] = 1u << (kBits - 1 - k);
        return v;
    }
    const Direction& d = kDirections[static_cast<std::size_t>(dimension - 1)];
    for (int k = 0; k < kBits; ++k) {
        const auto uk = static_cast<std::size_t>(k);
        if (k < d.s) {
            v[uk] = d.m[uk] << (kBits - 1 - k);
            continue;
        }
        const auto back = static_cast<std::size_t>(k - d.s);
        v[uk] = v[back] ^ (v[back] >> d.s);
        for (int l = 1; l < d.s; ++l)
            if ((d.a >> (d.s - 1 - l)) & 1u) v[uk] ^= v[static_cast<std::size_t>(k - l)];
    }
    return v;
}

} // namespace

UnitDesign sobol(int points, int dimensions, std::uint64_t seed) {
    const auto n = static_cast<std::size_t>(points);
    UnitDesign design(n, std::vector<double>(static_cast<std::size_t>(dimensions)));
    for (int j = 0; j < dimensions; ++j) {
        const auto v = direction_numbers(j);
        RandomStream shift_stream(seed, static_cast<std::uint32_t>(j), 2, StreamTag::Sampling);
        const auto shift =
            seed == 0 ? 0u : static_cast<std::uint32_t>(shift_stream.uniform() * 0x1.0p32);
        for (std::size_t i = 0; i < n; ++i) {
            std::uint32_t x = shift;
            for (std::size_t index = i, k = 0; index != 0; index >>= 1, ++k)
                if (index & 1u) x ^= v[k];
            design[i][static_cast<std::size_t>(j)] = x * 0x1.0p-32;
        }
    }
    return design;
}

} // namespace paradiplo
