#include "models/organisation/organisation_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"
#include "models/budget/planned_budget.hpp"
#include "models/organisation/capacity.hpp"
#include "models/population/programmes.hpp"

#include <cmath>

namespace paradiplo {

Archetype OrganisationProcess::next_archetype(Archetype archetype, bool engaged,
                                              double budget_eur, double planned_eur,
                                              double u) const {
    const auto& p = parameters_;
    if (engaged && u < p.creation_probability) {
        if (archetype < Archetype::Unit && budget_eur > p.creation_budget_eur)
            return static_cast<Archetype>(static_cast<int>(archetype) + 1);
        if (archetype == Archetype::Unit && budget_eur > p.directorate_budget_eur)
            return Archetype::Directorate;
    }
    if (archetype >= Archetype::Unit && budget_eur < p.downsizing_cut * planned_eur &&
        u < p.downsizing_probability)
        return Archetype::PartTimeOfficer;
    return archetype;
}

void OrganisationProcess::run(Access view) {
    const auto& kind = view.read<&Authorities::kind>();
    const auto& parent_epci = view.read<&Authorities::parent_epci>();
    const auto& engaged = view.read<&Authorities::engaged>();
    const auto& base_revenue_eur = view.read<&Authorities::base_revenue_eur>();
    const auto& commitment_share = view.read<&Authorities::commitment_share>();
    const auto& international_budget_eur = view.read<&Authorities::international_budget_eur>();
    auto& archetypes = view.write<&Authorities::archetype>();
    auto& attachment = view.write<&Authorities::attachment>();
    auto& perimeter = view.write<&Authorities::delegate_perimeter>();
    auto& staff_fte = view.write<&Authorities::staff_fte>();
    // Half-life in months.
    const double closing = 1.0 - std::pow(0.5, 1.0 / parameters_.staff_lag_months);
    merges_.assign(kind.size(), 0);
    parallel_for_each_index(kind.size(), [&](std::size_t i) {
        RandomStream random(view.seed(), static_cast<std::uint32_t>(i), view.step(),
                            StreamTag::Organisation);
        Archetype& archetype = archetypes[i];
        const double budget = international_budget_eur[i];
        const double planned = planned_budget_eur(base_revenue_eur[i], commitment_share[i],
                                                  archetype, perimeter[i], budget_);
        const Archetype next =
            next_archetype(archetype, engaged[i] != 0, budget, planned, random.uniform());
        if (next > archetype && next >= Archetype::Unit) {
            attachment[i] = Attachment::GeneralDirection;
        } else if (next < archetype) {
            attachment[i] = Attachment::Cabinet;
            perimeter[i] = kDelegatePerimeters[0];
        } else if (kind[i] == AuthorityKind::Commune && parent_epci[i] >= 0 &&
                   archetype >= Archetype::Unit && archetype != Archetype::SharedService &&
                   random.bernoulli(parameters_.merge_probability)) {
            merges_[i] = 1;
        }
        archetype = next;
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
