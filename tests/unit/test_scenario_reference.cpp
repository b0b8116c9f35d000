#include "engine/scenario/scenario_loader.hpp"
#include "engine/scenario/scenario_reference.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace paradiplo;

TEST_CASE("docs/scenario-reference.md is the reference generated from the declarations", "[docs]") {
    std::ifstream in(testing::source_path("docs/scenario-reference.md"));
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    INFO("Regenerate with: cmake --build build --target docs");
    CHECK(text.str() == scenario_reference_markdown());
}

TEST_CASE("the text reference lists every parameter with unit, range and basis", "[docs]") {
    const std::string text = scenario_reference_text();
    CHECK(text.find("model.budget.cut_elasticity = 1.5") != std::string::npos);
    CHECK(text.find("a number in [0, 5]") != std::string::npos);
    CHECK(text.find("(calibrated)") != std::string::npos);
    CHECK(text.find("suspension") != std::string::npos);
}

TEST_CASE("the example of every shock type is a valid shock", "[docs]") {
    std::string text = "schema_version = 1\n";
    for (const auto& type : kShockTypes)
        text += "[[shock]]\nid = \"example-" + std::string(type.key) + "\"\n" +
                std::string(type.example) + "\n";
    const ScenarioConfig scenario = load_scenario_text(text, "<examples>");
    CHECK(scenario.model.shocks.size() == kShockTypes.size());
}
