#pragma once
// What a partnership costs: the monthly funding at which it is fully active.
#include "engine/core/world.hpp"
#include "models/partnerships/partnership_parameters.hpp"

#include <algorithm>
#include <cmath>

namespace paradiplo {

inline double base_need_eur(const PartnershipParameters& p, PartnershipKind kind) {
    return kind == PartnershipKind::Twinning ? p.twinning_need_eur : p.cooperation_need_eur;
}

/// The scale a new partnership is signed at: the authority's monthly means per partnership
/// against the kind's base need at today's costs, to the means elasticity (at least min_scale).
/// Signed once: later cuts leave it underfunded rather than smaller.
inline double programme_scale(const PartnershipParameters& p, PartnershipKind kind,
                              double means_eur, double cost_index) {
    const double ratio = means_eur / (base_need_eur(p, kind) * cost_index);
    return std::max(p.min_scale, std::pow(std::max(ratio, 0.0), p.means_elasticity));
}

/// Monthly need, EUR: the base need of the partnership's kind times the factor of its domain, its
/// scale, the partner's size class (0 small town .. 3 large city) and the cost index.
inline double partnership_need_eur(const PartnershipParameters& p, PartnershipKind kind,
                                   Domain domain, double scale, int partner_size_class,
                                   double cost_index) {
    return base_need_eur(p, kind) * p.domain_need_factor[static_cast<std::size_t>(domain)] * scale *
           (1.0 + p.partner_size_need_step * partner_size_class) * cost_index;
}

} // namespace paradiplo
