#include "models/budget/budget_process.hpp"
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
    const BudgetProcess budget(p, ContextParameters{});
    // Cut of 10%: 100 * 0.9^1.5 = 85.381..., blended with a target of 80.
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

TEST_CASE("January's calls share the whole co-financing envelope", "[budget]") {
    const ScenarioConfig scenario = baseline_scenario(10000);
    Simulation simulation = simulation_of(scenario);
    simulation.step_month(); // January 2020
    const World& world = simulation.world();
    double total = 0;
    for (double v : world.authorities.cofinancing_eur)
        total += v;
    CHECK(total ==
          Approx(scenario.model.context.cofinancing_eur * world.context.cofinancing_index));
    for (std::size_t i = 0; i < world.authorities.size(); ++i)
        if (world.authorities.cofinancing_eur[i] > 0)
            CHECK(world.authorities.archetype[i] != Archetype::None);
}
