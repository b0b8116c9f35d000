#pragma once
// Reception of displaced people and unaccompanied minors ([model.reception]): arrivals, stays,
// hosting costs and the choice to declare them as APD.
#include "engine/core/parameters.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>
#include <string>

namespace paradiplo {

struct ReceptionParameters {
    /// People arriving each month without a shock, by category (minors: 16,760 placed in 2019).
    std::array<double, kReceptionCategoryCount> arrivals_per_month{1397.0, 0.0};
    /// Continent the arrivals without a shock come from (a continent key), by category.
    std::array<std::string, kReceptionCategoryCount> origin{"africa", "europe"};
    /// Monthly probability of leaving during the first 12 months, and after them.
    std::array<double, kReceptionCategoryCount> first_year_departure_rate{0.05, 0.015};
    std::array<double, kReceptionCategoryCount> departure_rate{0.05, 0.015};
    /// What hosting one person costs the authority each month, EUR.
    std::array<double, kReceptionCategoryCount> cost_eur_month{4167.0, 150.0};
    /// Weight of a commune with international partnerships in hosting displaced people, against
    /// one without (at equal population).
    double engaged_host_weight = 2.0;
    /// Probability in 2021 that an authority with international partnerships declares a month's
    /// hosting costs as APD, by kind (the others do not declare them).
    std::array<double, kAuthorityKindCount> declare_propensity{0.1, 0.0, 0.3, 0.21, 0.3};
    /// Yearly growth of those propensities from 2021 (declaring refugee costs spread after 2016).
    double declare_growth = 0.18;

    static ParameterList<ReceptionParameters> describe();
};

} // namespace paradiplo
