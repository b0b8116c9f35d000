#include "models/partnerships/partnership_need.hpp"
#include "models/population/population_generator.hpp"
#include "tests/support/fixtures.hpp"
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
using namespace paradiplo;
using namespace paradiplo::testing;
TEST_CASE("diag paris", "[.diag]") {
    ScenarioConfig s = baseline_scenario(0);
    for (std::uint64_t seed : {20200315ull, 1ull, 2ull, 3ull, 4ull, 5ull, 6ull}) {
    s.seed = seed;
    Simulation sim = simulation_of(s);
    const auto paris = static_cast<std::size_t>(find_authority(sim.world().authorities, "75056"));
    double pd = 0, ph = 0, td = 0, th = 0;
    int n = 0, ndac = 0;
    for (int m = 0; m < 24; ++m) {
        sim.step_month();
        const World& w = sim.world();
        const auto& a = w.authorities;
        if (m < 12) continue;
        pd += a.dac_spending_eur[paris]; ph += a.humanitarian_eur[paris];
        for (std::size_t i = 0; i < a.size(); ++i) { td += a.dac_spending_eur[i]; th += a.humanitarian_eur[i]; }
    }
    const World& w = sim.world();
    for (std::size_t r = 0; r < w.partnerships.size(); ++r)
        if (w.partnerships.authority[r] == static_cast<int>(paris)) { ++n; ndac += w.countries.dac_eligible[(std::size_t)w.partners.country[(std::size_t)w.partnerships.partner[r]]]; }
    std::printf("seed %llu paris dac %.1f hum %.1f | all dac %.1f hum %.1f | n %d dac %d budget %.1f\n", (unsigned long long)seed, pd/1e6, ph/1e6, td/1e6, th/1e6, n, ndac, w.authorities.international_budget_eur[paris]/1e6);
    }
}
