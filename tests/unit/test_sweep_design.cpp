#include "engine/core/errors.hpp"
#include "engine/core/random_stream.hpp"
#include "engine/scenario/names.hpp"
#include "engine/sweep/samplers.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "engine/sweep/sweep_plan.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

/// A sweep file next to a copy-free reference to the shipped baseline.
std::string sweep_file(const TempFolder& folder, const std::string& body) {
    return folder.write("sweep.toml", "schema_version = 1\n[sweep]\nname = \"t\"\nbase = \"" +
                                          source_path("scenarios/baseline.toml") + "\"\n" + body);
}

std::vector<std::string> problems_of(const std::string& path) {
    try {
        load_sweep_file(path);
    } catch (const ScenarioError& error) {
        return error.problems();
    }
    return {};
}

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const auto& p) { return p.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("a Latin hypercube puts one point in each stratum of every coordinate", "[sweep]") {
    const int n = 64, d = 5;
    const UnitDesign design = latin_hypercube(n, d, 1789);
    REQUIRE(design.size() == 64u);
    for (int j = 0; j < d; ++j) {
        std::set<int> strata;
        for (const auto& point : design) {
            const double x = point[static_cast<std::size_t>(j)];
            REQUIRE(x >= 0.0);
            REQUIRE(x < 1.0);
            strata.insert(static_cast<int>(x * n));
        }
        CHECK(strata.size() == static_cast<std::size_t>(n));
    }
    CHECK(latin_hypercube(n, d, 1789) == design); // a pure function of its arguments
    CHECK(latin_hypercube(n, d, 1790) != design); // and of its seed
    // Coordinates are paired at random, not along the diagonal.
    int same_stratum = 0;
    for (const auto& point : design)
        same_stratum += static_cast<int>(point[0] * n) == static_cast<int>(point[1] * n);
    CHECK(same_stratum < 8);
}

TEST_CASE("the Sobol sequence matches Joe and Kuo's direction numbers", "[sweep]") {
    // Reference values: scipy.stats.qmc.Sobol(d=21, scramble=False), which draws in Gray-code
    // order: its point k is point k ^ (k >> 1) of the natural order used here (times 2^32).
    const UnitDesign design = sobol(32, kSobolMaxDimensions, 0);
    const auto check_point = [&](std::size_t index, std::vector<double> expected) {
        for (std::size_t j = 0; j < expected.size(); ++j)
            CHECK(design[index][j] * 0x1.0p32 == expected[j]);
    };
    check_point(7, {3758096384, 3758096384, 536870912,  1610612736, 3758096384, 2684354560,
                    3758096384, 1610612736, 1610612736, 536870912,  1610612736, 3758096384,
                    3758096384, 536870912,  3758096384, 1610612736, 3758096384, 1610612736,
                    1610612736, 2684354560, 2684354560});
    check_point(23, {3892314112, 1744830464, 3355443200, 2550136832, 402653184,  1744830464,
                     3087007744, 3892314112, 1207959552, 3087007744, 1744830464, 3087007744,
                     402653184,  402653184,  1207959552, 3087007744, 3623878656, 134217728,
                     4160749568, 402653184,  3355443200});
    check_point(16, {134217728,  2281701376, 3892314112, 4160749568, 4160749568, 3355443200,
                     1476395008, 2281701376, 671088640,  2550136832, 134217728,  1476395008,
                     4160749568, 939524096,  2818572288, 3623878656, 939524096,  1744830464,
                     2550136832, 3087007744, 1744830464});
    // A digital shift keeps each coordinate balanced over the 32 strata.
    const UnitDesign shifted = sobol(32, 3, 99);
    CHECK(shifted != sobol(32, 3, 0));
    for (int j = 0; j < 3; ++j) {
        std::set<int> strata;
        for (const auto& point : shifted)
            strata.insert(static_cast<int>(point[static_cast<std::size_t>(j)] * 32));
        CHECK(strata.size() == 32u);
    }
}

TEST_CASE("a sweep enumerates scenarios, then the factorial, then samples, replicates innermost",
          "[sweep]") {
    const TempFolder folder;
    const std::string path = sweep_file(folder, R"(replicates = 2
seed = 5
[parameters]
"model.budget.cut_elasticity" = [1.0, 2.0]
"model.priorities.peers" = { from = 2, to = 6, steps = 3 }
[sample]
method = "sobol"
points = 4
seed = 0
[sample.parameters]
"model.budget.inertia" = { min = 0.2, max = 0.6 }
)");
    const SweepPlan plan(load_sweep_file(path));
    REQUIRE(plan.points() == 2u * 3u * 4u);
    REQUIRE(plan.runs() == 48u);
    CHECK(plan.keys() == std::vector<std::string>{"model.budget.cut_elasticity",
                                                  "model.priorities.peers",
                                                  "model.budget.inertia"});
    CHECK(plan.point(0).values == std::vector<double>{1.0, 2.0, 0.2});
    CHECK(plan.point(1).values == std::vector<double>{1.0, 2.0, 0.4}); // Sobol 0.5 -> 0.4
    CHECK(plan.point(4).values[1] == 4.0); // the grid's next step after the four samples
    CHECK(plan.point(12).values[0] == 2.0);
    const RunSpec run = plan.run(7);
    CHECK(run.point == 3u);
    CHECK(run.replicate == 1);
    CHECK(run.seed == static_cast<std::int64_t>(mix_seed(5, 7) >> 2));
    CHECK(plan.overrides(1) ==
          std::vector<std::string>{"model.budget.cut_elasticity=1", "model.priorities.peers=2",
                                   "model.budget.inertia=0.40000000000000002"});
    CHECK(plan.scenario_of(7).seed == run.seed);
    for (std::size_t r = 0; r < 100000; ++r) { // every run seed is a valid scenario seed
        const std::int64_t seed = run_seed(5, r);
        REQUIRE(seed >= 0);
        REQUIRE(seed <= 9'200'000'000'000'000'000);
    }
    CHECK(plan.scenario_of(7).model.budget.inertia == 0.2 + 0.75 * 0.4);
    // Shards stride over the runs and cover each exactly once.
    std::vector<std::size_t> covered;
    for (int k = 0; k < 5; ++k)
        for (std::size_t r : plan.shard_runs(k, 5))
            covered.push_back(r);
    std::sort(covered.begin(), covered.end());
    CHECK(covered == plan.shard_runs(0, 1));
}

TEST_CASE("a scenario axis keeps each scenario's name and requires one period", "[sweep]") {
    const TempFolder folder;
    folder.write("short.toml", "schema_version = 1\n[meta]\nname = \"short\"\n[time]\n"
                               "end = \"2021-12\"\n");
    const std::string path = folder.write(
        "axis.toml", "[sweep]\nscenarios = [\"" + source_path("scenarios/baseline.toml") +
                         "\", \"" + source_path("scenarios/austerity.toml") +
                         "\"]\nreplicates = 3\n");
    const SweepPlan plan(load_sweep_file(path));
    CHECK(plan.config().scenarios[1].name == "austerity");
    CHECK(plan.config().seed == 20200315); // the first scenario's seed when none is given
    CHECK(plan.runs() == 6u);
    const auto problems = problems_of(folder.write(
        "mixed.toml", "[sweep]\nscenarios = [\"" + source_path("scenarios/baseline.toml") +
                          "\", \"short.toml\"]\n"));
    CHECK(mentions(problems, "covers 2020-01 to 2021-12, expected 2020-01 to 2026-03"));
}

TEST_CASE("the resolved sweep text reads back as the same design", "[sweep]") {
    const SweepPlan plan(load_sweep_file(source_path("scenarios/sweeps/lhs.toml")));
    const SweepPlan again(read_resolved_sweep(resolved_sweep_text(plan.config()), "<resolved>"));
    REQUIRE(again.points() == plan.points());
    for (std::size_t p = 0; p < plan.points(); ++p)
        CHECK(again.point(p).values == plan.point(p).values);
    CHECK(again.config().seed == plan.config().seed);
    CHECK(again.run(100).seed == plan.run(100).seed);
}

TEST_CASE("control characters in a sweep's title round-trip through its resolved text", "[sweep]") {
    const TempFolder folder;
    const SweepConfig first =
        load_sweep_file(sweep_file(folder, "title = \"a\\bb\\u0001c\\td\"\nreplicates = 2\n"));
    REQUIRE(first.title == "a\bb\x01"
                           "c\td");
    const std::string resolved = resolved_sweep_text(first);
    const SweepConfig again = read_resolved_sweep(resolved, "<resolved>");
    CHECK(again.title == first.title);
    CHECK(resolved_sweep_text(again) == resolved); // as sweep and shard files keep it
}

TEST_CASE("sweep files with problems name file, line, key and what was expected", "[sweep]") {
    const TempFolder folder;
    const std::string path = sweep_file(folder, R"(replicates = 0
colour = "blue"
[parameters]
"model.budget.cut_elastcity" = [1.0]
"model.budget.inertia" = [0.5, 1.5]
"meta.name" = ["a", "b"]
"seed" = [1, 2]
"model.priorities.peers" = [2.5]
[sample]
method = "halton"
points = 8
[sample.parameters]
"model.budget.growth_elasticity" = { min = 2.0, max = 1.0 }
)");
    const auto problems = problems_of(path);
    CHECK(mentions(problems, path + ":5:14: sweep.replicates: expected an integer in [1, 100000], "
                                    "found 0"));
    CHECK(mentions(problems, ":6:10: sweep.colour: unknown key"));
    CHECK(mentions(problems, "parameters.model.budget.cut_elastcity: unknown parameter; did you "
                             "mean model.budget.cut_elasticity?"));
    CHECK(mentions(problems, "parameters.model.budget.inertia: expected a number in [0, 1], "
                             "found 1.5"));
    CHECK(mentions(problems, "parameters.meta.name: only numeric parameters can be varied"));
    CHECK(mentions(problems, "parameters.seed: cannot be varied in a sweep"));
    CHECK(mentions(problems, "parameters.model.priorities.peers: expected an integer"));
    CHECK(mentions(problems, "sample.method: expected \"latin-hypercube\" or \"sobol\", found "
                             "\"halton\""));
    CHECK(mentions(problems, "sample.parameters.model.budget.growth_elasticity: expected min < "
                             "max"));
}

TEST_CASE("every design point is validated as a scenario before anything runs", "[sweep]") {
    const TempFolder folder;
    const std::string path = sweep_file(folder, R"([parameters]
"shock.olympics-2024.value" = [0.1, -5.0]
)");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 1u);
    CHECK(mentions(problems, "design point 1 (shock.olympics-2024.value=-5)"));
    CHECK(mentions(problems, "shock.olympics-2024.value"));
}

TEST_CASE("a sweep's name, its file's name and a scenario label must be of the safe form",
          "[sweep]") {
    const TempFolder folder;
    const std::string base = source_path("scenarios/baseline.toml");
    const std::string bad =
        folder.write("bad.toml", "schema_version = 1\n[sweep]\nname = \"x\\n#SBATCH --mem=1T\"\n"
                                 "scenarios = [{ file = \"" +
                                     base + "\", name = \"../up\" }]\n");
    auto problems = problems_of(bad);
    CHECK(mentions(problems, bad + ":3:8: sweep.name: expected " + std::string(kSafeNameForm) +
                                 ", found \"x\\n#SBATCH --mem=1T\""));
    CHECK(mentions(problems, "sweep.scenarios.name: expected " + std::string(kSafeNameForm) +
                                 ", found \"../up\""));
    const std::string unnamed =
        folder.write("my sweep.toml", "schema_version = 1\n[sweep]\nbase = \"" + base + "\"\n");
    problems = problems_of(unnamed);
    CHECK(mentions(problems, unnamed + ": sweep.name: missing, and the file's name \"my sweep\""));
    const std::string good =
        folder.write("fine.toml", "schema_version = 1\n[sweep]\nbase = \"" + base + "\"\n");
    CHECK(load_sweep_file(good).name == "fine");
}

TEST_CASE("a design too large to plan is refused before it is enumerated", "[sweep]") {
    const TempFolder folder;
    // 10^12 design points: counted, not built (building them would take terabytes).
    std::string grids = "[parameters]\n";
    for (const char* key :
         {"model.budget.cut_elasticity", "model.budget.inertia", "model.priorities.noise",
          "model.priorities.peer_weight", "model.priorities.salience_weight",
          "model.priorities.perimeter_weight"})
        grids += std::string("\"") + key + "\" = { from = 0.1, to = 0.5, steps = 100 }\n";
    const std::string path = sweep_file(folder, grids);
    CHECK_THROWS_WITH(SweepPlan(load_sweep_file(path)),
                      path + ": the sweep has 1e+12 design points (scenarios x values of each "
                             "listed parameter x samples); at most 1000000 are supported");
}
