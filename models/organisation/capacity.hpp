#pragma once
// What an organisation can carry: staff it keeps without budget, partnerships it can run.
#include "engine/core/taxonomy.hpp"
#include "models/organisation/organisation_parameters.hpp"

#include <algorithm>
#include <array>

namespace paradiplo {

/// Staff kept by each archetype regardless of budget, FTE (assumption).
inline constexpr std::array<double, kArchetypeCount> kBaseStaffFte{0.0, 0.3, 1.5, 4.0, 5.0};
/// Partnerships an archetype runs before counting staff (assumption).
inline constexpr std::array<double, kArchetypeCount> kBaseCapacity{2.0, 4.0, 8.0, 16.0, 20.0};
/// Relative success in co-financing calls by archetype (assumption).
inline constexpr std::array<double, kArchetypeCount> kCallSuccess{0.0, 0.3, 0.6, 1.0, 1.0};

inline double staff_target_fte(Archetype archetype, double budget_eur,
                               const OrganisationParameters& p) {
    if (archetype == Archetype::None) return 0.0;
    return kBaseStaffFte[static_cast<int>(archetype)] + p.staff_per_million_eur * budget_eur / 1e6;
}

/// Most partnerships any authority can run: far above any portfolio the model produces, it keeps
/// the count an int when the staff parameters sit at the ends of their declared ranges.
inline constexpr double kMaxPartnershipCapacity = 1e6;

inline int partnership_capacity(Archetype archetype, double staff_fte,
                                const OrganisationParameters& parameters) {
    return static_cast<int>(std::min(kBaseCapacity[static_cast<int>(archetype)] +
                                         parameters.partnerships_per_fte * staff_fte,
                                     kMaxPartnershipCapacity));
}

inline bool is_structured(Archetype archetype) {
    return archetype == Archetype::Directorate || archetype == Archetype::SharedService;
}

} // namespace paradiplo
