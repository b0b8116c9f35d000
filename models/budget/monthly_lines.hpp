#pragma once
// How an authority's yearly budget turns into the month's money lines.
#include "engine/core/world_access.hpp"
#include "models/budget/budget_parameters.hpp"

#include <algorithm>

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

/// What partnerships may receive in a month from a yearly budget and yearly co-financing: the
/// budget less its humanitarian share, plus the co-financing.
inline double partnership_pool_eur(double international_budget_eur, double cofinancing_eur,
                                   double humanitarian_share) {
    return international_budget_eur / 12.0 * (1.0 - humanitarian_share) + cofinancing_eur / 12.0;
}

using MonthlyLinesAccess =
    WorldAccess<Reads<&Authorities::international_budget_eur, &Authorities::cofinancing_eur,
                      &Authorities::refugee_share, &Authorities::engaged, &Context::refugee_index,
                      &Context::humanitarian_index>,
                Writes<>>;

inline MonthlyLines monthly_lines(const MonthlyLinesAccess& view, std::size_t i,
                                  const BudgetParameters& budget, double refugee_reception_eur) {
    const double international_budget_eur = view.read<&Authorities::international_budget_eur>()[i];
    const double cofinancing_eur = view.read<&Authorities::cofinancing_eur>()[i];
    MonthlyLines lines{};
    lines.base_eur = international_budget_eur / 12.0;
    lines.cofinancing_eur = cofinancing_eur / 12.0;
    lines.refugees_eur = view.read<&Authorities::refugee_share>()[i] * refugee_reception_eur /
                         12.0 * view.read<&Context::refugee_index>();
    if (view.read<&Authorities::engaged>()[i])
        lines.humanitarian_eur =
            budget.humanitarian_share * lines.base_eur * view.read<&Context::humanitarian_index>();
    lines.partnership_pool_eur =
        partnership_pool_eur(international_budget_eur, cofinancing_eur, budget.humanitarian_share);
    return lines;
}

} // namespace paradiplo
