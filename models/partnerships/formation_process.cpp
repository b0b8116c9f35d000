#include "models/partnerships/formation_process.hpp"

#include "models/elections/election_process.hpp"
#include "models/organisation/capacity.hpp"
#include "engine/core/parallel.hpp"
#include "models/population/population_generator.hpp"

#include <algorithm>

namespace paradiplo {

double FormationProcess::seeking_probability(const World& world, std::size_t i) const {
    const Authorities& a = world.authorities;
    const Context& c = world.context;
    const auto& q = parameters_;
    const double reserve = c.reserve_factor[static_cast<std::size_t>(election_scope(a.kind[i]))];
    // Travel restrictions and the pre-election reserve both hold back new commitments.
    const double mood =
        (1.0 - q.travel_sensitivity * c.travel_restriction) * (1.0 - reserve * reserve_strength_);
    if (!a.engaged[i])
        return q.entry_rate * engagement_propensity(a.kind[i], a.population[i], population_) * mood;
    const int open = world.by_authority.offset[i + 1] - world.by_authority.offset[i];
    const int capacity = partnership_capacity(a.archetype[i], a.staff_fte[i], organisation_);
    if (open >= capacity) return 0.0;
    // Money for one more partnership at the typical cost of a twinning.
    const double pool = a.international_budget_eur[i] / 12.0 * (1.0 - budget_.humanitarian_share) +
                        a.cofinancing_eur[i] / 12.0;
    const double affordable =
        std::min(1.0, pool / (q.twinning_need_eur * (a.active_partnerships[i] + 1)));
    return q.formation_rate * (1.0 - static_cast<double>(open) / capacity) * affordable * mood;
}

void FormationProcess::step(World& world) {
    Authorities& a = world.authorities;
    proposals_.assign(a.size(), Proposal{});
    parallel_for_each_index(a.size(), [&](std::size_t i) {
        RandomStream random(world.seed, static_cast<std::uint32_t>(i), world.step,
                            StreamTag::Formation);
        if (!random.bernoulli(seeking_probability(world, i))) return;
        thread_local std::vector<double> weights;
        country_weights(world, static_cast<int>(i), parameters_, false, weights);
        proposals_[i] = draw_proposal(world, static_cast<int>(i), weights, random);
    });
    // Resolution in authority order: deterministic whatever the thread count.
    Partners& partners = world.partners;
    Partnerships& p = world.partnerships;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Proposal& proposal = proposals_[i];
        if (proposal.partner < 0) continue;
        const auto partner = static_cast<std::size_t>(proposal.partner);
        if (partners.partnership_count[partner] >= partners.capacity[partner]) continue;
        const auto begin = world.by_authority.rows.begin() + world.by_authority.offset[i];
        const auto end = world.by_authority.rows.begin() + world.by_authority.offset[i + 1];
        if (std::any_of(begin, end, [&](std::int32_t row) {
                return p.partner[static_cast<std::size_t>(row)] == proposal.partner;
            }))
            continue;
        p.add(static_cast<std::int32_t>(i), proposal.partner, proposal.kind, proposal.domain,
              world.step, 0.5);
        ++partners.partnership_count[partner];
    }
    world.by_authority.rebuild(p, a.size()); // also drops the partnerships that ended this month
}

} // namespace paradiplo
