// Reception on hand-built cohorts and worlds: arrivals, departures, the DAC 12-month rule, who
// hosts and who declares.
#include "engine/scenario/scenario_loader.hpp"
#include "models/context/context_process.hpp"
#include "models/reception/cohorts.hpp"
#include "models/reception/initial_reception.hpp"
#include "models/reception/reception_process.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <numeric>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

constexpr int kMinors = static_cast<int>(ReceptionCategory::Minors);
constexpr int kDisplaced = static_cast<int>(ReceptionCategory::Displaced);

using Cohorts = std::array<std::int32_t, kCohortSlots>;

/// Two authorities: a département with partnerships and a commune without, nobody arriving,
/// departures off, 1,000 EUR a month per minor, every declaration taken.
struct TwoHosts {
    World world;
    ReceptionParameters p;
    TwoHosts() {
        Authorities& a = world.authorities;
        a.resize(2);
        a.kind = {AuthorityKind::Departement, AuthorityKind::Commune};
        a.engaged = {1, 0};
        p.first_year_departure_rate = {0.0, 0.0};
        p.departure_rate = {0.0, 0.0};
        p.cost_eur_month = {1000.0, 100.0};
        p.declare_propensity.fill(1.0);
        p.declare_growth = 0.0;
        world.context.month = world.calendar.at(0);
    }
    auto cohorts(std::size_t i, int category) {
        return category_cohorts(world.authorities.hosted.row(static_cast<Eigen::Index>(i)),
                                category);
    }
};

} // namespace

TEST_CASE("a cohort ages a month at a time and leaves the first year after 12 months",
          "[reception]") {
    Cohorts cohorts{};
    RandomStream random(1, 0, 0, StreamTag::Reception);
    age_cohorts(cohorts, 10, 0.0, 0.0, random); // arrival month: month 1 since arrival
    CHECK(cohorts[0] == 10);
    for (int month = 2; month <= 12; ++month)
        age_cohorts(cohorts, 0, 0.0, 0.0, random);
    CHECK(cohorts[11] == 10); // month 12: still in the first year
    CHECK(cohorts[kSettledSlot] == 0);
    age_cohorts(cohorts, 0, 0.0, 0.0, random); // month 13
    CHECK(cohorts[11] == 0);
    CHECK(cohorts[kSettledSlot] == 10);
}

TEST_CASE("departures follow the first-year rate, then the later rate", "[reception]") {
    RandomStream random(1, 0, 0, StreamTag::Reception);
    Cohorts cohorts{};
    cohorts[3] = 40;
    cohorts[kSettledSlot] = 25;
    // Everyone in the first year leaves, nobody after it.
    age_cohorts(cohorts, 5, 1.0, 0.0, random);
    CHECK(cohorts[0] == 5);
    CHECK(cohorts[4] == 0);
    CHECK(cohorts[kSettledSlot] == 25);
    // Then the reverse: the 25 leave, the 5 stay and age.
    age_cohorts(cohorts, 0, 0.0, 1.0, random);
    CHECK(cohorts[1] == 5);
    CHECK(cohorts[kSettledSlot] == 0);
}

TEST_CASE("binomial draws keep their bounds and their mean", "[reception]") {
    RandomStream random(7, 0, 0, StreamTag::Reception);
    CHECK(random.binomial(0, 0.5) == 0);
    CHECK(random.binomial(30, 0.0) == 0);
    CHECK(random.binomial(30, 1.0) == 30);
    // Small, rare and common regimes: the mean of 400 draws is n p within 3 standard errors.
    for (const auto& [n, p] : {std::pair{40, 0.3}, std::pair{1000, 0.005}, std::pair{5000, 0.3}}) {
        double sum = 0;
        for (int k = 0; k < 400; ++k) {
            const int draw = random.binomial(n, p);
            REQUIRE(draw >= 0);
            REQUIRE(draw <= n);
            sum += draw;
        }
        CHECK(std::abs(sum / 400 - n * p) < 3 * std::sqrt(n * p * (1 - p) / 400));
    }
}

TEST_CASE("hosting costs count every person; only the first 12 months are APD-eligible",
          "[reception]") {
    Cohorts cohorts{};
    cohorts[0] = 2;
    cohorts[11] = 3;
    cohorts[kSettledSlot] = 4;
    const HostingCost cost = hosting_cost(cohorts, 500.0);
    CHECK(cost.total_eur == 9 * 500.0);
    CHECK(cost.eligible_eur == 5 * 500.0);
}

TEST_CASE("the reception process ages cohorts and declares the eligible costs of declarers",
          "[reception]") {
    TwoHosts t;
    t.cohorts(0, kMinors)[5] = 10;
    t.cohorts(0, kMinors)[11] = 4;
    t.cohorts(0, kMinors)[kSettledSlot] = 7;
    t.cohorts(1, kDisplaced)[0] = 6;
    ReceptionProcess(t.p).step(t.world);
    const Authorities& a = t.world.authorities;
    CHECK(t.cohorts(0, kMinors)[6] == 10);
    CHECK(t.cohorts(0, kMinors)[kSettledSlot] == 11);
    // Département: 21 minors at 1,000 EUR, 10 of them in their first year, declared.
    CHECK(a.reception_cost_eur[0] == 21000);
    CHECK(a.refugees_eur[0] == 10000);
    // Commune without partnerships: 6 displaced people at 100 EUR, not declared.
    CHECK(a.reception_cost_eur[1] == 600);
    CHECK(a.refugees_eur[1] == 0);
    const ReceptionIndicators& month = t.world.reception;
    CHECK(month.hosted[kMinors] == 21);
    CHECK(month.hosted[kDisplaced] == 6);
    CHECK(month.cost == 21600);
    CHECK(month.eligible_cost == 10600);
    CHECK(month.arrivals[kMinors] + month.arrivals[kDisplaced] == 0);
}

TEST_CASE("arrivals go to hosts at their share and are counted by origin", "[reception]") {
    TwoHosts t;
    t.world.authorities.host_share(0, kMinors) = 1.0;
    t.world.context.arrivals[kMinors][static_cast<int>(Continent::Africa)] = 30.0;
    t.world.context.arrivals[kDisplaced][static_cast<int>(Continent::Europe)] = 50.0;
    ReceptionProcess(t.p).step(t.world);
    const ReceptionIndicators& month = t.world.reception;
    // The commune has no share of displaced people: nobody arrives there.
    CHECK(month.arrivals[kDisplaced] == 0);
    CHECK(month.arrivals[kMinors] > 0);
    CHECK(t.cohorts(0, kMinors)[0] == month.arrivals[kMinors]);
    CHECK(month.arrivals_by_continent[static_cast<int>(Continent::Africa)] ==
          month.arrivals[kMinors]);
    CHECK(t.world.authorities.refugees_eur[0] == 1000.0 * month.arrivals[kMinors]);
}

TEST_CASE("declaring is a choice of authorities with partnerships, growing from 2021",
          "[reception]") {
    ReceptionParameters p;
    p.declare_propensity.fill(0.0);
    p.declare_propensity[static_cast<int>(AuthorityKind::Departement)] = 0.5;
    p.declare_growth = 1.0; // doubles each year: certain from 2022
    RandomStream random(3, 0, 0, StreamTag::Reception);
    int declared_2021 = 0;
    for (int k = 0; k < 1000; ++k) {
        CHECK(declares_hosting_costs(true, AuthorityKind::Departement, {2022, 1}, p, random));
        CHECK_FALSE(
            declares_hosting_costs(false, AuthorityKind::Departement, {2022, 1}, p, random));
        CHECK_FALSE(declares_hosting_costs(true, AuthorityKind::Commune, {2022, 1}, p, random));
        declared_2021 +=
            declares_hosting_costs(true, AuthorityKind::Departement, {2021, 1}, p, random);
    }
    CHECK(declared_2021 > 440);
    CHECK(declared_2021 < 560);
}

TEST_CASE("minors go to département competences, displaced people to communes by population "
          "and partnerships",
          "[reception]") {
    Authorities a;
    a.resize(3);
    a.kind = {AuthorityKind::Departement, AuthorityKind::Commune, AuthorityKind::Commune};
    a.population = {1000, 300, 200};
    a.engaged = {1, 1, 0};
    ReceptionParameters p;
    p.engaged_host_weight = 2.0;
    p.arrivals_per_month = {0.0, 0.0}; // nobody hosted at the start
    const std::vector<std::uint8_t> departement_competences{1, 0, 0};
    host_reception(a, departement_competences, {500.0, 200.0}, p, {1, -5, {2020, 1}});
    // Minors: 1,000 of the 1,500 inhabitants with département competences (500 left out).
    CHECK(a.host_share(0, kMinors) == Approx(2.0 / 3.0));
    CHECK(a.host_share(1, kMinors) == 0.0);
    // 300 x 2 and 200 x 1 of 600 + 200 + the 200 left out of the run.
    CHECK(a.host_share(0, kDisplaced) == 0.0);
    CHECK(a.host_share(1, kDisplaced) == Approx(0.6));
    CHECK(a.host_share(2, kDisplaced) == Approx(0.2));
    CHECK(a.hosted.sum() == 0);
}

TEST_CASE("the people hosted at the start are the steady state of the trend", "[reception]") {
    Authorities a;
    a.resize(1);
    a.kind = {AuthorityKind::Departement};
    a.population = {1000};
    ReceptionParameters p;
    p.arrivals_per_month = {2000.0, 0.0};
    p.first_year_departure_rate = {0.5, 0.0};
    p.departure_rate = {0.25, 0.0};
    host_reception(a, std::vector<std::uint8_t>{1}, {0.0, 0.0}, p, {1, -5, {2020, 1}});
    auto cohorts = category_cohorts(a.hosted.row(0), kMinors);
    // Expected 2,000 x 0.5^slot in the first year, 2,000 x 0.5^12 / 0.25 = 1.95 after it.
    CHECK(cohorts[0] == Approx(2000).epsilon(0.1));
    CHECK(cohorts[1] == Approx(1000).epsilon(0.15));
    CHECK(cohorts[kSettledSlot] <= 12);
}

TEST_CASE("arrivals shocks add people a month from their countries' continents or the "
          "category's origin, never below none",
          "[reception]") {
    ScenarioConfig scenario = baseline_scenario(20000);
    scenario.model.shocks.clear();
    scenario.model.reception.arrivals_per_month = {100.0, 0.0};
    Shock crisis;
    crisis.type = ShockType::Arrivals;
    crisis.category = ReceptionCategory::Displaced;
    crisis.countries = {"UKR", "SYR"};
    crisis.start = {2020, 1};
    crisis.value = 1000.0;
    Shock fewer;
    fewer.type = ShockType::Arrivals;
    fewer.category = ReceptionCategory::Minors;
    fewer.start = {2020, 1};
    fewer.value = -300.0;
    scenario.model.shocks = {crisis, fewer};
    Simulation simulation = simulation_of(scenario);
    World& world = simulation.world();
    ContextProcess context(scenario.model.context, scenario.model.elections,
                           scenario.model.reception, scenario.model.shocks, world);
    context.step(world);
    const auto& arrivals = world.context.arrivals;
    CHECK(arrivals[kDisplaced][static_cast<int>(Continent::Europe)] == 500.0);
    CHECK(arrivals[kDisplaced][static_cast<int>(Continent::MiddleEast)] == 500.0);
    // Minors: 100 a month from Africa (the default origin), 300 fewer: none.
    CHECK(arrivals[kMinors][static_cast<int>(Continent::Africa)] == 0.0);
}

TEST_CASE("a crisis added to a scenario file brings its people in its months", "[reception]") {
    // The crisis as an analyst would write it: 6,000 people a month from Sudan for two months.
    TempFolder folder;
    const auto path = folder.write(
        "crisis.toml", "schema_version = 1\nextends = \"" + source_path("scenarios/baseline.toml") +
                           "\"\n[[shock]]\nid = \"sudan\"\ntype = \"arrivals\"\ncategory = "
                           "\"displaced\"\ncountries = [\"SDN\"]\nstart = \"2024-02\"\nend = "
                           "\"2024-03\"\nvalue = 6000\n");
    const auto months_of = [](const ScenarioConfig& scenario) {
        Simulation simulation = simulation_of(scenario);
        std::vector<ReceptionIndicators> months;
        for (int step = 0; step < 52; ++step) { // to 2024-04
            simulation.step_month();
            months.push_back(simulation.world().reception);
        }
        return months;
    };
    const auto without = months_of(baseline_scenario(20000));
    const auto with = months_of(load_scenario_file(path, {"population.threshold=20000"}));
    const auto africa = static_cast<std::size_t>(Continent::Africa);
    for (int step = 0; step < 52; ++step) {
        const auto t = static_cast<std::size_t>(step);
        const int extra =
            with[t].arrivals_by_continent[africa] - without[t].arrivals_by_continent[africa];
        INFO("step " << step);
        if (step == 49 || step == 50) // February and March 2024
            CHECK(extra > 0);
        else
            CHECK(extra == 0);
    }
    CHECK(with[51].hosted[kDisplaced] > without[51].hosted[kDisplaced]);
}
