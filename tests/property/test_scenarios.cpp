// Each shipped scenario does what its narrative says, measured over 10 replicates against the
// baseline, and docs/scenarios.md shows the table a fresh run prints.
#include "engine/sweep/scenario_replicates.hpp"
#include "outputs/scenario_comparison.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

enum Indicator {
    Engaged,
    RunningPartnerships,
    OutsideEurope,
    ClimateShare,
    Spending,
    Apd,
    NonRefugeeSpending,
    NonRefugeeApd
};

double median(const ScenarioSummary& s, Indicator i) {
    return s.indicators[static_cast<std::size_t>(i)].median;
}

} // namespace

TEST_CASE("each scenario does what its narrative says", "[scenarios]") {
    constexpr int kReplicates = 10;
    std::vector<ScenarioSummary> summaries;
    for (const char* name : {"baseline", "austerity", "ecological-transition", "fragmentation",
                             "rebound", "solidarity"}) {
        const ScenarioConfig scenario =
            load_scenario_file(source_path(std::string("scenarios/") + name + ".toml"));
        summaries.push_back(summarise_replicates(scenario.meta.name,
                                                 run_scenario_replicates(scenario, kReplicates)));
    }
    const auto& baseline = summaries[0];
    const auto& austerity = summaries[1];
    const auto& ecological = summaries[2];
    const auto& fragmentation = summaries[3];
    const auto& rebound = summaries[4];
    const auto& solidarity = summaries[5];
    // Sizes and their reasons: docs/scenarios.md, "What each scenario does, measured".
    const double austerity_cut =
        median(austerity, NonRefugeeSpending) / median(baseline, NonRefugeeSpending) - 1.0;
    CHECK(austerity_cut <= -0.10);
    CHECK(austerity_cut >= -0.30);
    CHECK(median(austerity, RunningPartnerships) <= 0.97 * median(baseline, RunningPartnerships));
    CHECK(median(solidarity, Apd) > 1.10 * median(baseline, Apd));
    CHECK(median(solidarity, NonRefugeeApd) > 1.10 * median(baseline, NonRefugeeApd));
    CHECK(median(ecological, ClimateShare) > 1.5 * median(baseline, ClimateShare));
    CHECK(median(fragmentation, OutsideEurope) < 0.97 * median(baseline, OutsideEurope));
    CHECK(median(rebound, Engaged) > 1.03 * median(baseline, Engaged));

    std::ifstream in(source_path("docs/scenarios.md"));
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const auto begin = doc.find("<!-- comparison:begin -->\n");
    const auto end = doc.find("<!-- comparison:end -->");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    const std::string documented = doc.substr(begin + 26, end - begin - 26);
    INFO("Regenerate with: paradiplo scenarios --compare --replicates 10");
    CHECK(documented == comparison_markdown(summaries, kReplicates));
}
