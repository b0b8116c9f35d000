#include "models/partnerships/activity_process.hpp"

#include "models/budget/monthly_lines.hpp"
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

void ActivityProcess::fund_authority(World& world, std::size_t i) const {
    Authorities& a = world.authorities;
    Partnerships& p = world.partnerships;
    const Context& c = world.context;
    const auto& q = parameters_;
    const MonthlyLines lines = monthly_lines(a, i, c, budget_, refugee_reception_eur_);
    a.humanitarian_eur[i] = lines.humanitarian_eur;
    a.refugees_eur[i] = lines.refugees_eur;

    const auto first = static_cast<std::size_t>(world.by_authority.offset[i]);
    const auto last = static_cast<std::size_t>(world.by_authority.offset[i + 1]);
    const auto suspended = [&](std::size_t row) {
        const auto partner = static_cast<std::size_t>(p.partner[row]);
        return c.suspended_country[static_cast<std::size_t>(world.partners.country[partner])] != 0;
    };
    // The pool is shared among active partnerships by the priority of their domain.
    double weight_total = 0.0;
    int active = 0;
    for (std::size_t k = first; k < last; ++k) {
        const auto row = static_cast<std::size_t>(world.by_authority.rows[k]);
        if (p.status[row] == PartnershipStatus::Active && !suspended(row)) {
            weight_total +=
                a.priority(static_cast<Eigen::Index>(i), static_cast<int>(p.domain[row]));
            ++active;
        }
    }
    double spending = 0.0, dac_spending = 0.0;
    for (std::size_t k = first; k < last; ++k) {
        const auto row = static_cast<std::size_t>(world.by_authority.rows[k]);
        RandomStream random(world.seed, static_cast<std::uint32_t>(row), world.step,
                            StreamTag::Activity);
        p.funding_eur[row] = 0.0;
        const double need =
            p.kind[row] == PartnershipKind::Twinning ? q.twinning_need_eur : q.cooperation_need_eur;
        if (suspended(row)) { // frozen: dormant while the suspension lasts, clocks stopped
            if (p.status[row] == PartnershipStatus::Active) {
                p.status[row] = PartnershipStatus::Dormant;
                p.event[row] = PartnershipEvent::Dormant;
            }
            continue;
        }
        if (p.status[row] == PartnershipStatus::Active) {
            const double weight =
                a.priority(static_cast<Eigen::Index>(i), static_cast<int>(p.domain[row]));
            const double funding = lines.partnership_pool_eur * weight / weight_total;
            p.funding_eur[row] = funding;
            spending += funding;
            const auto partner = static_cast<std::size_t>(p.partner[row]);
            if (world.countries
                    .dac_eligible[static_cast<std::size_t>(world.partners.country[partner])])
                dac_spending += funding;
            p.activity[row] = next_activity(p.activity[row], funding, need, c.travel_restriction,
                                            q.activity_noise * random.normal());
            p.months_low[row] = p.activity[row] < q.activity_threshold
                                    ? static_cast<std::int16_t>(p.months_low[row] + 1)
                                    : std::int16_t{0};
            // A new team more often lets inherited partnerships lapse in its first year.
            const double loss = q.momentum_loss * (a.months_since_team_change[i] < 12 ? 3.0 : 1.0);
            if (p.months_low[row] >= q.dormancy_months || random.bernoulli(loss)) {
                p.status[row] = PartnershipStatus::Dormant;
                p.event[row] = PartnershipEvent::Dormant;
                p.months_dormant[row] = 0;
            }
        } else if (p.status[row] == PartnershipStatus::Dormant) {
            ++p.months_dormant[row];
            const double room = std::min(1.0, lines.partnership_pool_eur / (need * (active + 1)));
            if (random.bernoulli(q.revival_probability * room)) {
                p.status[row] = PartnershipStatus::Active;
                p.event[row] = PartnershipEvent::Revived;
                p.activity[row] = q.activity_threshold + 0.1;
                p.months_low[row] = 0;
                ++active;
            } else if (p.months_dormant[row] >= q.end_after_months &&
                       random.bernoulli(q.end_probability)) {
                p.status[row] = PartnershipStatus::Ended;
                p.event[row] = PartnershipEvent::Ended;
            }
        }
    }
    a.partnership_spending_eur[i] = spending;
    a.dac_spending_eur[i] = dac_spending;
}

void ActivityProcess::step(World& world) {
    Partnerships& p = world.partnerships;
    std::fill(p.event.begin(), p.event.end(), PartnershipEvent::None);
    parallel_for_each_index(world.authorities.size(),
                            [&](std::size_t i) { fund_authority(world, i); });
}

} // namespace paradiplo
