#pragma once
// Counter-based random numbers: every draw is a pure function of (seed, entity, month, process,
// draw index), so results do not depend on which thread, shard or rank computes them.
// Distributions are written here on purpose: std:: distributions differ between libraries.
#include <Random123/philox.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace paradiplo {

/// Which random stream a draw belongs to; one tag per process (and per entity table).
enum class StreamTag : std::uint32_t {
    Population = 1,
    PopulationPartnerships,
    Elections,
    Budget,
    Cofinancing,
    Priorities,
    Activity,
    Formation,
    Organisation,
    Sampling, ///< sweep designs (Latin hypercube pairing and placement, Sobol shifts)
    Reception,
};

class RandomStream {
  public:
    RandomStream(std::uint64_t seed, std::uint32_t entity, std::int32_t month, StreamTag tag)
        : key_{{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)}},
          counter_{
              {entity, static_cast<std::uint32_t>(month), static_cast<std::uint32_t>(tag), 0}} {}

    /// Uniform in the open interval (0, 1), 53 random bits.
    double uniform() {
        const std::uint64_t high = next_word() >> 5; // 27 bits
        const std::uint64_t low = next_word() >> 6;  // 26 bits
        return (static_cast<double>((high << 26) | low) + 0.5) * 0x1.0p-53;
    }
    /// Standard normal by the Box-Muller transform; the pair's second value serves the next call.
    double normal() {
        if (has_spare_) {
            has_spare_ = false;
            return spare_;
        }
        const double radius = std::sqrt(-2.0 * std::log(uniform()));
        const double angle = 6.283185307179586 * uniform();
        spare_ = radius * std::sin(angle);
        has_spare_ = true;
        return radius * std::cos(angle);
    }
    bool bernoulli(double probability) { return uniform() < probability; }
    /// Uniform in {0, ..., n - 1}.
    std::size_t index(std::size_t n) {
        return static_cast<std::size_t>(uniform() * static_cast<double>(n));
    }
    /// Poisson by inversion; fine for the small means used in the model (< 50).
    int poisson(double mean) {
        if (mean <= 0.0) return 0;
        if (mean > 50.0)
            return static_cast<int>(std::lround(std::max(0.0, mean + std::sqrt(mean) * normal())));
        double p = std::exp(-mean), cumulative = p, u = uniform();
        int k = 0;
        while (u > cumulative && k < 1000) {
            ++k;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
    /// Successes in `n` trials of probability `p`: counted one by one up to 64 trials; beyond,
    /// the Poisson approximation on the rarer outcome when it is expected fewer than 10 times,
    /// otherwise the normal one (rounded into [0, n]).
    int binomial(int n, double p) {
        if (n <= 0 || p <= 0.0) return 0;
        if (p >= 1.0) return n;
        if (n <= 64) {
            int successes = 0;
            for (int k = 0; k < n; ++k)
                successes += bernoulli(p) ? 1 : 0;
            return successes;
        }
        const double rare = std::min(p, 1.0 - p);
        const double mean = n * rare;
        const int rare_count =
            mean < 10.0 ? std::min(n, poisson(mean))
                        : static_cast<int>(std::clamp(
                              std::lround(mean + std::sqrt(mean * (1.0 - rare)) * normal()), 0L,
                              static_cast<long>(n)));
        return p <= 0.5 ? rare_count : n - rare_count;
    }
    /// Gamma(shape, 1) by Marsaglia and Tsang's method (with the boost for shape < 1).
    double gamma(double shape) {
        if (shape < 1.0) return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v;
        }
    }
    /// Index drawn with probability proportional to weights[i] (weights non-negative, sum > 0).
    template <class Weights> int weighted_index(const Weights& weights, double total) {
        double target = uniform() * total;
        const int n = static_cast<int>(std::size(weights));
        for (int i = 0; i < n; ++i) {
            target -= weights[i];
            if (target < 0.0) return i;
        }
        for (int i = n - 1; i >= 0; --i) // rounding left a sliver: take the last positive weight
            if (weights[i] > 0.0) return i;
        return 0;
    }

  private:
    std::uint32_t next_word() {
        if (used_ == 4) {
            block_ = r123::Philox4x32{}(counter_, key_);
            ++counter_.v[3];
            used_ = 0;
        }
        return block_.v[used_++];
    }

    r123::Philox4x32::key_type key_;
    r123::Philox4x32::ctr_type counter_;
    r123::Philox4x32::ctr_type block_{};
    int used_ = 4;
    double spare_ = 0.0;
    bool has_spare_ = false;
};

/// splitmix64: a fixed mixing function to derive independent seeds (e.g. per run of a sweep).
constexpr std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace paradiplo
