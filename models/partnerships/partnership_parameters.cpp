#include "models/partnerships/partnership_parameters.hpp"

namespace paradiplo {

ParameterList<PartnershipParameters> PartnershipParameters::describe() {
    using P = PartnershipParameters;
    constexpr auto K = Basis::Calibrated;
    constexpr auto A = Basis::Assumption;
    ParameterList<P> list;
    list.real("twinning_need_eur", &P::twinning_need_eur, {1.0, 1.0e6}, "EUR/month", A,
              "Monthly funding at which a twinning is fully active.")
        .real("cooperation_need_eur", &P::cooperation_need_eur, {1.0, 1.0e7}, "EUR/month", A,
              "Monthly funding at which a development cooperation is fully active.")
        .real("activity_rate", &P::activity_rate, {0.0, 1.0}, "1/month", A,
              "Share of the gap to the funded activity level closed each month.")
        .real("activity_noise", &P::activity_noise, {0.0, 1.0}, "1", A,
              "Standard deviation of monthly activity noise.")
        .real("activity_threshold", &P::activity_threshold, {0.0, 1.0}, "1", A,
              "Activity below which a partnership is at risk of dormancy.")
        .integer("dormancy_months", &P::dormancy_months, {1, 120}, "months", A,
                 "Consecutive months below the threshold before dormancy.")
        .real("momentum_loss", &P::momentum_loss, {0.0, 1.0}, "1/month", K,
              "Monthly probability that an active partnership lapses anyway (tripled in a new "
              "team's first year).")
        .real("revival_probability", &P::revival_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability that a dormant partnership revives when funds allow.")
        .integer("end_after_months", &P::end_after_months, {1, 240}, "months", A,
                 "Months dormant after which a partnership may end.")
        .real("end_probability", &P::end_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability of ending once past that.")
        .real("travel_sensitivity", &P::travel_sensitivity, {0.0, 1.0}, "1", A,
              "Share of activity and formation lost at full travel restriction.")
        .real("formation_rate", &P::formation_rate, {0.0, 1.0}, "1/month", K,
              "Monthly probability that an engaged authority with free capacity seeks a partner.")
        .real("entry_rate", &P::entry_rate, {0.0, 1.0}, "1/month", K,
              "Monthly probability that a non-engaged authority seeks a first partner, times its "
              "engagement propensity.")
        .real("francophone_bonus", &P::francophone_bonus, {0.0, 10.0}, "1", A,
              "Partner-choice weight multiplier for francophone (OIF) countries.")
        .real("eu_bonus", &P::eu_bonus, {0.0, 10.0}, "1", A,
              "Partner-choice weight multiplier for EU members.")
        .real("distance_scale_km", &P::distance_scale_km, {100.0, 100000.0}, "km", A,
              "Partner choice decays as exp(-distance / scale).")
        .real("alignment_weight", &P::alignment_weight, {0.0, 5.0}, "1", A,
              "Weight of the match between priorities and the partner's needs.");
    return list;
}

} // namespace paradiplo
