#include "models/elections/election_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"
#include "models/population/programmes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

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

double ElectionProcess::commitment_sigma(Attachment attachment) const {
    return parameters_.commitment_change_sigma *
           (attachment == Attachment::Cabinet ? parameters_.cabinet_volatility : 1.0);
}

void ElectionProcess::run(Access view) {
    const auto& kind = view.read<&Authorities::kind>();
    const auto& election_now = view.read<&Context::election_now>();
    const auto& election_turnover = view.read<&Context::election_turnover>();
    const auto& programme_shifts = view.read<&Context::programme_shifts>();
    const auto& salience = view.read<&Context::salience>();
    auto& months_since_team_change = view.write<&Authorities::months_since_team_change>();
    auto& programmes = view.write<&Authorities::programme>();
    auto& commitment_share = view.write<&Authorities::commitment_share>();
    auto& attachment = view.write<&Authorities::attachment>();
    auto& perimeter = view.write<&Authorities::delegate_perimeter>();
    parallel_for_each_index(kind.size(), [&](std::size_t i) {
        if (months_since_team_change[i] < std::numeric_limits<std::int16_t>::max())
            ++months_since_team_change[i];
        const auto scope = static_cast<std::size_t>(election_scope(kind[i]));
        if (!election_now[scope]) return;
        double shift = 0.0;
        Domain shift_domain = Domain::Climate;
        for (const auto& programme_shift : programme_shifts)
            if (std::binary_search(programme_shift.authorities.begin(),
                                   programme_shift.authorities.end(),
                                   static_cast<std::int32_t>(i))) {
                shift = programme_shift.weight;
                shift_domain = programme_shift.domain;
            }
        RandomStream random(view.seed(), static_cast<std::uint32_t>(i), view.step(),
                            StreamTag::Elections);
        const bool team_changes = random.bernoulli(election_turnover[scope]) || shift > 0.0;
        if (!team_changes) return;
        // The new programme mixes the kind's typical programme with the debate of the moment.
        const double debate = parameters_.debate_share;
        const DomainVector mean =
            (1.0 - debate) * typical_programme(kind[i], parameters_) + debate * salience;
        DomainVector programme = dirichlet(mean, parameters_.programme_concentration, random);
        if (shift > 0.0) {
            programme *= 1.0 - shift;
            programme[static_cast<int>(shift_domain)] += shift;
        }
        programmes.row(static_cast<Eigen::Index>(i)) = programme;
        commitment_share[i] *= std::exp(commitment_sigma(attachment[i]) * random.normal());
        if (random.bernoulli(parameters_.perimeter_change_probability))
            perimeter[i] = kDelegatePerimeters[random.index(kDelegatePerimeters.size())];
        if (random.bernoulli(parameters_.reattachment_probability))
            attachment[i] = static_cast<Attachment>(random.index(kAttachmentCount));
        months_since_team_change[i] = 0;
    });
}

} // namespace paradiplo
