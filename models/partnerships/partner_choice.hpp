#pragma once
// How a French authority picks a country, a domain and a partner: shared by the initial
// population and by monthly formation, so both follow the same preferences.
#include "engine/core/random_stream.hpp"
#include "engine/core/world_access.hpp"
#include "models/partnerships/partner_sampler.hpp"
#include "models/partnerships/partnership_parameters.hpp"

#include <vector>

namespace paradiplo {

struct Proposal {
    std::int32_t partner = -1;
    Domain domain = Domain::Europe;
    PartnershipKind kind = PartnershipKind::Twinning;
    double scale = 1.0; ///< the partnership's intensity
};

/// What partner choice reads: the countries, their partners' capacity, the authority's priorities.
using PartnerChoiceAccess = WorldAccess<
    Reads<&Countries::tie_weight, &Countries::francophone, &Countries::eu, &Countries::distance_km,
          &Countries::dac_eligible, &Countries::continent, &Countries::first_partner,
          &Countries::partner_count, &Authorities::priority, &Context::suspended_country>,
    Writes<>>;

/// Country weights for authority `authority`; suspended countries weigh 0.
/// `historical_only`: the initial stock follows the tie weights alone.
void country_weights(const PartnerChoiceAccess& view, int authority,
                     const PartnershipParameters& parameters, bool historical_only,
                     std::vector<double>& weights);

/// A proposal drawn from `weights`: a country, then one of its foreign authorities with room by
/// `partners` (partner_weight); partner -1 when none has room.
Proposal draw_proposal(const PartnerChoiceAccess& view, int authority,
                       const PartnershipParameters& parameters, const std::vector<double>& weights,
                       const PartnerSampler& sampler, RandomStream& random);

} // namespace paradiplo
