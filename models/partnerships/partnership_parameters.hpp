#pragma once
// Partnership needs, activity and formation ([model.partnerships]).
#include "engine/core/parameters.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>

namespace paradiplo {

struct PartnershipParameters {
    double twinning_need_eur = 700.0;     ///< monthly need of a twinning at every factor 1
    double cooperation_need_eur = 3000.0; ///< the same for a development cooperation
    /// Need multiplier by domain (order of Domain): investments cost more than exchanges.
    std::array<double, kDomainCount> domain_need_factor{1.2, 1.5, 1.0, 0.8, 0.6,
                                                        0.8, 0.6, 1.3, 0.9};
    double means_elasticity = 1.0;        ///< scale of a new partnership vs the means per one
    double min_scale = 0.1;               ///< least scale of a partnership
    double intensity_sigma = 0.3;         ///< log-normal sigma of a partnership's scale
    double partner_size_need_step = 0.25; ///< need added per size class of the partner
    double activity_rate = 0.15;          ///< share of the gap to the funded level closed monthly
    double activity_noise = 0.03;         ///< sigma of monthly activity noise
    double activity_threshold = 0.2;      ///< activity below which a partnership is at risk
    int dormancy_months = 6;              ///< months below threshold before becoming dormant
    double momentum_loss = 0.002;         ///< monthly probability that an active one lapses anyway
    int new_team_months = 12;             ///< months during which a team counts as new
    double new_team_loss_factor = 3.0;    ///< momentum loss multiplier under a new team
    double revival_probability = 0.03;    ///< monthly probability that a funded dormant one revives
    double revival_activity = 0.3;        ///< activity of a revived partnership
    int end_after_months = 24;            ///< months dormant after which it may end
    double end_probability = 0.05;        ///< monthly probability of ending once past that
    double travel_sensitivity = 0.4;      ///< activity lost at full travel restriction
    double formation_rate = 0.05;         ///< monthly probability of seeking a partner
    double entry_rate = 0.002;            ///< the same for a non-engaged authority
    double new_activity = 0.5;            ///< activity of a partnership in its first month
    double francophone_bonus = 1.5;       ///< partner-choice weight multiplier, OIF countries
    double eu_bonus = 1.3;                ///< partner-choice weight multiplier, EU members
    double distance_scale_km = 8000.0;    ///< partner choice decays as exp(-distance / scale)
    double alignment_weight = 0.5;        ///< weight of priority-needs alignment in partner choice
    /// What partners ask for, by domain (order of Domain; normalised at use).
    std::array<double, kDomainCount> development_needs{0.10, 0.20, 0.20, 0.04, 0.01,
                                                       0.14, 0.05, 0.13, 0.13};
    std::array<double, kDomainCount> exchange_needs{0.10, 0.04, 0.02, 0.15, 0.26,
                                                    0.17, 0.20, 0.02, 0.04};
    double alignment_floor = 0.05;        ///< least alignment multiplier of a country's weight
    double preferential_attachment = 0.3; ///< weight added per French partner a partner holds

    static ParameterList<PartnershipParameters> describe();
};

} // namespace paradiplo
