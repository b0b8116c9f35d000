#include "models/elections/election_process.hpp"

#include "engine/core/parallel.hpp"
#include "models/population/programmes.hpp"
#include "engine/core/random_stream.hpp"

#include <algorithm>
#include <cmath>

namespace paradiplo {

ElectionScope election_scope(AuthorityKind kind) {
    switch (kind) {
    case AuthorityKind::Departement:
        return ElectionScope::Departmental;
    case AuthorityKind::Region:
        return ElectionScope::Regional;
    default:
        return ElectionScope::Municipal; // EPCI councils follow the municipal vote
    }
}

void ElectionProcess::step(World& world) {
    Authorities& a = world.authorities;
    const Context& c = world.context;
    parallel_for_each_index(a.size(), [&](std::size_t i) {
        if (a.months_since_team_change[i] < 32000) ++a.months_since_team_change[i];
        const auto scope = static_cast<std::size_t>(election_scope(a.kind[i]));
        if (!c.election_now[scope]) return;
        double shift = 0.0;
        Domain shift_domain = Domain::Climate;
        for (const auto& programme_shift : c.programme_shifts)
            if (std::binary_search(programme_shift.authorities.begin(),
                                   programme_shift.authorities.end(),
                                   static_cast<std::int32_t>(i))) {
                shift = programme_shift.weight;
                shift_domain = programme_shift.domain;
            }
        RandomStream random(world.seed, static_cast<std::uint32_t>(i), world.step,
                            StreamTag::Elections);
        const bool team_changes = random.bernoulli(c.election_turnover[scope]) || shift > 0.0;
        if (!team_changes) return;
        // The new programme mixes the kind's typical programme with the debate of the moment.
        const DomainVector mean = 0.5 * typical_programme(a.kind[i]) + 0.5 * c.salience;
        DomainVector programme;
        for (int d = 0; d < kDomainCount; ++d)
            programme[d] =
                random.gamma(std::max(1e-3, parameters_.programme_concentration * mean[d]));
        programme /= programme.sum();
        if (shift > 0.0) {
            programme *= 1.0 - shift;
            programme[static_cast<int>(shift_domain)] += shift;
        }
        a.programme.row(static_cast<Eigen::Index>(i)) = programme;
        a.commitment_share[i] *= std::exp(parameters_.commitment_change_sigma * random.normal());
        a.months_since_team_change[i] = 0;
    });
}

} // namespace paradiplo
