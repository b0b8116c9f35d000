#pragma once
// How an authority's yearly budget turns into the month's money lines.
#include "models/budget/budget_parameters.hpp"
#include "engine/core/world.hpp"

namespace paradiplo {

struct MonthlyLines {
    double base_eur;             ///< one twelfth of the yearly international budget
    double humanitarian_eur;     ///< humanitarian aid; its part above the budget line is a top-up
    double refugees_eur;         ///< refugee-reception costs, paid on top of the budget
    double cofinancing_eur;      ///< co-financing received this month
    double partnership_pool_eur; ///< what partnerships may receive this month
    /// The most the authority may spend this month.
    [[nodiscard]] double ceiling_eur() const {
        return base_eur + cofinancing_eur + refugees_eur +
               std::max(0.0, humanitarian_eur - base_eur);
    }
};

inline MonthlyLines monthly_lines(const Authorities& a, std::size_t i, const Context& c,
                                  const BudgetParameters& p, double refugee_reception_eur) {
    MonthlyLines lines{};
    lines.base_eur = a.international_budget_eur[i] / 12.0;
    lines.cofinancing_eur = a.cofinancing_eur[i] / 12.0;
    lines.refugees_eur = a.refugee_share[i] * refugee_reception_eur / 12.0 * c.refugee_index;
    if (a.engaged[i])
        lines.humanitarian_eur = p.humanitarian_share * lines.base_eur * c.humanitarian_index;
    lines.partnership_pool_eur =
        lines.base_eur * (1.0 - p.humanitarian_share) + lines.cofinancing_eur;
    return lines;
}

} // namespace paradiplo
