// No valid scenario yields a NaN or an infinity: parameter sets drawn uniformly from the declared
// ranges of every behavioural parameter (settings such as the population threshold stay as the test
// sets them), each run on the reduced population and written in full; every value of every
// numeric variable of the file is checked.
#include "engine/core/errors.hpp"
#include "engine/core/indicator_history.hpp"
#include "engine/scenario/parameter_schema.hpp"
#include "engine/scenario/toml_support.hpp"
#include "outputs/hdf5/netcdf_reader.hpp"
#include "outputs/run_file_writer.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

constexpr int kParameterSets = 200;

double uniform(std::mt19937_64& bits) {
    return static_cast<double>(bits() >> 11) * 0x1.0p-53;
}

/// "key=value" for every non-setting number, drawn in its range: one time in ten at each bound
/// (where divisions by zero hide), uniformly between otherwise. The bits of mt19937_64 are fixed
/// by the standard, so the sets are the same everywhere.
std::vector<std::string> sampled_overrides(std::mt19937_64& bits) {
    std::vector<std::string> overrides;
    for (const auto& decl : parameter_declarations()) {
        if (decl.basis == Basis::Setting) continue;
        const double pick = uniform(bits), u = uniform(bits);
        const double share = pick < 0.1 ? 0.0 : pick > 0.9 ? 1.0 : u;
        const double value = decl.range.min + share * (decl.range.max - decl.range.min);
        if (decl.type == ValueType::Real)
            overrides.push_back(decl.key + "=" + number_text(value, 17));
        else if (decl.type == ValueType::Integer)
            overrides.push_back(decl.key + "=" + std::to_string(std::llround(value)));
    }
    return overrides;
}

/// Count of values that are not finite, over every numeric variable of the file.
std::size_t non_finite_values(const std::string& path, std::string& first_bad) {
    const h5::NetcdfReader file(path);
    std::size_t bad = 0;
    for (const auto& variable : file.variables()) {
        if (file.is_text(variable)) continue;
        for (const double v : file.read(variable))
            if (!std::isfinite(v) && bad++ == 0) first_bad = variable;
    }
    return bad;
}

} // namespace

TEST_CASE("every output is finite for parameter sets sampled from the declared ranges",
          "[property]") {
    TempFolder folder;
    std::mt19937_64 bits(20200315);
    int refused = 0;
    for (int set = 0; set < kParameterSets; ++set) {
        std::vector<std::string> overrides = sampled_overrides(bits);
        overrides.insert(overrides.end(),
                         {"seed=" + std::to_string(set + 1), "output.level=\"full\""});
        ScenarioConfig scenario;
        try {
            scenario = baseline_scenario(200000, overrides);
        } catch (const ScenarioError& error) {
            // Only a rule between parameters may refuse a set drawn within the declared ranges.
            for (const auto& problem : error.problems()) {
                INFO(problem);
                CHECK(std::any_of(parameter_checks().begin(), parameter_checks().end(),
                                  [&](const auto& rule) {
                                      return problem.find(rule.expected) != std::string::npos;
                                  }));
            }
            ++refused;
            continue;
        }
        const std::string path = (folder.path() / ("set" + std::to_string(set) + ".h5")).string();
        Simulation simulation = simulation_of(scenario);
        RunFileWriter writer(path, scenario, simulation.world(), {});
        IndicatorHistory history;
        simulation.run({&history, &writer});
        writer.finish(history, 0.0);
        std::string first_bad;
        const std::size_t bad = non_finite_values(path, first_bad);
        INFO("parameter set " << set << ", first variable with a non-finite value: " << first_bad
                              << "\n"
                              << scenario.resolved_text);
        CHECK(bad == 0);
        std::filesystem::remove(path);
    }
    // The rules refuse only corner cases: most sets run.
    CHECK(refused < kParameterSets / 10);
}
