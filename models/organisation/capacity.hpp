#pragma once
// What an organisation can carry: staff it keeps without budget, partnerships it can run.
#include "engine/core/taxonomy.hpp"
#include "models/organisation/organisation_parameters.hpp"

#include <algorithm>

namespace paradiplo {

inline constexpr double kEurPerMillion = 1e6; ///< unit conversion

/// Staff an organisation moves towards: its base staff plus staff in proportion to its budget.
inline double staff_target_fte(Archetype archetype, double budget_eur,
                               const OrganisationParameters& p) {
    if (archetype == Archetype::None) return 0.0;
    return p.base_staff_fte[static_cast<std::size_t>(archetype)] +
           p.staff_per_million_eur * budget_eur / kEurPerMillion;
}

/// Most partnerships any authority can run: far above any portfolio the model produces, it keeps
/// the count an int when the staff parameters sit at the ends of their declared ranges.
inline constexpr double kMaxPartnershipCapacity = 1e6;

inline int partnership_capacity(Archetype archetype, double staff_fte,
                                const OrganisationParameters& parameters) {
    return static_cast<int>(std::min(parameters.base_capacity[static_cast<std::size_t>(archetype)] +
                                         parameters.partnerships_per_fte * staff_fte,
                                     kMaxPartnershipCapacity));
}

inline bool is_structured(Archetype archetype) {
    return archetype == Archetype::Directorate || archetype == Archetype::SharedService;
}

} // namespace paradiplo
