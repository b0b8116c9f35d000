#pragma once
// How an authority's yearly budget turns into the month's money lines.
#include "engine/core/world_access.hpp"
#include "models/budget/budget_parameters.hpp"

#include <algorithm>

namespace paradiplo {

struct MonthlyLines {
    double base_eur;             ///< one twelfth of the yearly international budget
    double humanitarian_eur;     ///< humanitarian aid
    double refugees_eur;         ///< refugee-reception costs
    double cofinancing_eur;      ///< co-financing received this month
    double partnership_pool_eur; ///< the most partnerships may receive this month
};

using MonthlyLinesAccess =
    WorldAccess<Reads<&Authorities::international_budget_eur, &Authorities::cofinancing_eur,
                      &Authorities::refugee_share, &Authorities::engaged, &Authorities::priority,
                      &Context::refugee_index, &Context::humanitarian_index>,
                Writes<>>;

/// The month's lines of authority `i`. The humanitarian line is its share of the budget, scaled
/// by the authority's solidarity priority (against one domain in nine) and the humanitarian
/// index; refugee costs are its share of the national ones. With emergency lines on top, the
/// partnership line is the budget less the humanitarian share; drawn from the budget, it is what
/// the two emergency lines leave.
inline MonthlyLines monthly_lines(const MonthlyLinesAccess& view, std::size_t i,
                                  const BudgetParameters& budget, double refugee_reception_eur) {
    const double international_budget_eur = view.read<&Authorities::international_budget_eur>()[i];
    MonthlyLines lines{};
    lines.base_eur = international_budget_eur / kMonthsPerYear;
    lines.cofinancing_eur = view.read<&Authorities::cofinancing_eur>()[i] / kMonthsPerYear;
    lines.refugees_eur = view.read<&Authorities::refugee_share>()[i] * refugee_reception_eur /
                         kMonthsPerYear * view.read<&Context::refugee_index>();
    const double solidarity = kDomainCount * view.read<&Authorities::priority>()(
                                                 static_cast<Eigen::Index>(i),
                                                 static_cast<int>(Domain::Solidarity));
    if (view.read<&Authorities::engaged>()[i])
        lines.humanitarian_eur = budget.humanitarian_share * solidarity * lines.base_eur *
                                 view.read<&Context::humanitarian_index>();
    const double own_line =
        budget.emergency_lines == "from_budget"
            ? std::max(0.0, lines.base_eur - lines.humanitarian_eur - lines.refugees_eur)
            : lines.base_eur * (1.0 - std::min(1.0, budget.humanitarian_share * solidarity));
    lines.partnership_pool_eur = own_line + lines.cofinancing_eur;
    return lines;
}

} // namespace paradiplo
