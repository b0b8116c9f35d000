// Invariants of the model over many seeds and every month of the baseline (reduced population).
#include "models/accounting/accounting_process.hpp"
#include "models/partnerships/partnership_need.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

class InvariantChecker final : public MonthObserver {
  public:
    InvariantChecker(const MonthlyIndicators& initial, const PartnershipParameters& parameters)
        : previous_(initial), parameters_(parameters) {}

    void on_month(const World& world) override {
        const Authorities& a = world.authorities;
        const Partnerships& p = world.partnerships;
        // Each partnership gets at most its need, and only while active (one funded this month may
        // then lapse); what an authority's partnerships got is its partnership spending.
        std::vector<double> funded(a.size(), 0.0);
        for (std::size_t row = 0; row < p.size(); ++row) {
            const auto partner = static_cast<std::size_t>(p.partner[row]);
            const double need = partnership_need_eur(
                parameters_, p.kind[row], p.domain[row], p.intensity[row],
                world.partners.population_class[partner], world.context.cost_index);
            if (p.funding_eur[row] < 0.0 || p.funding_eur[row] > need * (1 + 1e-12) ||
                (p.funding_eur[row] > 0.0 && p.status[row] != PartnershipStatus::Active &&
                 p.event[row] != PartnershipEvent::Dormant))
                ++misfunded;
            funded[static_cast<std::size_t>(p.authority[row])] += p.funding_eur[row];
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (std::abs(funded[i] - a.partnership_spending_eur[i]) >
                1e-9 * std::max(1.0, a.partnership_spending_eur[i]))
                ++misfunded;
            // Partnerships never get more than the budget plus co-financing: what they got and
            // what was left make the partnership line, which the budget and co-financing bound.
            const double bound = (a.international_budget_eur[i] + a.cofinancing_eur[i]) / 12.0;
            if (a.partnership_spending_eur[i] < -1e-9 || a.partnership_room_eur[i] < -1e-9 ||
                a.partnership_spending_eur[i] + a.partnership_room_eur[i] > bound * (1 + 1e-12))
                ++overspent;
            const AuthorityApd apd = authority_apd(a, i);
            if (apd.development < 0 || apd.development > a.dac_spending_eur[i] + 1e-9) ++bad_apd;
        }
        if (a.priority.minCoeff() < 0.0 ||
            (a.priority.rowwise().sum().array() - 1.0).abs().maxCoeff() > 1e-12)
            ++off_simplex;
        const MonthlyIndicators& m = world.indicators;
        // Stock-flow consistency of partnerships.
        if (m.partnerships_active != previous_.partnerships_active + m.partnerships_new +
                                         m.partnerships_revived - m.partnerships_to_dormant)
            ++broken_stock_flow;
        if (m.partnerships_dormant != previous_.partnerships_dormant + m.partnerships_to_dormant -
                                          m.partnerships_revived - m.partnerships_ended)
            ++broken_stock_flow;
        if (m.apd_total() != m.apd_development + m.apd_humanitarian + m.apd_refugees) ++bad_apd;
        previous_ = m;
        ++months;
    }

    int overspent = 0, misfunded = 0, bad_apd = 0, off_simplex = 0, broken_stock_flow = 0,
        months = 0;

  private:
    MonthlyIndicators previous_;
    const PartnershipParameters& parameters_;
};

} // namespace

TEST_CASE("invariants hold every month for many seeds", "[property]") {
    for (std::int64_t seed = 1; seed <= 12; ++seed) {
        const ScenarioConfig scenario = baseline_scenario(20000, {"seed=" + std::to_string(seed)});
        Simulation simulation = simulation_of(scenario);
        InvariantChecker checker(simulation.world().indicators, scenario.model.partnerships);
        simulation.run({&checker});
        INFO("seed " << seed);
        CHECK(checker.months == 75);
        CHECK(checker.overspent == 0);
        CHECK(checker.misfunded == 0);
        CHECK(checker.bad_apd == 0);
        CHECK(checker.off_simplex == 0);
        CHECK(checker.broken_stock_flow == 0);
    }
}
