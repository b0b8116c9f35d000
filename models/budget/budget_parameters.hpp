#pragma once
// International budgets, co-financing and humanitarian lines ([model.budget]).
#include "engine/core/parameters.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>
#include <string>

namespace paradiplo {

struct BudgetParameters {
    double growth_elasticity = 0.8;     ///< budget elasticity to fiscal capacity, when it grows
    double cut_elasticity = 1.5;        ///< the same when it falls: discretionary lines go first
    double inertia = 0.6;               ///< weight of last year's budget against the target
    double revision_threshold = 0.03;   ///< capacity change that triggers a mid-year revision
    double structured_resilience = 0.6; ///< cut elasticity multiplier for structured services
    /// Budget multiplier by archetype (order of Archetype): an organisation defends its line.
    std::array<double, kArchetypeCount> organisation_factor{0.6, 0.8, 1.0, 1.3, 1.3};
    double perimeter_domain_weight = 0.15;  ///< budget added per domain of the delegation beyond 3
    double humanitarian_share = 0.08;       ///< share of the budget kept for humanitarian aid
    std::string emergency_lines = "on_top"; ///< humanitarian and refugee lines: on_top/from_budget
    /// Capacity to answer calls for projects by archetype (order of Archetype), 1 at most.
    std::array<double, kArchetypeCount> call_success{0.0, 0.3, 0.6, 1.0, 1.0};

    static ParameterList<BudgetParameters> describe();
};

} // namespace paradiplo
