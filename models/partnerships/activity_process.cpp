#include "models/partnerships/activity_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"
#include "models/partnerships/partnership_need.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace paradiplo {
namespace {

/// An authority's open partnerships (its rows of the index, ascending) in its funding order: the
/// priority of their domain, highest first (the domain listed first on a tie), then the earlier
/// row. A counting sort over the nine domains, without allocation: it runs for every authority
/// every month, and portfolios reach hundreds of rows at the ends of the parameter ranges.
template <class PriorityRow>
void funding_order(const PriorityRow& priority, const std::int32_t* first, const std::int32_t* last,
                   const std::vector<Domain>& domain, std::vector<std::int32_t>& order) {
    order.resize(static_cast<std::size_t>(last - first));
    if (first == last) return;
    // A domain's rank: the domains that come before it.
    std::array<std::size_t, kDomainCount> rank{};
    for (std::size_t d = 0; d < kDomainCount; ++d)
        for (std::size_t e = 0; e < kDomainCount; ++e)
            if (priority[e] > priority[d] || (priority[e] == priority[d] && e < d)) ++rank[d];
    const auto rank_of = [&](std::int32_t row) {
        return rank[static_cast<std::size_t>(domain[static_cast<std::size_t>(row)])];
    };
    std::array<std::size_t, kDomainCount + 1> start{};
    for (const std::int32_t* row = first; row != last; ++row)
        ++start[rank_of(*row) + 1];
    for (std::size_t r = 0; r < kDomainCount; ++r)
        start[r + 1] += start[r];
    for (const std::int32_t* row = first; row != last; ++row)
        order[start[rank_of(*row)]++] = *row;
}

} // namespace

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
    const auto& intensity = view.read<&Partnerships::intensity>();
    const auto& partner_country = view.read<&Partners::country>();
    const auto& partner_class = view.read<&Partners::population_class>();
    const auto& dac_eligible = view.read<&Countries::dac_eligible>();
    const auto& offset = view.read<&PartnershipIndex::offset>();
    const auto& rows = view.read<&PartnershipIndex::rows>();
    const auto& suspended_country = view.read<&Context::suspended_country>();
    const double travel_restriction = view.read<&Context::travel_restriction>();
    const double cost_index = view.read<&Context::cost_index>();
    auto& funding_eur = view.write<&Partnerships::funding_eur>();
    auto& activity = view.write<&Partnerships::activity>();
    auto& status = view.write<&Partnerships::status>();
    auto& event = view.write<&Partnerships::event>();
    auto& months_low = view.write<&Partnerships::months_low>();
    auto& months_dormant = view.write<&Partnerships::months_dormant>();
    const MonthlyLines lines = monthly_lines(view, i, budget_);
    view.write<&Authorities::humanitarian_eur>()[i] = lines.humanitarian_eur;

    thread_local std::vector<std::int32_t> order;
    funding_order(priority.row(static_cast<Eigen::Index>(i)), rows.data() + offset[i],
                  rows.data() + offset[i + 1], domain, order);

    const bool new_team = months_since_team_change[i] < parameters_.new_team_months;
    double left_eur = lines.partnership_pool_eur;
    double spending = 0.0, dac_spending = 0.0;
    // Two passes in the authority's order: active partnerships are funded first; dormant ones
    // then revive only from what they left (one that lapsed this month waits).
    for (const bool reviving : {false, true}) {
        for (const std::int32_t order_row : order) {
            const auto row = static_cast<std::size_t>(order_row);
            const auto partner_row = static_cast<std::size_t>(partner[row]);
            const auto country = static_cast<std::size_t>(partner_country[partner_row]);
            const bool suspended = suspended_country[country] != 0;
            const bool active = status[row] == PartnershipStatus::Active;
            const bool dormant =
                status[row] == PartnershipStatus::Dormant && event[row] == PartnershipEvent::None;
            if (reviving ? suspended || !dormant : !suspended && !active) continue;
            funding_eur[row] = 0.0;
            if (suspended) { // frozen while the suspension lasts
                if (active) {
                    status[row] = PartnershipStatus::Dormant;
                    event[row] = PartnershipEvent::Dormant;
                }
                months_dormant[row] = 0;
                continue;
            }
            RandomStream random(view.seed(), static_cast<std::uint32_t>(row), view.step(),
                                StreamTag::Activity);
            const double need =
                partnership_need_eur(parameters_, kind[row], domain[row], intensity[row],
                                     partner_class[partner_row], cost_index);
            const auto fund = [&] {
                funding_eur[row] = std::min(need, left_eur);
                left_eur -= funding_eur[row];
                spending += funding_eur[row];
                if (dac_eligible[country]) dac_spending += funding_eur[row];
            };
            if (!reviving) {
                fund();
                activity[row] =
                    next_activity(activity[row], funding_eur[row], need, travel_restriction,
                                  parameters_.activity_noise * random.normal());
                months_low[row] = activity[row] < parameters_.activity_threshold
                                      ? static_cast<std::int16_t>(months_low[row] + 1)
                                      : std::int16_t{0};
                // A new team more often lets inherited partnerships lapse.
                const double loss =
                    parameters_.momentum_loss * (new_team ? parameters_.new_team_loss_factor : 1.0);
                if (months_low[row] >= parameters_.dormancy_months || random.bernoulli(loss)) {
                    status[row] = PartnershipStatus::Dormant;
                    event[row] = PartnershipEvent::Dormant;
                    months_dormant[row] = 0;
                }
                continue;
            }
            ++months_dormant[row];
            const double room = std::min(1.0, left_eur / need);
            if (random.bernoulli(parameters_.revival_probability * room)) {
                status[row] = PartnershipStatus::Active;
                event[row] = PartnershipEvent::Revived;
                activity[row] = parameters_.revival_activity;
                months_low[row] = 0;
                months_dormant[row] = 0;
                fund();
            } else if (months_dormant[row] >= parameters_.end_after_months &&
                       random.bernoulli(parameters_.end_probability)) {
                status[row] = PartnershipStatus::Ended;
                event[row] = PartnershipEvent::Ended;
            }
        }
    }
    view.write<&Authorities::partnership_spending_eur>()[i] = spending;
    view.write<&Authorities::dac_spending_eur>()[i] = dac_spending;
    view.write<&Authorities::partnership_room_eur>()[i] = left_eur;
}

void ActivityProcess::run(Access view) {
    auto& event = view.write<&Partnerships::event>();
    std::fill(event.begin(), event.end(), PartnershipEvent::None);
    parallel_for_each_index(view.read<&Authorities::engaged>().size(),
                            [&](std::size_t i) { fund_authority(view, i); });
}

} // namespace paradiplo
