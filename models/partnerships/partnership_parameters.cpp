#include "models/partnerships/partnership_parameters.hpp"

#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace paradiplo {

ParameterList<PartnershipParameters> PartnershipParameters::describe() {
    using P = PartnershipParameters;
    constexpr auto K = Basis::Calibrated;
    constexpr auto A = Basis::Assumption;
    ParameterList<P> list;
    list.real("twinning_need_eur", &P::twinning_need_eur, {1.0, 1.0e6}, "EUR/month", A,
              "Monthly funding at which a twinning is fully active, before the factors of its "
              "domain, scale, partner and the cost index.")
        .real("cooperation_need_eur", &P::cooperation_need_eur, {1.0, 1.0e7}, "EUR/month", A,
              "The same for a development cooperation.");
    list.reals("domain_need_factor", &P::domain_need_factor, kDomainLabels, {0.05, 20.0}, "1", A,
               "Need multiplier of a partnership in this domain: services, health and climate "
               "carry investments, exchanges cost less");
    list.real("means_elasticity", &P::means_elasticity, {0.0, 2.0}, "1", K,
              "A new partnership is signed at a scale of (the authority's means, the month's room "
              "or for the 2020 stock its line per partnership, / the kind's base need at today's "
              "costs) to this power: a city's programmes are larger than a village's twinning.")
        .real("min_scale", &P::min_scale, {0.001, 1.0}, "1", A,
              "Least scale of a partnership (the means-based scale is floored at this).")
        .real("intensity_sigma", &P::intensity_sigma, {0.0, 3.0}, "1", A,
              "Log-normal sigma (mean 1) of a partnership's scale around the means-based one, "
              "drawn when it is formed.")
        .real("partner_size_need_step", &P::partner_size_need_step, {0.0, 5.0}, "1", A,
              "Need added per size class of the foreign partner (0 small town .. 3 large city): "
              "larger partners run larger programmes.")
        .real("activity_rate", &P::activity_rate, {0.0, 1.0}, "1/month", A,
              "Share of the gap to the funded activity level closed each month.")
        .real("activity_noise", &P::activity_noise, {0.0, 1.0}, "1", A,
              "Standard deviation of monthly activity noise.")
        .real("activity_threshold", &P::activity_threshold, {0.0, 1.0}, "1", A,
              "Activity below which a partnership is at risk of dormancy.")
        .integer("dormancy_months", &P::dormancy_months, {1, 120}, "months", A,
                 "Consecutive months below the threshold before dormancy.")
        .real("momentum_loss", &P::momentum_loss, {0.0, 1.0}, "1/month", K,
              "Monthly probability that an active partnership lapses anyway.")
        .integer("new_team_months", &P::new_team_months, {0, 72}, "months", A,
                 "Months after an election during which a team counts as new.")
        .real("new_team_loss_factor", &P::new_team_loss_factor, {1.0, 20.0}, "1", A,
              "Momentum loss multiplier under a new team: it lets inherited partnerships lapse.")
        .real("revival_probability", &P::revival_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability that a dormant partnership revives when its whole need is left "
              "in the partnership line (less in proportion when less is left).")
        .real("revival_activity", &P::revival_activity, {0.0, 1.0}, "1", A,
              "Activity of a partnership in the month it revives.")
        .integer("end_after_months", &P::end_after_months, {1, 240}, "months", A,
                 "Months dormant after which a partnership may end.")
        .real("end_probability", &P::end_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability of ending once past that.")
        .real("travel_sensitivity", &P::travel_sensitivity, {0.0, 1.0}, "1", A,
              "Share of activity and formation lost at full travel restriction.")
        .real("formation_rate", &P::formation_rate, {0.0, 1.0}, "1/month", K,
              "Monthly probability that an engaged authority with free capacity and money left "
              "for a new twinning seeks a partner.")
        .real("entry_rate", &P::entry_rate, {0.0, 1.0}, "1/month", K,
              "Monthly probability that a non-engaged authority seeks a first partner, times its "
              "engagement propensity.")
        .real("new_activity", &P::new_activity, {0.0, 1.0}, "1", A,
              "Activity of a partnership in the month it is formed.")
        .real("francophone_bonus", &P::francophone_bonus, {0.0, 10.0}, "1", A,
              "Partner-choice weight multiplier for francophone (OIF) countries.")
        .real("eu_bonus", &P::eu_bonus, {0.0, 10.0}, "1", A,
              "Partner-choice weight multiplier for EU members.")
        .real("distance_scale_km", &P::distance_scale_km, {100.0, 100000.0}, "km", A,
              "Partner choice decays as exp(-distance / scale).")
        .real("alignment_weight", &P::alignment_weight, {0.0, 5.0}, "1", A,
              "Weight of the match between priorities and the partner's needs.")
        .reals("development_needs", &P::development_needs, kDomainLabels, {0.0, 1.0}, "1", A,
               "Relative demand of partners in DAC-eligible countries for this domain "
               "(normalised over the domains): services, health, governance and solidarity lead")
        .reals("exchange_needs", &P::exchange_needs, kDomainLabels, {0.0, 1.0}, "1", A,
               "Relative demand of other partners for this domain (normalised over the "
               "domains): Europe, culture, education and the economy lead")
        .real("alignment_floor", &P::alignment_floor, {0.0, 1.0}, "1", A,
              "Least multiplier the alignment leaves on a country's weight.")
        .real("preferential_attachment", &P::preferential_attachment, {0.0, 10.0}, "1", A,
              "Within a country, a foreign authority is sought in proportion to its capacity "
              "times (1 + this x the French partners it already has): connected partners "
              "attract more.");
    for (const auto& needs_table : {std::pair{"development_needs", &P::development_needs},
                                    std::pair{"exchange_needs", &P::exchange_needs}}) {
        const auto member = needs_table.second;
        std::vector<std::string> keys;
        keys.reserve(kDomainCount);
        for (const Label& label : kDomainLabels)
            keys.push_back(std::string(needs_table.first) + "." + std::string(label.key));
        list.check(keys, "at least one domain with a positive demand", [member](const P& p) {
            const auto& needs = p.*member;
            return std::accumulate(needs.begin(), needs.end(), 0.0) > 0.0;
        });
    }
    return list;
}

} // namespace paradiplo
