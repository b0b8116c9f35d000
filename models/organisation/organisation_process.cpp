#include "models/organisation/organisation_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"
#include "models/organisation/capacity.hpp"

#include <cmath>

namespace paradiplo {

void OrganisationProcess::run(Access view) {
    const auto& kind = view.read<&Authorities::kind>();
    const auto& parent_epci = view.read<&Authorities::parent_epci>();
    const auto& engaged = view.read<&Authorities::engaged>();
    const auto& base_revenue_eur = view.read<&Authorities::base_revenue_eur>();
    const auto& commitment_share = view.read<&Authorities::commitment_share>();
    const auto& international_budget_eur = view.read<&Authorities::international_budget_eur>();
    auto& archetypes = view.write<&Authorities::archetype>();
    auto& staff_fte = view.write<&Authorities::staff_fte>();
    // Half-life in months.
    const double closing = 1.0 - std::pow(0.5, 1.0 / parameters_.staff_lag_months);
    merges_.assign(kind.size(), 0);
    parallel_for_each_index(kind.size(), [&](std::size_t i) {
        RandomStream random(view.seed(), static_cast<std::uint32_t>(i), view.step(),
                            StreamTag::Organisation);
        Archetype& archetype = archetypes[i];
        const double budget = international_budget_eur[i];
        const double planned = base_revenue_eur[i] * commitment_share[i];
        if (engaged[i] && archetype < Archetype::Unit && budget > parameters_.creation_budget_eur &&
            random.bernoulli(parameters_.creation_probability)) {
            archetype = static_cast<Archetype>(static_cast<int>(archetype) + 1);
        } else if (archetype >= Archetype::Unit && budget < 0.7 * planned &&
                   random.bernoulli(parameters_.downsizing_probability)) {
            archetype = Archetype::PartTimeOfficer; // a deep cut dissolves the service
        } else if (kind[i] == AuthorityKind::Commune && parent_epci[i] >= 0 &&
                   archetype >= Archetype::Unit && archetype != Archetype::SharedService &&
                   random.bernoulli(parameters_.merge_probability)) {
            merges_[i] = 1;
        }
        const double target = staff_target_fte(archetype, budget, parameters_);
        staff_fte[i] += closing * (target - staff_fte[i]);
    });
    // Sharing a service changes two authorities: applied in index order.
    for (std::size_t i = 0; i < kind.size(); ++i)
        if (merges_[i]) {
            archetypes[i] = Archetype::SharedService;
            archetypes[static_cast<std::size_t>(parent_epci[i])] = Archetype::SharedService;
        }
}

} // namespace paradiplo
