#include "models/context/context_process.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

using namespace paradiplo;
using namespace paradiplo::testing;

TEST_CASE("shock intensity ramps in, holds and ramps out linearly", "[context]") {
    Shock s;
    s.start = {2020, 3};
    s.end = YearMonth{2020, 6};
    s.ramp_in = 2;
    s.ramp_out = 3;
    const double expected[] = {0.0, 1.0 / 3, 2.0 / 3, 1.0, 1.0, 0.75, 0.5, 0.25, 0.0};
    for (int m = 0; m < 9; ++m)
        CHECK(s.intensity(YearMonth{2020, 2}.plus_months(m)) == Approx(expected[m]));
    Shock open;
    open.start = {2021, 1};
    CHECK(open.intensity({2020, 12}) == 0.0);
    CHECK(open.intensity({2026, 3}) == 1.0);
}

TEST_CASE("the context applies trends and every kind of shock", "[context]") {
    ScenarioConfig scenario = baseline_scenario(
        20000, {"model.context.revenue_trend=0.03", "model.context.cost_trend=0.01"});
    scenario.model.shocks.clear();
    Shock cut;
    cut.type = ShockType::Revenue;
    cut.start = {2021, 1};
    cut.value = -0.1;
    cut.kinds = {AuthorityKind::Departement};
    Shock sahel;
    sahel.type = ShockType::Suspension;
    sahel.start = {2021, 1};
    sahel.countries = {"MLI"};
    Shock vote;
    vote.type = ShockType::Election;
    vote.scope = ElectionScope::Regional;
    vote.start = {2021, 7};
    vote.value = 0.4;
    Shock health;
    health.type = ShockType::Salience;
    health.domain = Domain::Health;
    health.start = {2021, 1};
    health.value = 1.0;
    scenario.model.shocks = {cut, sahel, vote, health};
    Simulation simulation = simulation_of(scenario);
    World& world = simulation.world();
    ContextProcess context(scenario.model.context, scenario.model.elections,
                           scenario.model.reception, scenario.model.shocks, world);
    world.step = 12;
    world.context.month = world.calendar.at(12);
    context.step(world);
    const Context& c = world.context;
    CHECK(c.revenue_index[static_cast<int>(AuthorityKind::Departement)] == Approx(1.03 * 0.9));
    CHECK(c.revenue_index[static_cast<int>(AuthorityKind::Commune)] == Approx(1.03));
    CHECK(c.cost_index == Approx(1.01));
    const auto mali = std::find(world.countries.iso3.begin(), world.countries.iso3.end(), "MLI") -
                      world.countries.iso3.begin();
    CHECK(c.suspended_country[static_cast<std::size_t>(mali)] == 1);
    CHECK(c.reserve_factor[static_cast<int>(ElectionScope::Regional)] == 1.0); // 6 months before
    CHECK_FALSE(c.election_now[static_cast<int>(ElectionScope::Regional)]);
    // Salience: uniform 1/9 each, plus 1 on health, renormalised.
    CHECK(c.salience[static_cast<int>(Domain::Health)] == Approx((1.0 / 9 + 1.0) / 2.0));
    CHECK(c.salience.sum() == Approx(1.0));

    world.step = 18;
    world.context.month = world.calendar.at(18);
    context.step(world);
    CHECK(world.context.election_now[static_cast<int>(ElectionScope::Regional)]);
    CHECK(world.context.election_turnover[static_cast<int>(ElectionScope::Regional)] == 0.4);
    CHECK(world.context.reserve_factor[static_cast<int>(ElectionScope::Regional)] == 0.0);
}
