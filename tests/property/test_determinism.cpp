// Results are a function of the scenario and the seed only: not of the thread count, not of the
// run.
#include "engine/core/indicator_history.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>
#include <tbb/global_control.h>

#include <cstring>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

struct RunState {
    std::vector<MonthlyIndicators> months;
    World world;
};

RunState run_with_threads(std::size_t threads, int threshold) {
    tbb::global_control control(tbb::global_control::max_allowed_parallelism, threads);
    Simulation simulation = simulation_of(baseline_scenario(threshold));
    IndicatorHistory history;
    simulation.run({&history});
    return {history.months(), simulation.world()};
}

template <class T> bool same_bits(const std::vector<T>& a, const std::vector<T>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

bool same_bits(const MonthlyIndicators& a, const MonthlyIndicators& b) {
    return a.engaged_authorities == b.engaged_authorities &&
           a.partnerships_active == b.partnerships_active &&
           a.partnerships_dormant == b.partnerships_dormant &&
           a.foreign_partners == b.foreign_partners &&
           std::memcmp(&a.international_spending, &b.international_spending, sizeof(double) * 6) ==
               0 &&
           a.priority_mean == b.priority_mean && a.apd_by_kind == b.apd_by_kind &&
           a.spending_by_kind == b.spending_by_kind &&
           a.partnerships_by_country == b.partnerships_by_country;
}

void check_identical(const RunState& a, const RunState& b) {
    REQUIRE(a.months.size() == b.months.size());
    for (std::size_t t = 0; t < a.months.size(); ++t)
        CHECK(same_bits(a.months[t], b.months[t]));
    const Authorities &x = a.world.authorities, &y = b.world.authorities;
    CHECK(same_bits(x.international_budget_eur, y.international_budget_eur));
    CHECK(same_bits(x.staff_fte, y.staff_fte));
    CHECK(same_bits(x.partnership_spending_eur, y.partnership_spending_eur));
    CHECK(same_bits(x.cofinancing_eur, y.cofinancing_eur));
    CHECK(x.priority.size() == y.priority.size());
    CHECK(std::memcmp(x.priority.data(), y.priority.data(),
                      sizeof(double) * static_cast<std::size_t>(x.priority.size())) == 0);
    CHECK(same_bits(a.world.partnerships.authority, b.world.partnerships.authority));
    CHECK(same_bits(a.world.partnerships.partner, b.world.partnerships.partner));
    CHECK(same_bits(a.world.partnerships.activity, b.world.partnerships.activity));
}

} // namespace

TEST_CASE("runs with 1, 2 and 4 threads are bitwise identical", "[parallel][determinism]") {
    const RunState one = run_with_threads(1, 3000);
    check_identical(one, run_with_threads(2, 3000));
    check_identical(one, run_with_threads(4, 3000));
}

TEST_CASE("a second run with the same seed is identical", "[determinism]") {
    check_identical(run_with_threads(2, 10000), run_with_threads(2, 10000));
}
