#include "models/organisation/capacity.hpp"
#include "models/partnerships/activity_process.hpp"
#include "models/partnerships/formation_process.hpp"
#include "models/population/population_generator.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace paradiplo;
using namespace paradiplo::testing;

TEST_CASE("activity closes part of the gap to the funded, travel-limited level", "[partnerships]") {
    PartnershipParameters p{};
    p.activity_rate = 0.15;
    p.travel_sensitivity = 0.4;
    const ActivityProcess activity(p, BudgetParameters{});
    // Half funded, half travel restriction: reachable 0.5 * (1 - 0.4 * 0.5) = 0.4.
    CHECK(activity.next_activity(0.5, 20, 40, 0.5, 0.0) == Approx(0.5 + 0.15 * (0.4 - 0.5)));
    CHECK(activity.next_activity(0.9, 100, 40, 0.0, 0.0) ==
          Approx(0.9 + 0.15 * 0.1));                             // funding capped at need
    CHECK(activity.next_activity(0.0, 0, 40, 0.0, -0.3) == 0.0); // clamped
}

TEST_CASE("unfunded partnerships fall dormant, then end", "[partnerships]") {
    Simulation simulation = simulation_of(baseline_scenario(
        20000, {"model.partnerships.twinning_need_eur=1000000",
                "model.partnerships.cooperation_need_eur=10000000",
                "model.partnerships.revival_probability=0", "model.partnerships.formation_rate=0",
                "model.partnerships.entry_rate=0", "population.initial_funding_cover=0"}));
    const int active_at_start = simulation.world().indicators.partnerships_active;
    for (int month = 0; month < 24; ++month)
        simulation.step_month();
    CHECK(simulation.world().indicators.partnerships_active < active_at_start / 20);
    for (int month = 0; month < 36; ++month)
        simulation.step_month();
    int ended = 0;
    for (auto status : simulation.world().partnerships.status)
        ended += status == PartnershipStatus::Ended;
    CHECK(ended > active_at_start / 2);
}

TEST_CASE("partnerships with a suspended country are frozen: dormant, unfunded, not ended",
          "[partnerships]") {
    ScenarioConfig scenario = baseline_scenario(
        10000, {"model.partnerships.end_after_months=1", "model.partnerships.end_probability=1"});
    Shock sahel;
    sahel.id = "sahel";
    sahel.type = ShockType::Suspension;
    sahel.start = {2020, 1};
    sahel.countries = {"MLI", "BFA", "NER"};
    scenario.model.shocks = {sahel};
    Simulation simulation = simulation_of(scenario);
    for (int month = 0; month < 6; ++month)
        simulation.step_month();
    const World& world = simulation.world();
    int frozen = 0;
    for (std::size_t row = 0; row < world.partnerships.size(); ++row) {
        const auto country = world.countries.iso3[static_cast<std::size_t>(
            world.partners.country[static_cast<std::size_t>(world.partnerships.partner[row])])];
        if (country != "MLI" && country != "BFA" && country != "NER") continue;
        ++frozen;
        CHECK(world.partnerships.status[row] == PartnershipStatus::Dormant);
        CHECK(world.partnerships.funding_eur[row] == 0.0);
    }
    CHECK(frozen > 5);
}

TEST_CASE("formation respects partner capacity and never duplicates a pair", "[partnerships]") {
    Simulation simulation = simulation_of(baseline_scenario(
        10000, {"model.partnerships.formation_rate=1", "model.partnerships.entry_rate=0.5"}));
    const auto rows_before = simulation.world().partnerships.size();
    for (int month = 0; month < 6; ++month)
        simulation.step_month();
    const World& world = simulation.world();
    CHECK(world.partnerships.size() > rows_before + 100);
    std::set<std::pair<int, int>> pairs;
    std::vector<int> open(world.partners.size());
    for (std::size_t row = 0; row < world.partnerships.size(); ++row) {
        if (world.partnerships.status[row] == PartnershipStatus::Ended) continue;
        CHECK(pairs.insert({world.partnerships.authority[row], world.partnerships.partner[row]})
                  .second);
        ++open[static_cast<std::size_t>(world.partnerships.partner[row])];
    }
    for (std::size_t j = 0; j < open.size(); ++j)
        CHECK(open[j] <= world.partners.capacity[j]);
}

TEST_CASE("the chance to seek a partner follows free capacity, affordability and the mood",
          "[partnerships]") {
    const ScenarioConfig scenario = baseline_scenario(10000);
    Simulation simulation = simulation_of(scenario);
    World& world = simulation.world();
    const auto& q = scenario.model.partnerships;
    const auto& organisation = scenario.model.organisation;
    const FormationProcess formation(q, scenario.model.population, organisation,
                                     scenario.model.elections.reserve_strength);
    std::size_t region = 0; // a region: engaged, with a directorate
    REQUIRE(world.authorities.engaged[region] == 1);
    Authorities& a = world.authorities;
    a.staff_fte[region] = 20.0;
    a.archetype[region] = Archetype::Unit; // capacity 8 + 3 x 20 = 68 with the defaults
    const int capacity = partnership_capacity(Archetype::Unit, 20.0, organisation);
    REQUIRE(capacity == 68);
    const int open = world.by_authority.offset[region + 1] - world.by_authority.offset[region];
    REQUIRE(open < capacity);
    // Ample money left: affordable = 1; no travel restriction, no reserve.
    a.partnership_room_eur[region] = 1e9;
    world.context.travel_restriction = 0.0;
    world.context.reserve_factor = {};
    CHECK(formation.seeking_probability(FormationProcess::Access(world), region) ==
          Approx(q.formation_rate * (1.0 - open / 68.0)));
    // Half the money a plain twinning needs, travel at 0.5 and an election reserve.
    world.context.cost_index = 1.2;
    a.partnership_room_eur[region] = 0.5 * q.twinning_need_eur * 1.2;
    world.context.travel_restriction = 0.5;
    world.context.reserve_factor[static_cast<int>(ElectionScope::Regional)] = 1.0;
    const double mood =
        (1.0 - q.travel_sensitivity * 0.5) * (1.0 - scenario.model.elections.reserve_strength);
    CHECK(formation.seeking_probability(FormationProcess::Access(world), region) ==
          Approx(q.formation_rate * (1.0 - open / 68.0) * 0.5 * mood));
    // Full: no seeking.
    a.staff_fte[region] = 0.0;
    a.archetype[region] = Archetype::None; // capacity 2
    REQUIRE(open >= 2);
    CHECK(formation.seeking_probability(FormationProcess::Access(world), region) == 0.0);
    // A non-engaged authority: entry rate times its propensity.
    const auto commune = std::find(a.engaged.begin(), a.engaged.end(), 0) - a.engaged.begin();
    world.context.travel_restriction = 0.0;
    world.context.reserve_factor = {};
    CHECK(
        formation.seeking_probability(FormationProcess::Access(world),
                                      static_cast<std::size_t>(commune)) ==
        Approx(q.entry_rate * engagement_propensity(a.kind[static_cast<std::size_t>(commune)],
                                                    a.population[static_cast<std::size_t>(commune)],
                                                    scenario.model.population)));
}
