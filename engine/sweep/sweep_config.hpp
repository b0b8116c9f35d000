#pragma once
// A validated sweep: which scenarios, which parameter values, how many replicates, which seed.
#include "engine/core/calendar.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace paradiplo {

/// A parameter given as an explicit list or a grid: one factor of the full factorial design.
struct FactorParameter {
    std::string key;
    std::vector<double> values;
    bool integer = false;
};

/// A parameter sampled over [min, max] by the sweep's sampler.
struct SampledParameter {
    std::string key;
    double min = 0, max = 0;
    bool integer = false;
};

enum class SamplerKind { None, LatinHypercube, Sobol };

struct SweepScenario {
    std::string name; ///< meta.name of the scenario
    std::string file; ///< absolute path
};

struct SweepConfig {
    std::string name, title;
    std::string source;                   ///< the sweep file
    std::vector<SweepScenario> scenarios; ///< the scenario axis (one entry for a single base)
    YearMonth start, end;                 ///< the period all scenarios share
    int replicates = 1;
    std::uint64_t seed = 0;
    bool per_authority = false;   ///< also write each run's own file with per-authority data
    std::string population_table; ///< absolute path of a population table for every run, or ""
    std::string population_table_sha256; ///< of that file when the sweep was loaded
    std::vector<FactorParameter> factors;
    SamplerKind sampler = SamplerKind::None;
    int sample_points = 0;
    std::uint64_t sample_seed = 0;
    std::vector<SampledParameter> sampled;

    [[nodiscard]] Calendar calendar() const { return {start, end}; }
};

} // namespace paradiplo
