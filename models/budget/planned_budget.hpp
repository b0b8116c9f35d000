#pragma once
// The budget an authority plans: what its revenue, commitment, organisation and delegation give
// to international action (shared by the population generator, budgets and organisation).
#include "engine/core/taxonomy.hpp"
#include "models/budget/budget_parameters.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace paradiplo {

/// Domains of the middle-sized delegation, the perimeter at which its budget factor is 1.
inline constexpr int kReferencePerimeterDomains = 3;

/// What the organisation and the delegate's perimeter make of the political commitment.
inline double budget_scale(Archetype archetype, std::uint16_t perimeter,
                           const BudgetParameters& p) {
    const int domains = std::popcount(perimeter);
    return p.organisation_factor[static_cast<std::size_t>(archetype)] *
           std::max(0.0, 1.0 + p.perimeter_domain_weight * (domains - kReferencePerimeterDomains));
}

/// Yearly budget planned at the 2020 fiscal capacity, EUR.
inline double planned_budget_eur(double revenue_eur, double commitment_share, Archetype archetype,
                                 std::uint16_t perimeter, const BudgetParameters& p) {
    return revenue_eur * commitment_share * budget_scale(archetype, perimeter, p);
}

} // namespace paradiplo
