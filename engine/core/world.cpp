#include "engine/core/world.hpp"

namespace paradiplo {

void Authorities::resize(std::size_t n) {
    name.resize(n);
    kind.resize(n);
    population.resize(n);
    region.resize(n);
    departement.resize(n);
    parent_epci.resize(n, -1);
    networks.resize(n);
    base_revenue_eur.resize(n);
    refugee_share.resize(n);
    commitment_share.resize(n);
    programme.setZero(static_cast<Eigen::Index>(n), kDomainCount);
    delegate_perimeter.resize(n);
    archetype.resize(n);
    attachment.resize(n);
    months_since_team_change.resize(n);
    international_budget_eur.resize(n);
    budget_capacity_index.resize(n, 1.0);
    cofinancing_eur.resize(n);
    staff_fte.resize(n);
    priority.setZero(static_cast<Eigen::Index>(n), kDomainCount);
    active_partnerships.resize(n);
    dac_partnerships.resize(n);
    engaged.resize(n);
    partnership_spending_eur.resize(n);
    dac_spending_eur.resize(n);
    humanitarian_eur.resize(n);
    refugees_eur.resize(n);
}

std::int32_t Partnerships::add(std::int32_t authority_index, std::int32_t partner_index,
                               PartnershipKind partnership_kind, Domain primary_domain, int step,
                               double initial_activity) {
    authority.push_back(authority_index);
    partner.push_back(partner_index);
    kind.push_back(partnership_kind);
    domain.push_back(primary_domain);
    start_step.push_back(step);
    activity.push_back(initial_activity);
    status.push_back(PartnershipStatus::Active);
    months_low.push_back(0);
    months_dormant.push_back(0);
    funding_eur.push_back(0.0);
    event.push_back(PartnershipEvent::Created);
    return static_cast<std::int32_t>(authority.size() - 1);
}

void PartnershipIndex::rebuild(const Partnerships& partnerships, std::size_t authorities) {
    offset.assign(authorities + 1, 0);
    for (std::size_t row = 0; row < partnerships.size(); ++row)
        if (partnerships.status[row] != PartnershipStatus::Ended)
            ++offset[static_cast<std::size_t>(partnerships.authority[row]) + 1];
    for (std::size_t i = 0; i < authorities; ++i)
        offset[i + 1] += offset[i];
    rows.resize(static_cast<std::size_t>(offset[authorities]));
    std::vector<std::int32_t> cursor(offset.begin(), offset.end() - 1);
    for (std::size_t row = 0; row < partnerships.size(); ++row)
        if (partnerships.status[row] != PartnershipStatus::Ended)
            rows[static_cast<std::size_t>(
                cursor[static_cast<std::size_t>(partnerships.authority[row])]++)] =
                static_cast<std::int32_t>(row);
}

} // namespace paradiplo
