#include "models/budget/budget_process.hpp"
#include "models/budget/monthly_lines.hpp"
#include "models/budget/planned_budget.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace paradiplo;
using namespace paradiplo::testing;

TEST_CASE("budgets follow fiscal capacity, cut harder than they grow, with inertia", "[budget]") {
    BudgetParameters p{};
    p.growth_elasticity = 0.8;
    p.cut_elasticity = 1.5;
    p.inertia = 0.6;
    p.structured_resilience = 0.6;
    const BudgetProcess budget(p);
    // Capacity -10%: 100 * 0.9^1.5 = 85.381..., blended with a target of 80: the discretionary
    // line falls 14.8%, more than capacity.
    CHECK(budget.revised_budget(100, 1.0, 0.9, 80, false) ==
          Approx(0.6 * 100 * std::pow(0.9, 1.5) + 0.4 * 80));
    // A dedicated directorate cuts less: elasticity 1.5 * 0.6.
    CHECK(budget.revised_budget(100, 1.0, 0.9, 80, true) ==
          Approx(0.6 * 100 * std::pow(0.9, 0.9) + 0.4 * 80));
    // Growth of 10% with elasticity 0.8.
    CHECK(budget.revised_budget(100, 1.0, 1.1, 120, false) ==
          Approx(0.6 * 100 * std::pow(1.1, 0.8) + 0.4 * 120));
    // No change and a target equal to the budget: nothing moves.
    CHECK(budget.revised_budget(100, 1.0, 1.0, 100, false) == Approx(100));
}

TEST_CASE("below the 2020 fiscal capacity the target keeps a shrinking share of revenue, never a "
          "growing one",
          "[budget]") {
    BudgetParameters p{};
    p.cut_elasticity = 1.5;
    p.structured_resilience = 0.6;
    const BudgetProcess budget(p);
    // Capacity 0.81, revenue index 0.9: 100 * 0.9 * 0.81^0.5 = 81.
    CHECK(budget.target_budget(100, 0.9, 0.81, false) == Approx(81));
    // A directorate's elasticity is 0.9: its share stays (no growth under stress).
    CHECK(budget.target_budget(100, 0.9, 0.81, true) == Approx(90));
    // Above the 2020 capacity the share is the plan's.
    CHECK(budget.target_budget(100, 1.2, 1.1, false) == Approx(120));
}

TEST_CASE("the plan scales the commitment by the organisation and the delegation's breadth",
          "[budget]") {
    BudgetParameters p{};
    p.organisation_factor = {0.5, 0.8, 1.0, 1.3, 1.4};
    p.perimeter_domain_weight = 0.15;
    const auto domains = [](int n) { return static_cast<std::uint16_t>((1u << n) - 1u); };
    // 1e6 EUR revenue, commitment 0.001: 1,000 EUR before the factors.
    CHECK(planned_budget_eur(1e6, 0.001, Archetype::Unit, domains(3), p) == Approx(1000));
    CHECK(planned_budget_eur(1e6, 0.001, Archetype::Directorate, domains(4), p) ==
          Approx(1000 * 1.3 * 1.15));
    CHECK(planned_budget_eur(1e6, 0.001, Archetype::None, domains(2), p) ==
          Approx(1000 * 0.5 * 0.85));
}

TEST_CASE("emergency lines on top leave partnerships the budget less the humanitarian share; "
          "drawn from the budget, what they leave",
          "[budget]") {
    // One engaged authority: budget 120,000 EUR/yr, co-financing 24,000, 10,000 EUR of refugee
    // costs declared this month, solidarity priority 2/9.
    World world;
    world.authorities.resize(1);
    Authorities& a = world.authorities;
    a.engaged[0] = 1;
    a.international_budget_eur[0] = 120000;
    a.cofinancing_eur[0] = 24000;
    a.refugees_eur[0] = 10000;
    a.priority.row(0).setConstant(1.0 / 8.0 * (1.0 - 2.0 / 9.0));
    a.priority(0, static_cast<int>(Domain::Solidarity)) = 2.0 / 9.0;
    world.context.humanitarian_index = 1.5;
    BudgetParameters p{};
    p.humanitarian_share = 0.1;
    const MonthlyLines top = monthly_lines(MonthlyLinesAccess(world), 0, p);
    // Humanitarian: 0.1 * (9 * 2/9) * 10,000 * 1.5 = 3,000; refugees as declared.
    CHECK(top.base_eur == Approx(10000));
    CHECK(top.humanitarian_eur == Approx(3000));
    CHECK(top.refugees_eur == Approx(10000));
    CHECK(top.cofinancing_eur == Approx(2000));
    // On top: 10,000 * (1 - 0.2) + 2,000.
    CHECK(top.partnership_pool_eur == Approx(10000));
    p.emergency_lines = "from_budget";
    a.refugees_eur[0] = 5000;
    const MonthlyLines from = monthly_lines(MonthlyLinesAccess(world), 0, p);
    // From the budget: 10,000 - 3,000 - 5,000 + 2,000.
    CHECK(from.partnership_pool_eur == Approx(4000));
}
