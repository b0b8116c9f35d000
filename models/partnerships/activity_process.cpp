#include "models/partnerships/activity_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"

#include <algorithm>

namespace paradiplo {

double ActivityProcess::next_activity(double activity, double funding_eur, double need_eur,
                                      double travel_restriction, double noise) const {
    const double adequacy = std::min(1.0, funding_eur / need_eur);
    const double reachable = adequacy * (1.0 - parameters_.travel_sensitivity * travel_restriction);
    return std::clamp(activity + parameters_.activity_rate * (reachable - activity) + noise, 0.0,
                      1.0);
}

void ActivityProcess::fund_authority(const Access& view, std::size_t i) const {
    const auto& priority = view.read<&Authorities::priority>();
    const auto& months_since_team_change = view.read<&Authorities::months_since_team_change>();
    const auto& partner = view.read<&Partnerships::partner>();
    const auto& kind = view.read<&Partnerships::kind>();
    const auto& domain = view.read<&Partnerships::domain>();
    const auto& partner_country = view.read<&Partners::country>();
    const auto& dac_eligible = view.read<&Countries::dac_eligible>();
    const auto& offset = view.read<&PartnershipIndex::offset>();
    const auto& rows = view.read<&PartnershipIndex::rows>();
    const auto& suspended_country = view.read<&Context::suspended_country>();
    const double travel_restriction = view.read<&Context::travel_restriction>();
    auto& funding_eur = view.write<&Partnerships::funding_eur>();
    auto& activity = view.write<&Partnerships::activity>();
    auto& status = view.write<&Partnerships::status>();
    auto& event = view.write<&Partnerships::event>();
    auto& months_low = view.write<&Partnerships::months_low>();
    auto& months_dormant = view.write<&Partnerships::months_dormant>();
    const MonthlyLines lines = monthly_lines(view, i, budget_, refugee_reception_eur_);
    view.write<&Authorities::humanitarian_eur>()[i] = lines.humanitarian_eur;
    view.write<&Authorities::refugees_eur>()[i] = lines.refugees_eur;

    const auto first = static_cast<std::size_t>(offset[i]);
    const auto last = static_cast<std::size_t>(offset[i + 1]);
    const auto country_of = [&](std::size_t row) {
        return static_cast<std::size_t>(partner_country[static_cast<std::size_t>(partner[row])]);
    };
    const auto suspended = [&](std::size_t row) { return suspended_country[country_of(row)] != 0; };
    // The pool is shared among active partnerships by the priority of their domain.
    double weight_total = 0.0;
    int active = 0;
    for (std::size_t k = first; k < last; ++k) {
        const auto row = static_cast<std::size_t>(rows[k]);
        if (status[row] == PartnershipStatus::Active && !suspended(row)) {
            weight_total += priority(static_cast<Eigen::Index>(i), static_cast<int>(domain[row]));
            ++active;
        }
    }
    double spending = 0.0, dac_spending = 0.0;
    for (std::size_t k = first; k < last; ++k) {
        const auto row = static_cast<std::size_t>(rows[k]);
        RandomStream random(view.seed(), static_cast<std::uint32_t>(row), view.step(),
                            StreamTag::Activity);
        funding_eur[row] = 0.0;
        const double need = kind[row] == PartnershipKind::Twinning
                                ? parameters_.twinning_need_eur
                                : parameters_.cooperation_need_eur;
        if (suspended(row)) { // frozen: dormant while the suspension lasts, clocks stopped
            if (status[row] == PartnershipStatus::Active) {
                status[row] = PartnershipStatus::Dormant;
                event[row] = PartnershipEvent::Dormant;
            }
            continue;
        }
        if (status[row] == PartnershipStatus::Active) {
            const double weight =
                priority(static_cast<Eigen::Index>(i), static_cast<int>(domain[row]));
            const double funding = lines.partnership_pool_eur * weight / weight_total;
            funding_eur[row] = funding;
            spending += funding;
            if (dac_eligible[country_of(row)]) dac_spending += funding;
            activity[row] = next_activity(activity[row], funding, need, travel_restriction,
                                          parameters_.activity_noise * random.normal());
            months_low[row] = activity[row] < parameters_.activity_threshold
                                  ? static_cast<std::int16_t>(months_low[row] + 1)
                                  : std::int16_t{0};
            // A new team more often lets inherited partnerships lapse in its first year.
            const double loss =
                parameters_.momentum_loss * (months_since_team_change[i] < 12 ? 3.0 : 1.0);
            if (months_low[row] >= parameters_.dormancy_months || random.bernoulli(loss)) {
                status[row] = PartnershipStatus::Dormant;
                event[row] = PartnershipEvent::Dormant;
                months_dormant[row] = 0;
            }
        } else if (status[row] == PartnershipStatus::Dormant) {
            ++months_dormant[row];
            const double room = std::min(1.0, lines.partnership_pool_eur / (need * (active + 1)));
            if (random.bernoulli(parameters_.revival_probability * room)) {
                status[row] = PartnershipStatus::Active;
                event[row] = PartnershipEvent::Revived;
                activity[row] = parameters_.activity_threshold + 0.1;
                months_low[row] = 0;
                ++active;
            } else if (months_dormant[row] >= parameters_.end_after_months &&
                       random.bernoulli(parameters_.end_probability)) {
                status[row] = PartnershipStatus::Ended;
                event[row] = PartnershipEvent::Ended;
            }
        }
    }
    view.write<&Authorities::partnership_spending_eur>()[i] = spending;
    view.write<&Authorities::dac_spending_eur>()[i] = dac_spending;
}

void ActivityProcess::run(Access view) {
    auto& event = view.write<&Partnerships::event>();
    std::fill(event.begin(), event.end(), PartnershipEvent::None);
    parallel_for_each_index(view.read<&Authorities::engaged>().size(),
                            [&](std::size_t i) { fund_authority(view, i); });
}

} // namespace paradiplo
