#pragma once
// The runs of a sweep. Run r belongs to design point r / replicates (replicates innermost) and
// design points enumerate scenarios (outermost), then the full factorial of listed parameters,
// then the sampled points. Run seeds derive from the sweep seed and the run index alone.
#include "engine/scenario/scenario_config.hpp"
#include "engine/sweep/sweep_config.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace paradiplo {

struct DesignPoint {
    int scenario = 0;
    std::vector<double> values; ///< one per varied key, in the order of SweepPlan::keys()
};

struct RunSpec {
    std::size_t run = 0, point = 0;
    int scenario = 0, replicate = 0;
    std::int64_t seed = 0; ///< a valid scenario seed: `paradiplo run --seed` reruns the run alone
};

/// The most design points a sweep may have: each is held in memory (about 100 bytes) and is a
/// scenario validated before the first run.
inline constexpr std::size_t kMaxDesignPoints = 1000000;

class SweepPlan {
  public:
    explicit SweepPlan(SweepConfig config);

    [[nodiscard]] const SweepConfig& config() const { return config_; }
    /// Varied keys: listed parameters first, then sampled ones.
    [[nodiscard]] const std::vector<std::string>& keys() const { return keys_; }
    [[nodiscard]] std::size_t points() const { return points_.size(); }
    [[nodiscard]] std::size_t runs() const { return points_.size() * replicates(); }
    [[nodiscard]] std::size_t replicates() const {
        return static_cast<std::size_t>(config_.replicates);
    }
    [[nodiscard]] const DesignPoint& point(std::size_t p) const { return points_[p]; }
    [[nodiscard]] RunSpec run(std::size_t r) const;

    /// "key=value" overrides that turn the point's scenario into the point.
    [[nodiscard]] std::vector<std::string> overrides(std::size_t point) const;
    /// The scenario of run r: the point's scenario with its overrides and the run's seed.
    [[nodiscard]] ScenarioConfig scenario_of(std::size_t run) const;
    /// Problems of points that do not make valid scenarios (empty when all do).
    [[nodiscard]] std::vector<std::string> validate_points() const;

    /// Runs of shard k of n: k, k + n, k + 2n, ... (job-array tasks stride over the runs).
    [[nodiscard]] std::vector<std::size_t> shard_runs(int k, int n) const;

  private:
    SweepConfig config_;
    std::vector<std::string> keys_;
    std::vector<bool> integer_;
    std::vector<DesignPoint> points_;
};

/// Seed of run `run` of a sweep: splitmix64 of (sweep seed, run index), kept to 62 bits (every
/// scenario seed is valid).
std::int64_t run_seed(std::uint64_t sweep_seed, std::size_t run);

/// A digest of everything the sweep's results depend on (the resolved sweep, the resolved text of
/// each scenario, the engine version): shards and resumed work must share it.
std::uint64_t sweep_fingerprint(const SweepPlan& plan);
/// A fingerprint as 16 hexadecimal digits (files' `fingerprint` attribute, the run store's marker).
std::string fingerprint_text(std::uint64_t fingerprint);

} // namespace paradiplo
