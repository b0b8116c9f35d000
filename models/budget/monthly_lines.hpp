#pragma once
// How an authority's yearly budget turns into the month's money lines.
#include "engine/core/world_access.hpp"
#include "models/budget/budget_parameters.hpp"

#include <algorithm>
#include <limits>

namespace paradiplo {

struct MonthlyLines {
    double base_eur;             ///< one twelfth of the yearly international budget
    double humanitarian_eur;     ///< humanitarian aid
    double refugees_eur;         ///< refugee-reception costs declared as APD
    double cofinancing_eur;      ///< co-financing received this month
    double partnership_pool_eur; ///< the most partnerships may receive this month
};

using MonthlyLinesAccess =
    WorldAccess<Reads<&Authorities::international_budget_eur, &Authorities::cofinancing_eur,
                      &Authorities::refugees_eur, &Authorities::engaged, &Authorities::priority,
                      &Context::humanitarian_index>,
                Writes<>>;

/// How the partnership line (before co-financing) follows the budget: max(0, share x base -
/// fixed), base being a month of budget. With emergency lines on top the humanitarian share is
/// set aside (scaled by the solidarity priority against one domain in nine); drawn from the
/// budget, the humanitarian line and the refugee costs are.
struct LineShape {
    double humanitarian_rate; ///< humanitarian line / base
    double refugees_eur;      ///< refugee-reception costs of the month declared as APD
    double share;             ///< of the base left to partnerships
    double fixed_eur;         ///< taken off before partnerships
};

inline LineShape line_shape(const MonthlyLinesAccess& view, std::size_t i,
                            const BudgetParameters& budget) {
    const double solidarity =
        kDomainCount * view.read<&Authorities::priority>()(static_cast<Eigen::Index>(i),
                                                           static_cast<int>(Domain::Solidarity));
    LineShape shape{};
    if (view.read<&Authorities::engaged>()[i])
        shape.humanitarian_rate =
            budget.humanitarian_share * solidarity * view.read<&Context::humanitarian_index>();
    shape.refugees_eur = view.read<&Authorities::refugees_eur>()[i];
    if (budget.emergency_lines == "from_budget") {
        shape.share = 1.0 - shape.humanitarian_rate;
        shape.fixed_eur = shape.refugees_eur;
    } else {
        shape.share = 1.0 - std::min(1.0, budget.humanitarian_share * solidarity);
    }
    return shape;
}

/// The month's lines of authority `i`.
inline MonthlyLines monthly_lines(const MonthlyLinesAccess& view, std::size_t i,
                                  const BudgetParameters& budget) {
    const LineShape shape = line_shape(view, i, budget);
    MonthlyLines lines{};
    lines.base_eur = view.read<&Authorities::international_budget_eur>()[i] / kMonthsPerYear;
    lines.cofinancing_eur = view.read<&Authorities::cofinancing_eur>()[i] / kMonthsPerYear;
    lines.refugees_eur = shape.refugees_eur;
    lines.humanitarian_eur = shape.humanitarian_rate * lines.base_eur;
    lines.partnership_pool_eur =
        std::max(0.0, shape.share * lines.base_eur - shape.fixed_eur) + lines.cofinancing_eur;
    return lines;
}

/// The yearly budget at which authority `i`'s partnership line, before co-financing, is
/// `line_eur` a month (monthly_lines inverted); infinite when no budget leaves partnerships any.
inline double budget_for_line(const MonthlyLinesAccess& view, std::size_t i,
                              const BudgetParameters& budget, double line_eur) {
    const LineShape shape = line_shape(view, i, budget);
    return shape.share > 0.0 ? kMonthsPerYear * (line_eur + shape.fixed_eur) / shape.share
                             : std::numeric_limits<double>::infinity();
}

} // namespace paradiplo
