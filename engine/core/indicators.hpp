#pragma once
// National indicators recorded each month (the aggregate variables of the output files).
#include "engine/core/taxonomy.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace paradiplo {

struct MonthlyIndicators {
    std::int32_t engaged_authorities = 0;
    std::int32_t partnerships_active = 0, partnerships_dormant = 0;
    std::int32_t partnerships_new = 0, partnerships_ended = 0, partnerships_revived = 0;
    std::int32_t partnerships_to_dormant = 0;
    std::int32_t foreign_partners = 0;
    double international_spending = 0, apd_development = 0, apd_humanitarian = 0, apd_refugees = 0,
           cofinancing = 0, staff_fte = 0;
    [[nodiscard]] double apd_total() const {
        return apd_development + apd_humanitarian + apd_refugees;
    }
    std::array<double, kDomainCount> priority_mean{};
    std::array<std::int32_t, kDomainCount> partnerships_by_domain{};
    std::array<std::int32_t, kContinentCount> partnerships_by_continent{};
    std::vector<std::int32_t> partnerships_by_country;
    std::array<double, kAuthorityKindCount> apd_by_kind{}, spending_by_kind{};
};

} // namespace paradiplo
