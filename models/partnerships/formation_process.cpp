#include "models/partnerships/formation_process.hpp"

#include "engine/core/parallel.hpp"
#include "models/elections/election_process.hpp"
#include "models/organisation/capacity.hpp"
#include "models/partnerships/partnership_need.hpp"
#include "models/population/population_generator.hpp"

#include <algorithm>

namespace paradiplo {

double FormationProcess::seeking_probability(const Access& view, std::size_t i) const {
    const auto& kind = view.read<&Authorities::kind>();
    const auto& offset = view.read<&PartnershipIndex::offset>();
    const double reserve =
        view.read<&Context::reserve_factor>()[static_cast<std::size_t>(election_scope(kind[i]))];
    // Travel restrictions and the pre-election reserve both hold back new commitments.
    const double mood =
        (1.0 - parameters_.travel_sensitivity * view.read<&Context::travel_restriction>()) *
        (1.0 - reserve * reserve_strength_);
    if (!view.read<&Authorities::engaged>()[i])
        return parameters_.entry_rate *
               engagement_propensity(kind[i], view.read<&Authorities::population>()[i],
                                     population_) *
               mood;
    const int open = offset[i + 1] - offset[i];
    const int capacity =
        partnership_capacity(view.read<&Authorities::archetype>()[i],
                             view.read<&Authorities::staff_fte>()[i], organisation_);
    if (open >= capacity) return 0.0;
    // Money left this month in the partnership line, against the need of a plain twinning.
    const double affordable =
        std::min(1.0, view.read<&Authorities::partnership_room_eur>()[i] /
                          (parameters_.twinning_need_eur * view.read<&Context::cost_index>()));
    return parameters_.formation_rate * (1.0 - static_cast<double>(open) / capacity) * affordable *
           mood;
}

void FormationProcess::run(Access view) {
    const std::size_t authorities = view.read<&Authorities::kind>().size();
    proposals_.assign(authorities, Proposal{});
    // Counts do not change while proposals are drawn: the weights are those of the month (the
    // counts are read through the write the process declares, for accepted proposals).
    sampler_.rebuild(view.read<&Partners::capacity>(), view.write<&Partners::partnership_count>(),
                     parameters_.preferential_attachment);
    parallel_for_each_index(authorities, [&](std::size_t i) {
        RandomStream random(view.seed(), static_cast<std::uint32_t>(i), view.step(),
                            StreamTag::Formation);
        if (!random.bernoulli(seeking_probability(view, i))) return;
        thread_local std::vector<double> weights;
        country_weights(view, static_cast<int>(i), parameters_, false, weights);
        Proposal proposal =
            draw_proposal(view, static_cast<int>(i), parameters_, weights, sampler_, random);
        // Signed at the authority's means: what this month's partnership line left.
        proposal.scale *= programme_scale(parameters_, proposal.kind,
                                          view.read<&Authorities::partnership_room_eur>()[i],
                                          view.read<&Context::cost_index>());
        proposals_[i] = proposal;
    });
    // Resolution in authority order: deterministic whatever the thread count.
    const auto& capacity = view.read<&Partners::capacity>();
    auto& partnership_count = view.write<&Partners::partnership_count>();
    const auto& partner_of = view.read<&Partnerships::partner>();
    const auto partnerships = view.append<&World::partnerships>();
    auto& offset = view.write<&PartnershipIndex::offset>();
    auto& rows = view.write<&PartnershipIndex::rows>();
    for (std::size_t i = 0; i < authorities; ++i) {
        const Proposal& proposal = proposals_[i];
        if (proposal.partner < 0) continue;
        const auto partner = static_cast<std::size_t>(proposal.partner);
        if (partnership_count[partner] >= capacity[partner]) continue;
        const auto begin = rows.begin() + offset[i];
        const auto end = rows.begin() + offset[i + 1];
        if (std::any_of(begin, end, [&](std::int32_t row) {
                return partner_of[static_cast<std::size_t>(row)] == proposal.partner;
            }))
            continue;
        partnerships.add(static_cast<std::int32_t>(i), proposal.partner, proposal.kind,
                         proposal.domain, proposal.scale, view.step(), parameters_.new_activity);
        ++partnership_count[partner];
    }
    // Also drops the partnerships that ended this month.
    PartnershipIndex::rebuild_partnership_index(offset, rows, partnerships.table(), authorities);
}

} // namespace paradiplo
