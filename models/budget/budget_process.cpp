#include "models/budget/budget_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"
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
    if (january || view.step() == 0) award_cofinancing(view);
}

void BudgetProcess::award_cofinancing(const Access& view) const {
    // Engaged authorities with development partnerships answer the calls; winners share the
    // envelope in proportion to those partnerships.
    const auto& engaged = view.read<&Authorities::engaged>();
    const auto& dac_partnerships = view.read<&Authorities::dac_partnerships>();
    const auto& archetype = view.read<&Authorities::archetype>();
    auto& cofinancing_eur = view.write<&Authorities::cofinancing_eur>();
    const std::size_t authorities = engaged.size();
    std::vector<double> claim(authorities);
    parallel_for_each_index(authorities, [&](std::size_t i) {
        if (!engaged[i] || dac_partnerships[i] == 0) return;
        RandomStream random(view.seed(), static_cast<std::uint32_t>(i), view.step(),
                            StreamTag::Cofinancing);
        const double success = parameters_.cofinancing_success *
                               parameters_.call_success[static_cast<std::size_t>(archetype[i])];
        if (random.bernoulli(success)) claim[i] = dac_partnerships[i];
    });
    struct Sum {
        double value = 0;
        Sum& operator+=(const Sum& o) {
            value += o.value;
            return *this;
        }
    };
    const double total =
        ordered_reduce<Sum>(authorities, [&](Sum& s, std::size_t i) { s.value += claim[i]; }).value;
    const double envelope = context_.cofinancing_eur * view.read<&Context::cofinancing_index>();
    parallel_for_each_index(authorities, [&](std::size_t i) {
        cofinancing_eur[i] = total > 0 ? envelope * claim[i] / total : 0.0;
    });
}

} // namespace paradiplo
