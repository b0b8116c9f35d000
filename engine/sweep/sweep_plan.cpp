#include "engine/sweep/sweep_plan.hpp"

#include "engine/core/errors.hpp"
#include "engine/core/random_stream.hpp"
#include "engine/core/version.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "engine/scenario/toml_support.hpp"
#include "engine/sweep/samplers.hpp"
#include "engine/sweep/sweep_loader.hpp"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>

namespace paradiplo {
namespace {

std::string value_text(double value, bool integer) {
    char text[64];
    if (integer)
        std::snprintf(text, sizeof text, "%lld", static_cast<long long>(std::llround(value)));
    else
        std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

std::uint64_t fnv1a(std::uint64_t hash, std::string_view text) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

} // namespace

SweepPlan::SweepPlan(SweepConfig config) : config_(std::move(config)) {
    // Counted before anything is enumerated, in floating point so that no product wraps.
    double design_points =
        static_cast<double>(config_.scenarios.size()) * std::max(1, config_.sample_points);
    for (const auto& f : config_.factors)
        design_points *= static_cast<double>(f.values.size());
    if (design_points > static_cast<double>(kMaxDesignPoints))
        throw InputError(config_.source + ": the sweep has " + number_text(design_points, 4) +
                         " design points (scenarios x values of each listed parameter x "
                         "samples); at most " +
                         std::to_string(kMaxDesignPoints) + " are supported");
    if (design_points * config_.replicates > static_cast<double>(INT32_MAX))
        throw InputError(config_.source + ": the sweep has " +
                         number_text(design_points * config_.replicates, 4) +
                         " runs; at most 2147483647 are supported");
    for (const auto& f : config_.factors) {
        keys_.push_back(f.key);
        integer_.push_back(f.integer);
    }
    for (const auto& s : config_.sampled) {
        keys_.push_back(s.key);
        integer_.push_back(s.integer);
    }
    UnitDesign unit;
    const int dimensions = static_cast<int>(config_.sampled.size());
    if (config_.sampler == SamplerKind::LatinHypercube)
        unit = latin_hypercube(config_.sample_points, dimensions, config_.sample_seed);
    else if (config_.sampler == SamplerKind::Sobol)
        unit = sobol(config_.sample_points, dimensions, config_.sample_seed);
    else
        unit.emplace_back(); // one point with no sampled coordinate

    std::size_t combinations = 1;
    for (const auto& f : config_.factors)
        combinations *= f.values.size();
    for (int s = 0; s < static_cast<int>(config_.scenarios.size()); ++s)
        for (std::size_t c = 0; c < combinations; ++c)
            for (const auto& u : unit) {
                DesignPoint point{s, {}};
                std::size_t rest = c; // mixed radix, the last factor varying fastest
                std::vector<double> factor_values(config_.factors.size());
                for (std::size_t f = config_.factors.size(); f-- > 0;) {
                    const auto& values = config_.factors[f].values;
                    factor_values[f] = values[rest % values.size()];
                    rest /= values.size();
                }
                point.values = factor_values;
                for (std::size_t j = 0; j < u.size(); ++j) {
                    const SampledParameter& p = config_.sampled[j];
                    point.values.push_back(
                        p.integer ? std::min(p.max, std::floor(p.min + u[j] * (p.max - p.min + 1)))
                                  : p.min + u[j] * (p.max - p.min));
                }
                points_.push_back(std::move(point));
            }
}

RunSpec SweepPlan::run(std::size_t r) const {
    const std::size_t point = r / replicates();
    return {r, point, points_[point].scenario, static_cast<int>(r % replicates()),
            run_seed(config_.seed, r)};
}

std::vector<std::string> SweepPlan::overrides(std::size_t point) const {
    std::vector<std::string> result;
    for (std::size_t k = 0; k < keys_.size(); ++k)
        result.push_back(keys_[k] + "=" + value_text(points_[point].values[k], integer_[k]));
    return result;
}

ScenarioConfig SweepPlan::scenario_of(std::size_t r) const {
    const RunSpec spec = run(r);
    auto overrides_of_run = table_overrides(config_);
    for (auto& point_override : overrides(spec.point))
        overrides_of_run.push_back(std::move(point_override));
    overrides_of_run.push_back("seed=" + std::to_string(spec.seed));
    overrides_of_run.emplace_back(config_.per_authority ? "output.level=\"authorities\""
                                                        : "output.level=\"aggregate\"");
    return load_scenario_file(config_.scenarios[static_cast<std::size_t>(spec.scenario)].file,
                              overrides_of_run);
}

std::vector<std::string> SweepPlan::validate_points() const {
    constexpr std::size_t kMaxReported = 20;
    std::vector<std::string> problems;
    for (std::size_t p = 0; p < points_.size() && problems.size() < kMaxReported; ++p) {
        try {
            (void)scenario_of(p * replicates());
        } catch (const ScenarioError& error) {
            std::string where = config_.source + ": design point " + std::to_string(p) + " (";
            const auto point_overrides = overrides(p);
            for (std::size_t k = 0; k < point_overrides.size(); ++k)
                where += (k ? ", " : "") + point_overrides[k];
            for (const auto& problem : error.problems())
                problems.push_back(where + "): " + problem);
        }
    }
    return problems;
}

std::vector<std::size_t> SweepPlan::shard_runs(int k, int n) const {
    std::vector<std::size_t> result;
    for (std::size_t r = static_cast<std::size_t>(k); r < runs(); r += static_cast<std::size_t>(n))
        result.push_back(r);
    return result;
}

std::int64_t run_seed(std::uint64_t sweep_seed, std::size_t run) {
    return static_cast<std::int64_t>(mix_seed(sweep_seed, run) >> 2);
}

std::string fingerprint_text(std::uint64_t fingerprint) {
    char text[24];
    std::snprintf(text, sizeof text, "%016" PRIx64, fingerprint);
    return text;
}

std::uint64_t sweep_fingerprint(const SweepPlan& plan) {
    std::uint64_t hash = fnv1a(0xCBF29CE484222325ULL, resolved_sweep_text(plan.config()));
    for (const auto& scenario : plan.config().scenarios)
        hash = fnv1a(
            hash, load_scenario_file(scenario.file, table_overrides(plan.config())).resolved_text);
    return fnv1a(hash, kVersion);
}

} // namespace paradiplo
