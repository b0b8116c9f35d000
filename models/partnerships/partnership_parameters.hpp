#pragma once
// Partnership activity and formation ([model.partnerships]).
namespace paradiplo {

struct PartnershipParameters {
    double twinning_need_eur;    ///< monthly funding at which a twinning is fully active
    double cooperation_need_eur; ///< monthly funding at which a cooperation is fully active
    double activity_rate;        ///< share of the gap to the funded level closed each month
    double activity_noise;       ///< sigma of monthly activity noise
    double activity_threshold;   ///< activity below which a partnership is at risk
    int dormancy_months;         ///< months below threshold before becoming dormant
    double momentum_loss;        ///< monthly probability that an active one goes dormant anyway
    double revival_probability;  ///< monthly probability that a funded dormant one revives
    int end_after_months;        ///< months dormant after which it may end
    double end_probability;      ///< monthly probability of ending once past that
    double travel_sensitivity;   ///< activity lost at full travel restriction
    double formation_rate;       ///< monthly probability of seeking a partner at free capacity
    double entry_rate;           ///< monthly probability that a non-engaged authority seeks one
    double francophone_bonus, eu_bonus; ///< partner-choice weight multipliers
    double distance_scale_km;           ///< partner choice decays as exp(-distance / scale)
    double alignment_weight;            ///< weight of priority-needs alignment in partner choice
};

} // namespace paradiplo
