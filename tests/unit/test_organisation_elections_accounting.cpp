#include "models/accounting/accounting_process.hpp"
#include "models/elections/election_process.hpp"
#include "models/organisation/capacity.hpp"
#include "models/organisation/organisation_process.hpp"
#include "models/population/population_generator.hpp"
#include "models/population/programmes.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/hand_world.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
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

TEST_CASE("services are created up to a dedicated directorate as the budget allows, and a deep "
          "cut dissolves them",
          "[organisation]") {
    OrganisationParameters p{};
    p.creation_budget_eur = 200000;
    p.directorate_budget_eur = 1500000;
    p.creation_probability = 0.01;
    p.downsizing_cut = 0.7;
    p.downsizing_probability = 0.02;
    const OrganisationProcess process(p, BudgetParameters{});
    // A draw below the creation probability upgrades one step when the budget allows it.
    CHECK(process.next_archetype(Archetype::None, true, 300000, 300000, 0.005) ==
          Archetype::PartTimeOfficer);
    CHECK(process.next_archetype(Archetype::PartTimeOfficer, true, 300000, 300000, 0.005) ==
          Archetype::Unit);
    CHECK(process.next_archetype(Archetype::Unit, true, 300000, 300000, 0.005) == Archetype::Unit);
    CHECK(process.next_archetype(Archetype::Unit, true, 2e6, 2e6, 0.005) ==
          Archetype::Directorate);
    CHECK(process.next_archetype(Archetype::Unit, false, 2e6, 2e6, 0.005) == Archetype::Unit);
    CHECK(process.next_archetype(Archetype::Unit, true, 2e6, 2e6, 0.5) == Archetype::Unit);
    // Below 70% of plan a draw below the downsizing probability dissolves a unit or more.
    CHECK(process.next_archetype(Archetype::Directorate, true, 0.6e6, 1e6, 0.015) ==
          Archetype::PartTimeOfficer);
    CHECK(process.next_archetype(Archetype::Directorate, true, 0.8e6, 1e6, 0.015) ==
          Archetype::Directorate);
    CHECK(process.next_archetype(Archetype::PartTimeOfficer, true, 1e3, 1e6, 0.015) ==
          Archetype::PartTimeOfficer);
}

TEST_CASE("a reorganisation moves the service's attachment and, when it shrinks, its delegation",
          "[organisation]") {
    HandWorld hand(2, 1);
    Authorities& a = hand.world.authorities;
    a.kind = {AuthorityKind::Region, AuthorityKind::Region};
    a.base_revenue_eur = {1e9, 1e9};
    a.commitment_share = {0.001, 0.001};
    a.archetype = {Archetype::PartTimeOfficer, Archetype::Directorate};
    a.attachment = {Attachment::Cabinet, Attachment::GeneralDirection};
    a.delegate_perimeter = {kDelegatePerimeters[3], kDelegatePerimeters[3]};
    // Authority 0 has the budget for a unit; authority 1 lost nearly all of its plan.
    a.international_budget_eur = {1e6, 1e4};
    OrganisationParameters p{};
    p.creation_probability = 1.0;
    p.downsizing_probability = 1.0;
    p.directorate_budget_eur = 1e12;
    OrganisationProcess(p, BudgetParameters{}).step(hand.world);
    CHECK(a.archetype[0] == Archetype::Unit);
    CHECK(a.attachment[0] == Attachment::GeneralDirection);
    CHECK(a.delegate_perimeter[0] == kDelegatePerimeters[3]);
    CHECK(a.archetype[1] == Archetype::PartTimeOfficer);
    CHECK(a.attachment[1] == Attachment::Cabinet);
    CHECK(a.delegate_perimeter[1] == kDelegatePerimeters[0]);
}

TEST_CASE("a new team may hand the delegation elsewhere and move the service; a service in the "
          "cabinet sees its commitment move more",
          "[elections]") {
    ElectionParameters p{};
    p.commitment_change_sigma = 0.2;
    p.cabinet_volatility = 2.0;
    const ElectionProcess elections(p);
    CHECK(elections.commitment_sigma(Attachment::Cabinet) == Approx(0.4));
    CHECK(elections.commitment_sigma(Attachment::GeneralDirection) == Approx(0.2));

    const auto run = [](double perimeter_change, double reattachment) {
        HandWorld hand(400, 1);
        Authorities& a = hand.world.authorities;
        std::fill(a.delegate_perimeter.begin(), a.delegate_perimeter.end(),
                  kDelegatePerimeters[0]);
        std::fill(a.attachment.begin(), a.attachment.end(), Attachment::Europe);
        std::fill(a.commitment_share.begin(), a.commitment_share.end(), 0.001);
        hand.world.context.election_now[static_cast<int>(ElectionScope::Municipal)] = true;
        hand.world.context.election_turnover[static_cast<int>(ElectionScope::Municipal)] = 1.0;
        ElectionParameters q{};
        q.perimeter_change_probability = perimeter_change;
        q.reattachment_probability = reattachment;
        ElectionProcess(q).step(hand.world);
        const auto moved = std::count_if(a.delegate_perimeter.begin(), a.delegate_perimeter.end(),
                                         [](auto v) { return v != kDelegatePerimeters[0]; });
        const auto reattached = std::count_if(a.attachment.begin(), a.attachment.end(),
                                              [](auto v) { return v != Attachment::Europe; });
        return std::pair{static_cast<double>(moved) / 400.0,
                         static_cast<double>(reattached) / 400.0};
    };
    // Every team changes; a new draw keeps the old value one time in four.
    const auto [moved, reattached] = run(1.0, 1.0);
    CHECK(moved == Approx(0.75).margin(0.07));
    CHECK(reattached == Approx(0.75).margin(0.07));
    const auto [kept_perimeter, kept_attachment] = run(0.0, 0.0);
    CHECK(kept_perimeter == 0.0);
    CHECK(kept_attachment == 0.0);
}

TEST_CASE("network members hear peers from each of their networks in turn", "[population]") {
    Simulation simulation = simulation_of(baseline_scenario(20000));
    const World& world = simulation.world();
    const Authorities& a = world.authorities;
    int checked = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if ((a.networks[i] & kClimateNetwork) == 0) continue;
        // Six peers: 3 regional; network peers 1, 3, 5 cycle over the authority's networks, so
        // each network it belongs to gives at least one peer who is a member of it.
        for (const Network network : {kFranceUrbaine, kCitiesNetwork, kClimateNetwork}) {
            if ((a.networks[i] & network) == 0) continue;
            bool heard = false;
            for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(
                     world.peer_influence, static_cast<Eigen::Index>(i));
                 it; ++it)
                heard |= (a.networks[static_cast<std::size_t>(it.col())] & network) != 0;
            CHECK(heard);
        }
        ++checked;
    }
    CHECK(checked > 20);
}
