#pragma once
// Settings of the synthetic population generator ([population] in scenario files).
#include "engine/core/taxonomy.hpp"

#include <array>

namespace paradiplo {

struct PopulationParameters {
    double scale;                            ///< share of communes and EPCIs generated
    double commune_engagement_intercept;     ///< logit of engagement at 1 inhabitant
    double commune_engagement_slope;         ///< logit increase per unit of ln(population)
    double epci_engagement_share;            ///< share of intercommunalities engaged in 2020
    double departement_engagement_share;     ///< share of departements engaged in 2020
    double partnerships_per_authority;       ///< mean extra partnerships at 1,000 inhabitants
    double partnerships_population_exponent; ///< growth of portfolio size with population
    int foreign_authorities;                 ///< size of the pool of foreign local authorities
    std::array<double, kAuthorityKindCount> revenue_per_capita_eur; ///< EUR/yr per inhabitant
    std::array<double, kAuthorityKindCount> commitment_share; ///< intl budget / revenue, median
    double commitment_dispersion;       ///< log-normal sigma of commitment between authorities
    double paris_commitment_multiplier; ///< Paris' commitment relative to other big cities
    double initial_funding_cover; ///< least share of its partnerships' needs a 2020 budget covers
};

} // namespace paradiplo
