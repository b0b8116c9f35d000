#pragma once
// National indicators recorded each month (the aggregate variables of the output files).
#include "engine/core/taxonomy.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace paradiplo {

/// The month's reception: arrivals with the simulated authorities, people they host at the end of
/// the month, and what hosting cost them (all of it, and the part of people in their first 12
/// months, APD-eligible whether declared or not).
struct ReceptionIndicators {
    std::array<std::int32_t, kReceptionCategoryCount> arrivals{}, hosted{};
    std::array<std::int32_t, kContinentCount> arrivals_by_continent{};
    double cost = 0, eligible_cost = 0;

    ReceptionIndicators& operator+=(const ReceptionIndicators& o) {
        for (std::size_t c = 0; c < arrivals.size(); ++c) {
            arrivals[c] += o.arrivals[c];
            hosted[c] += o.hosted[c];
        }
        for (std::size_t k = 0; k < arrivals_by_continent.size(); ++k)
            arrivals_by_continent[k] += o.arrivals_by_continent[k];
        cost += o.cost;
        eligible_cost += o.eligible_cost;
        return *this;
    }
};

/// The month's calls for projects, by call: the round decided this month (applications, projects
/// selected, what they asked for and were awarded, what the envelope left), and the co-financing
/// paid this month on every running grant.
struct CallIndicators {
    std::array<std::int32_t, kCallCount> applications{}, selected{};
    std::array<double, kCallCount> requested{}, awarded{}, unspent{}, paid{};
};

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
    std::array<double, kAuthorityKindCount> apd_refugees_by_kind{};
    ReceptionIndicators reception;
    CallIndicators calls;
};

} // namespace paradiplo
