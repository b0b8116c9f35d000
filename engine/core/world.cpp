#include "engine/core/world.hpp"

namespace paradiplo {

void Authorities::resize(std::size_t n) {
    resize_columns(*this, n);
}

std::int32_t Partnerships::add(std::int32_t authority_index, std::int32_t partner_index,
                               PartnershipKind partnership_kind, Domain primary_domain,
                               double scale, int step, double initial_activity) {
    const std::size_t row = size();
    resize_columns(*this, row + 1); // the new row starts at every column's default (zero)
    authority[row] = authority_index;
    partner[row] = partner_index;
    kind[row] = partnership_kind;
    domain[row] = primary_domain;
    start_step[row] = step;
    intensity[row] = scale;
    activity[row] = initial_activity;
    status[row] = PartnershipStatus::Active;
    event[row] = PartnershipEvent::Created;
    return static_cast<std::int32_t>(row);
}

void PartnershipIndex::rebuild_partnership_index(std::vector<std::int32_t>& offset,
                                                 std::vector<std::int32_t>& rows,
                                                 const Partnerships& partnerships,
                                                 std::size_t authorities) {
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
