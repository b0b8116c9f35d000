#include "models/accounting/accounting_process.hpp"
#include "models/elections/election_process.hpp"
#include "models/organisation/capacity.hpp"
#include "models/organisation/organisation_process.hpp"
#include "models/population/population_generator.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace paradiplo;
using namespace paradiplo::testing;

TEST_CASE("staff close half the gap to their target in one half-life", "[organisation]") {
    Simulation simulation = simulation_of(baseline_scenario(20000));
    World& world = simulation.world();
    OrganisationParameters p{};
    p.staff_per_million_eur = 3;
    p.staff_lag_months = 12;
    p.creation_budget_eur = 1e12; // no reorganisation in this test
    const std::size_t region = 0; // regions come first and have a directorate
    REQUIRE(world.authorities.kind[region] == AuthorityKind::Region);
    world.authorities.staff_fte[region] = 0.0;
    const double target = staff_target_fte(world.authorities.archetype[region],
                                           world.authorities.international_budget_eur[region], p);
    OrganisationProcess process(p, BudgetParameters{});
    for (int month = 0; month < 12; ++month)
        process.step(world);
    CHECK(world.authorities.staff_fte[region] == Approx(target / 2));
}

TEST_CASE("an election changes the share of teams it says, only among its authorities",
          "[elections]") {
    Simulation simulation = simulation_of(baseline_scenario(2000));
    World& world = simulation.world();
    world.context.election_now[static_cast<int>(ElectionScope::Municipal)] = true;
    world.context.election_turnover[static_cast<int>(ElectionScope::Municipal)] = 0.4;
    world.context.programme_shifts.push_back(
        {{find_authority(world.authorities, "69123")}, Domain::Climate, 0.3});
    ElectionParameters p{};
    p.commitment_change_sigma = 0.0;
    ElectionProcess(p).step(world);
    int communes = 0, changed = 0;
    for (std::size_t i = 0; i < world.authorities.size(); ++i) {
        const bool changed_team = world.authorities.months_since_team_change[i] == 0;
        if (world.authorities.kind[i] == AuthorityKind::Region ||
            world.authorities.kind[i] == AuthorityKind::Departement)
            CHECK_FALSE(changed_team);
        if (world.authorities.kind[i] != AuthorityKind::Commune) continue;
        ++communes;
        changed += changed_team;
    }
    CHECK(static_cast<double>(changed) / communes == Approx(0.4).margin(0.02));
    const auto lyon = static_cast<Eigen::Index>(find_authority(world.authorities, "69123"));
    CHECK(world.authorities.months_since_team_change[static_cast<std::size_t>(lyon)] == 0);
    CHECK(world.authorities.programme(lyon, static_cast<int>(Domain::Climate)) >= 0.3);
    CHECK(world.authorities.programme.row(lyon).sum() == Approx(1.0));
}

TEST_CASE("accounting counts the partnership table and splits APD into its parts", "[accounting]") {
    Simulation simulation = simulation_of(baseline_scenario(10000));
    for (int month = 0; month < 3; ++month)
        simulation.step_month();
    const World& world = simulation.world();
    int active = 0, dormant = 0;
    std::vector<int> by_authority(world.authorities.size());
    for (std::size_t row = 0; row < world.partnerships.size(); ++row) {
        active += world.partnerships.status[row] == PartnershipStatus::Active;
        dormant += world.partnerships.status[row] == PartnershipStatus::Dormant;
        if (world.partnerships.status[row] == PartnershipStatus::Active)
            ++by_authority[static_cast<std::size_t>(world.partnerships.authority[row])];
    }
    const MonthlyIndicators& m = world.indicators;
    CHECK(m.partnerships_active == active);
    CHECK(m.partnerships_dormant == dormant);
    int engaged = 0;
    double apd = 0;
    for (std::size_t i = 0; i < world.authorities.size(); ++i) {
        CHECK(world.authorities.active_partnerships[i] == by_authority[i]);
        CHECK(world.authorities.engaged[i] == (by_authority[i] > 0 ? 1 : 0));
        engaged += by_authority[i] > 0;
        apd += authority_apd(world.authorities, i).total();
    }
    CHECK(m.engaged_authorities == engaged);
    CHECK(m.apd_total() == Approx(apd));
    double by_kind = 0;
    for (double v : m.apd_by_kind)
        by_kind += v;
    CHECK(by_kind == Approx(m.apd_total()));
    int by_continent = 0;
    for (int v : m.partnerships_by_continent)
        by_continent += v;
    CHECK(by_continent == active);
}
