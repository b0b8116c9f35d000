// An analyst's population table: every malformed row is reported where it is, and the rows
// replace the drawn attributes of the authorities they name. Scenario files name authorities by
// id or unambiguous name.
#include "models/budget/planned_budget.hpp"
#include "engine/core/errors.hpp"
#include "engine/core/indicator_history.hpp"
#include "engine/core/sha256.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "models/population/population_generator.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

std::vector<std::string> problems_with_table(const std::string& path) {
    try {
        baseline_scenario(50000, {text_override("population.table", path)});
    } catch (const ScenarioError& error) {
        return error.problems();
    }
    return {};
}

std::vector<std::string> problems_of_override(const std::string& override) {
    try {
        baseline_scenario(50000, {override});
    } catch (const ScenarioError& error) {
        return error.problems();
    }
    return {};
}

} // namespace

TEST_CASE("every malformed cell of a population table is reported at its line and column",
          "[population_table]") {
    TempFolder folder;
    const std::string path = folder.write(
        "survey.csv", "id,engaged,international_budget_eur,staff_fte,partnerships,archetype\n"
                      "21231,yes,-1,2000,1.5,department\n"
                      "Dijon,1,,,,\n"
                      "Saint-Denis,1,,,,\n"
                      "38185,0,,,3,\n"
                      "38185,1,,,,\n"
                      "54395,1\n");
    const auto problems = problems_with_table(path);
    const std::vector<std::string> expected{
        path + ":2:7: engaged: expected 1, 0, true or false, found \"yes\"",
        path + ":2:11: international_budget_eur: expected a number of EUR in [0, 1e10], found "
               "\"-1\"",
        path + ":2:14: staff_fte: expected a number of full-time equivalents in [0, 1000], found "
               "\"2000\"",
        path + ":2:19: partnerships: expected a whole number of partnerships in [0, 1000], found "
               "\"1.5\"",
        path + ":2:23: archetype: expected one of \"none\", \"part_time_officer\", \"unit\", "
               "\"directorate\", \"shared_service\", found \"department\"",
        path + ":3:1: id: expected the id of a French authority (docs/geography.md) (\"Dijon\" "
               "has id \"21231\"), found \"Dijon\"",
        path + ":4:1: id: expected the id of a French authority (docs/geography.md), found "
               "\"Saint-Denis\"",
        path + ":5:11: partnerships: expected 0 for an authority that is not engaged, found \"3\"",
        path + ":6:1: id: expected each authority once, found \"38185\"",
        path + ":7:1: row: expected 6 fields, as in the header, found 2",
    };
    CHECK(problems == expected);
}

TEST_CASE("a population table's header, file and quoting faults are reported",
          "[population_table]") {
    TempFolder folder;
    const std::string unknown = folder.write("a.csv", "id,enagaged\n21231,1\n");
    CHECK(problems_with_table(unknown) ==
          std::vector<std::string>{unknown + ":1:4: header: expected one of the columns of "
                                             "docs/geography.md (did you mean engaged?), found "
                                             "\"enagaged\""});
    const std::string no_id = folder.write("b.csv", "engaged\n1\n");
    CHECK(problems_with_table(no_id) ==
          std::vector<std::string>{no_id + ":1:1: header: expected an \"id\" column"});
    const std::string empty = folder.write("c.csv", "");
    CHECK(problems_with_table(empty).at(0) == empty + ":1:1: header: expected a header naming "
                                                      "the columns, found an empty file");
    const std::string open_quote = folder.write("d.csv", "id,engaged\n\"21231,1\n");
    CHECK(problems_with_table(open_quote).at(0) ==
          open_quote + ":2:1: a quoted field is not closed");
    // A table that cannot be read is reported where it was named.
    const std::string missing = (folder.path() / "none.csv").string();
    const std::string set = "--set " + text_override("population.table", missing);
    CHECK(problems_with_table(missing).at(0) ==
          set + ": population.table: cannot read \"" + missing + "\" (no such file)");
    const auto child = folder.write("child.toml", "schema_version = 1\nextends = \"" +
                                                      source_path("scenarios/baseline.toml") +
                                                      "\"\n[population]\ntable = \"none.csv\"\n");
    try {
        load_scenario_file(child);
        FAIL("a missing table must be refused");
    } catch (const ScenarioError& error) {
        CHECK(error.problems().at(0) ==
              child + ":4:1: population.table: cannot read \"" + missing + "\" (no such file)");
    }
    CHECK_THAT(problems_with_table(folder.path().string()).at(0),
               Catch::EndsWith("(a folder, not a file)"));
}

TEST_CASE("a table that changed since its checksum was written is refused", "[population_table]") {
    TempFolder folder;
    const std::string path = folder.write("survey.csv", "id,engaged\n21231,1\n");
    const std::string before = sha256_hex("id,engaged\n21231,1\n");
    const auto with_checksum = [&](const std::string& checksum) {
        return std::vector<std::string>{text_override("population.table", path),
                                        text_override("population.table_sha256", checksum)};
    };
    CHECK_NOTHROW(baseline_scenario(50000, with_checksum(before)));
    folder.write("survey.csv", "id,engaged\n21231,0\n");
    try {
        baseline_scenario(50000, with_checksum(before));
        FAIL("a changed table must be refused");
    } catch (const ScenarioError& error) {
        CHECK_THAT(error.problems().at(0),
                   Catch::Contains("population.table_sha256: expected the SHA-256 of"));
    }
}

TEST_CASE("communes without inhabitants stay finite when a table engages them",
          "[population_table]") {
    TempFolder folder;
    // Beaumont-en-Verdunois, one of the six communes of the Meuse without inhabitants.
    const std::string path = folder.write("empty.csv", "id,engaged,partnerships\n55039,1,2\n");
    CHECK(engagement_propensity(AuthorityKind::Commune, 0, PopulationParameters{}) == 0.0);
    const ScenarioConfig scenario = baseline_scenario(0, {text_override("population.table", path)});
    Simulation simulation = simulation_of(scenario);
    const auto row =
        static_cast<std::size_t>(find_authority(simulation.world().authorities, "55039"));
    CHECK(simulation.world().authorities.engaged[row] == 1);
    IndicatorHistory history;
    simulation.run({&history});
    for (const auto& month : history.months()) {
        CHECK(std::isfinite(month.international_spending));
        CHECK(std::isfinite(month.apd_total()));
    }
}

TEST_CASE("a population table replaces the drawn attributes of the authorities it names",
          "[population_table]") {
    TempFolder folder;
    const std::string text =
        "id,engaged,international_budget_eur,staff_fte,partnerships,archetype\n"
        "21231,1,900000,5,14,directorate\n"
        "D21,0,,,0,\n"
        "R27,1,2500000,,,unit\n"
        "01001,1,,,,\n"; // below the threshold: ignored
    const std::string path = folder.write("survey.csv", text);
    const ScenarioConfig scenario =
        baseline_scenario(50000, {text_override("population.table", path)});
    CHECK(scenario.model.population.table_sha256 == sha256_hex(text));
    CHECK(scenario.resolved_text.find("table_sha256 = \"" + sha256_hex(text) + "\"") !=
          std::string::npos);
    const World world = simulation_of(scenario).world();
    const Authorities& a = world.authorities;
    const auto partnerships = [&](std::size_t i) {
        return world.by_authority.offset[i + 1] - world.by_authority.offset[i];
    };
    const auto row = [&](std::string_view id) {
        const auto i = find_authority(a, id);
        REQUIRE(i >= 0);
        return static_cast<std::size_t>(i);
    };
    const std::size_t dijon = row("21231"), cote_d_or = row("D21"), region = row("R27");
    CHECK(a.engaged[dijon] == 1);
    CHECK(a.international_budget_eur[dijon] == 900000.0);
    // The commitment at which its plan is that budget (the plan scales it by its organisation
    // and delegation).
    CHECK(planned_budget_eur(a.base_revenue_eur[dijon], a.commitment_share[dijon],
                             a.archetype[dijon], a.delegate_perimeter[dijon],
                             scenario.model.budget) == Approx(900000.0));
    CHECK(a.staff_fte[dijon] == 5.0);
    CHECK(a.archetype[dijon] == Archetype::Directorate);
    CHECK(partnerships(dijon) == 14);
    CHECK(a.engaged[cote_d_or] == 0);
    CHECK(a.archetype[cote_d_or] == Archetype::None);
    CHECK(partnerships(cote_d_or) == 0);
    CHECK(a.international_budget_eur[region] == 2500000.0);
    CHECK(a.archetype[region] == Archetype::Unit);
    CHECK(a.staff_fte[region] > 0.0); // recomputed from the archetype and the given budget
}

TEST_CASE("the shipped example population table is valid", "[population_table]") {
    const ScenarioConfig scenario = baseline_scenario(
        0, {text_override("population.table", source_path("docs/examples/network-survey.csv"))});
    CHECK(scenario.model.population.overrides.size() == 8);
}

TEST_CASE("a shock names authorities by id or by a name only one bears", "[population_table]") {
    const ScenarioConfig by_name =
        baseline_scenario(50000, {"shock.green-wave-2020.authorities=[\"Lyon\", \"200046977\"]"});
    const auto green = std::find_if(by_name.model.shocks.begin(), by_name.model.shocks.end(),
                                    [](const Shock& s) { return s.id == "green-wave-2020"; });
    CHECK(green->authorities == std::vector<std::string>{"69123", "200046977"});

    const auto ambiguous =
        problems_of_override("shock.green-wave-2020.authorities=[\"Saint-Denis\"]");
    REQUIRE(!ambiguous.empty());
    CHECK(ambiguous[0] ==
          "--set shock.green-wave-2020.authorities=[\"Saint-Denis\"]: "
          "shock.green-wave-2020.authorities: \"Saint-Denis\" names 4 authorities; expected one "
          "of their ids: \"11339\" (commune, département 11), \"30247\" (commune, département "
          "30), \"93066\" (commune, département 93), \"97411\" (commune, département 974)");
    const auto unknown = problems_of_override("shock.green-wave-2020.authorities=[\"Grenobel\"]");
    REQUIRE(!unknown.empty());
    CHECK_THAT(unknown[0], Catch::EndsWith("found \"Grenobel\"; did you mean \"Grenoble\"?"));
}

TEST_CASE("population table messages stay readable for long cells and many faults",
          "[population_table]") {
    TempFolder folder;
    std::string text = "id,engaged\n21231," + std::string(5000, 'y') + "\n";
    for (int row = 0; row < 60; ++row)
        text += "21231x,1\n";
    const std::string path = folder.write("many.csv", text);
    const auto problems = problems_with_table(path);
    CHECK(problems.front() == path + ":2:7: engaged: expected 1, 0, true or false, found \"" +
                                  std::string(60, 'y') + "\"... (5000 characters)");
    REQUIRE(problems.size() == 51);
    CHECK(problems.back() ==
          path + ":52:1: rows from here were not checked: the first 50 problems are listed");
}

TEST_CASE("a table path is kept absolute in the resolved scenario", "[population_table]") {
    TempFolder folder;
    const std::string path = folder.write("survey.csv", "id\n21231\n");
    const std::string relative = std::filesystem::relative(path).string();
    REQUIRE(relative != path);
    const ScenarioConfig scenario =
        baseline_scenario(50000, {text_override("population.table", relative)});
    CHECK(scenario.model.population.table ==
          std::filesystem::path(path).lexically_normal().string());
    CHECK(scenario.resolved_text.find("table = \"" + path + "\"") != std::string::npos);
}

TEST_CASE("authority names are suggested whatever their case, and not for long texts",
          "[population_table]") {
    const auto lower = problems_of_override("shock.green-wave-2020.authorities=[\"lyon\"]");
    CHECK_THAT(lower.at(0), Catch::EndsWith("found \"lyon\"; did you mean \"Lyon\"?"));
    const auto empty = problems_of_override("shock.green-wave-2020.authorities=[]");
    CHECK(empty == std::vector<std::string>{
                       source_path("scenarios/baseline.toml") +
                       ":30:1: shock.green-wave-2020.authorities: expected at least one "
                       "authority id, found an empty array"});
    const std::string long_text(10000, 'x');
    const auto long_name =
        problems_of_override("shock.green-wave-2020.authorities=[\"" + long_text + "\"]");
    CHECK_THAT(long_name.at(0), Catch::EndsWith("found \"" + long_text + "\""));
}
