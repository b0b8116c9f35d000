#pragma once
// Partnership activity and formation ([model.partnerships]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct PartnershipParameters {
    double twinning_need_eur = 40.0;     ///< monthly funding at which a twinning is fully active
    double cooperation_need_eur = 600.0; ///< the same for a development cooperation
    double activity_rate = 0.15;         ///< share of the gap to the funded level closed monthly
    double activity_noise = 0.03;        ///< sigma of monthly activity noise
    double activity_threshold = 0.2;     ///< activity below which a partnership is at risk
    int dormancy_months = 6;             ///< months below threshold before becoming dormant
    double momentum_loss = 0.002;        ///< monthly probability that an active one lapses anyway
    double revival_probability = 0.03;   ///< monthly probability that a funded dormant one revives
    int end_after_months = 24;           ///< months dormant after which it may end
    double end_probability = 0.05;       ///< monthly probability of ending once past that
    double travel_sensitivity = 0.4;     ///< activity lost at full travel restriction
    double formation_rate = 0.015;       ///< monthly probability of seeking a partner
    double entry_rate = 0.002;           ///< the same for a non-engaged authority
    double francophone_bonus = 1.5;      ///< partner-choice weight multiplier, OIF countries
    double eu_bonus = 1.3;               ///< partner-choice weight multiplier, EU members
    double distance_scale_km = 8000.0;   ///< partner choice decays as exp(-distance / scale)
    double alignment_weight = 0.5;       ///< weight of priority-needs alignment in partner choice

    static ParameterList<PartnershipParameters> describe();
};

} // namespace paradiplo
