#include "models/organisation/organisation_process.hpp"

#include "models/organisation/capacity.hpp"
#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"

#include <cmath>

namespace paradiplo {

void OrganisationProcess::step(World& world) {
    Authorities& a = world.authorities;
    const auto& p = parameters_;
    const double closing = 1.0 - std::pow(0.5, 1.0 / p.staff_lag_months); // half-life in months
    merges_.assign(a.size(), 0);
    parallel_for_each_index(a.size(), [&](std::size_t i) {
        RandomStream random(world.seed, static_cast<std::uint32_t>(i), world.step,
                            StreamTag::Organisation);
        Archetype& archetype = a.archetype[i];
        const double budget = a.international_budget_eur[i];
        const double planned = a.base_revenue_eur[i] * a.commitment_share[i];
        if (a.engaged[i] && archetype < Archetype::Unit && budget > p.creation_budget_eur &&
            random.bernoulli(p.creation_probability)) {
            archetype = static_cast<Archetype>(static_cast<int>(archetype) + 1);
        } else if (archetype >= Archetype::Unit && budget < 0.7 * planned &&
                   random.bernoulli(p.downsizing_probability)) {
            archetype = Archetype::PartTimeOfficer; // a deep cut dissolves the service
        } else if (a.kind[i] == AuthorityKind::Commune && a.parent_epci[i] >= 0 &&
                   archetype >= Archetype::Unit && archetype != Archetype::SharedService &&
                   random.bernoulli(p.merge_probability)) {
            merges_[i] = 1;
        }
        const double target = staff_target_fte(archetype, budget, p);
        a.staff_fte[i] += closing * (target - a.staff_fte[i]);
    });
    // Sharing a service changes two authorities: applied in index order.
    for (std::size_t i = 0; i < a.size(); ++i)
        if (merges_[i]) {
            a.archetype[i] = Archetype::SharedService;
            a.archetype[static_cast<std::size_t>(a.parent_epci[i])] = Archetype::SharedService;
        }
}

} // namespace paradiplo
