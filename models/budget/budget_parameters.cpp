#include "models/budget/budget_parameters.hpp"

namespace paradiplo {

ParameterList<BudgetParameters> BudgetParameters::describe() {
    using P = BudgetParameters;
    constexpr auto K = Basis::Calibrated;
    constexpr auto A = Basis::Assumption;
    ParameterList<P> list;
    list.real("growth_elasticity", &P::growth_elasticity, {0.0, 5.0}, "1", A,
              "Budget change per unit change of fiscal capacity, when it grows.")
        .real("cut_elasticity", &P::cut_elasticity, {0.0, 5.0}, "1", A,
              "The same when it falls: discretionary spending is cut first.")
        .real("inertia", &P::inertia, {0.0, 1.0}, "1", A,
              "Weight of last year's budget against the political target.")
        .real("revision_threshold", &P::revision_threshold, {0.0, 1.0}, "1", A,
              "Change of fiscal capacity that triggers a mid-year revision.")
        .real("humanitarian_share", &P::humanitarian_share, {0.0, 0.9}, "1", K,
              "Share of the international budget kept for humanitarian aid.")
        .real("cofinancing_success", &P::cofinancing_success, {0.0, 1.0}, "1", A,
              "Success rate in co-financing calls of a dedicated directorate.")
        .real("structured_resilience", &P::structured_resilience, {0.0, 1.0}, "1", A,
              "Cut elasticity multiplier for dedicated directorates and shared services.");
    return list;
}

} // namespace paradiplo
