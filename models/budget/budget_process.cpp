#include "models/budget/budget_process.hpp"

#include "models/organisation/capacity.hpp"
#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"

#include <cmath>

namespace paradiplo {

double BudgetProcess::revised_budget(double budget_eur, double capacity_then, double capacity_now,
                                     double target_eur, bool structured) const {
    const double ratio = capacity_now / capacity_then;
    double elasticity = ratio < 1.0 ? parameters_.cut_elasticity : parameters_.growth_elasticity;
    if (ratio < 1.0 && structured) elasticity *= parameters_.structured_resilience;
    const double followed = budget_eur * std::pow(ratio, elasticity);
    return parameters_.inertia * followed + (1.0 - parameters_.inertia) * target_eur;
}

void BudgetProcess::step(World& world) {
    Authorities& a = world.authorities;
    const Context& c = world.context;
    const bool january = c.month.month == 1;
    parallel_for_each_index(a.size(), [&](std::size_t i) {
        const double capacity_now = c.fiscal_capacity(a.kind[i]);
        const double change = std::abs(capacity_now / a.budget_capacity_index[i] - 1.0);
        if (!january && change <= parameters_.revision_threshold) return;
        const double target = a.base_revenue_eur[i] *
                              c.revenue_index[static_cast<std::size_t>(a.kind[i])] *
                              a.commitment_share[i];
        a.international_budget_eur[i] =
            revised_budget(a.international_budget_eur[i], a.budget_capacity_index[i], capacity_now,
                           target, is_structured(a.archetype[i]));
        a.budget_capacity_index[i] = capacity_now;
    });
    if (january || world.step == 0) award_cofinancing(world);
}

void BudgetProcess::award_cofinancing(World& world) const {
    // Engaged authorities with development partnerships answer the calls; winners share the
    // envelope in proportion to those partnerships.
    Authorities& a = world.authorities;
    std::vector<double> claim(a.size());
    parallel_for_each_index(a.size(), [&](std::size_t i) {
        if (!a.engaged[i] || a.dac_partnerships[i] == 0) return;
        RandomStream random(world.seed, static_cast<std::uint32_t>(i), world.step,
                            StreamTag::Cofinancing);
        const double success =
            parameters_.cofinancing_success * kCallSuccess[static_cast<int>(a.archetype[i])];
        if (random.bernoulli(success)) claim[i] = a.dac_partnerships[i];
    });
    struct Sum {
        double value = 0;
        Sum& operator+=(const Sum& o) {
            value += o.value;
            return *this;
        }
    };
    const double total =
        ordered_reduce<Sum>(a.size(), [&](Sum& s, std::size_t i) { s.value += claim[i]; }).value;
    const double envelope = context_.cofinancing_eur * world.context.cofinancing_index;
    parallel_for_each_index(a.size(), [&](std::size_t i) {
        a.cofinancing_eur[i] = total > 0 ? envelope * claim[i] / total : 0.0;
    });
}

} // namespace paradiplo
