#include "models/budget/budget_process.hpp"

#include "engine/core/parallel.hpp"
#include "models/budget/planned_budget.hpp"
#include "models/organisation/capacity.hpp"

#include <algorithm>
#include <cmath>

namespace paradiplo {

double BudgetProcess::cut_elasticity(bool structured) const {
    return parameters_.cut_elasticity * (structured ? parameters_.structured_resilience : 1.0);
}

double BudgetProcess::target_budget(double planned_eur, double revenue_index, double capacity,
                                    bool structured) const {
    // Only a cut elasticity above 1 shrinks the share: a directorate that defends its line keeps
    // its share, it does not gain one.
    const double stress =
        std::pow(std::min(1.0, capacity), std::max(0.0, cut_elasticity(structured) - 1.0));
    return planned_eur * revenue_index * stress;
}

double BudgetProcess::revised_budget(double budget_eur, double capacity_then, double capacity_now,
                                     double target_eur, bool structured) const {
    const double ratio = capacity_now / capacity_then;
    const double elasticity =
        ratio < 1.0 ? cut_elasticity(structured) : parameters_.growth_elasticity;
    const double followed = budget_eur * std::pow(ratio, elasticity);
    return parameters_.inertia * followed + (1.0 - parameters_.inertia) * target_eur;
}

void BudgetProcess::run(Access view) {
    const auto& kind = view.read<&Authorities::kind>();
    const auto& base_revenue_eur = view.read<&Authorities::base_revenue_eur>();
    const auto& commitment_share = view.read<&Authorities::commitment_share>();
    const auto& archetype = view.read<&Authorities::archetype>();
    const auto& perimeter = view.read<&Authorities::delegate_perimeter>();
    const auto& revenue_index = view.read<&Context::revenue_index>();
    const double cost_index = view.read<&Context::cost_index>();
    auto& international_budget_eur = view.write<&Authorities::international_budget_eur>();
    auto& budget_capacity_index = view.write<&Authorities::budget_capacity_index>();
    const bool january = view.month().month == 1;
    parallel_for_each_index(kind.size(), [&](std::size_t i) {
        const double capacity_now = fiscal_capacity(revenue_index, cost_index, kind[i]);
        const double change = std::abs(capacity_now / budget_capacity_index[i] - 1.0);
        if (!january && change <= parameters_.revision_threshold) return;
        const double target =
            target_budget(planned_budget_eur(base_revenue_eur[i], commitment_share[i], archetype[i],
                                             perimeter[i], parameters_),
                          revenue_index[static_cast<std::size_t>(kind[i])], capacity_now,
                          is_structured(archetype[i]));
        international_budget_eur[i] =
            revised_budget(international_budget_eur[i], budget_capacity_index[i], capacity_now,
                           target, is_structured(archetype[i]));
        budget_capacity_index[i] = capacity_now;
    });
}

} // namespace paradiplo
