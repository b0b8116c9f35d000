// Golden regression summary of the baseline: values and tolerances side by side in
// tests/regression/baseline_golden.csv, reviewed in diffs. After an intended change of the model:
//   PARADIPLO_REGENERATE_GOLDEN=1 ./build/tests/paradiplo_tests "[regression]"
#include "engine/core/indicator_history.hpp"
#include "outputs/summary_table.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

struct GoldenRow {
    std::string indicator, month;
    double value, tolerance; ///< relative tolerance
};

std::vector<GoldenRow> measure() {
    const ScenarioConfig scenario = load_scenario_file(source_path("scenarios/baseline.toml"));
    Simulation simulation = simulation_of(scenario);
    IndicatorHistory history;
    simulation.run({&history});
    const Summary summary =
        summarise(history.months(), scenario.calendar(), default_summary_months());
    std::vector<GoldenRow> rows;
    for (const auto& row : summary.rows)
        for (std::size_t c = 0; c < summary.columns.size(); ++c) {
            std::string name = row.label;
            name.erase(0, name.find_first_not_of(' '));
            // Counts are exact; money may move in its last bits between compilers.
            rows.push_back({name, summary.columns[c].to_string(), row.values[c],
                            row.unit.empty() ? 0.0 : 1e-9});
        }
    return rows;
}

} // namespace

TEST_CASE("the baseline summary matches its golden values", "[regression]") {
    const std::string path = source_path("tests/regression/baseline_golden.csv");
    const std::vector<GoldenRow> now = measure();
    if (std::getenv("PARADIPLO_REGENERATE_GOLDEN") != nullptr) {
        std::ofstream out(path);
        out << "indicator,month,value,relative_tolerance\n";
        out.precision(17);
        for (const auto& row : now)
            out << row.indicator << "," << row.month << "," << row.value << "," << row.tolerance
                << "\n";
        WARN("regenerated " << path);
        return;
    }
    std::ifstream in(path);
    REQUIRE(in.good());
    std::string line;
    std::getline(in, line); // header
    std::size_t index = 0;
    while (std::getline(in, line)) {
        std::stringstream fields(line);
        GoldenRow golden;
        std::string value, tolerance;
        std::getline(fields, golden.indicator, ',');
        std::getline(fields, golden.month, ',');
        std::getline(fields, value, ',');
        std::getline(fields, tolerance, ',');
        golden.value = std::stod(value);
        golden.tolerance = std::stod(tolerance);
        REQUIRE(index < now.size());
        const GoldenRow& measured = now[index++];
        INFO(golden.indicator << " at " << golden.month << ": golden " << golden.value << ", now "
                              << measured.value);
        CHECK(measured.indicator == golden.indicator);
        CHECK(std::abs(measured.value - golden.value) <= golden.tolerance * std::abs(golden.value));
    }
    CHECK(index == now.size());
}

// The resolved text is the provenance of every output file: it changes only with a declaration
// (a new parameter, a new default), never with a refactoring.
TEST_CASE("the resolved baseline text matches its golden copy", "[regression]") {
    const std::string path = source_path("tests/regression/baseline_resolved.toml");
    const std::string now =
        load_scenario_file(source_path("scenarios/baseline.toml")).resolved_text;
    if (std::getenv("PARADIPLO_REGENERATE_GOLDEN") != nullptr) {
        std::ofstream(path) << now;
        WARN("regenerated " << path);
        return;
    }
    std::ifstream in(path);
    REQUIRE(in.good());
    std::stringstream golden;
    golden << in.rdbuf();
    CHECK(now == golden.str());
}
