#pragma once
// International budgets, co-financing and humanitarian lines ([model.budget]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct BudgetParameters {
    double growth_elasticity = 0.8;     ///< budget change per unit change of fiscal capacity, up
    double cut_elasticity = 1.5;        ///< the same downward (discretionary spending cut first)
    double inertia = 0.6;               ///< weight of last year's budget against the target
    double revision_threshold = 0.03;   ///< capacity change that triggers a mid-year revision
    double humanitarian_share = 0.08;   ///< share of the budget kept for humanitarian aid
    double cofinancing_success = 0.5;   ///< success rate in calls for a dedicated directorate
    double structured_resilience = 0.6; ///< cut elasticity multiplier for structured services

    static ParameterList<BudgetParameters> describe();
};

} // namespace paradiplo
