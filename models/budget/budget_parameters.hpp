#pragma once
// International budgets, co-financing and humanitarian lines ([model.budget]).
namespace paradiplo {

struct BudgetParameters {
    double growth_elasticity;     ///< budget change per unit change of fiscal capacity, upward
    double cut_elasticity;        ///< the same downward (discretionary spending is cut first)
    double inertia;               ///< weight of last year's budget against the political target
    double revision_threshold;    ///< capacity change that triggers a mid-year revision
    double humanitarian_share;    ///< share of the budget kept for humanitarian aid
    double cofinancing_success;   ///< success rate in calls for a dedicated directorate
    double structured_resilience; ///< cut elasticity multiplier for directorates/shared services
};

} // namespace paradiplo
