#pragma once
// Settings of the population generator ([population] in scenario files): which authorities of
// the official geography are simulated and how their unpublished attributes are drawn.
#include "engine/core/parameters.hpp"
#include "engine/core/taxonomy.hpp"
#include "models/population/authority_overrides.hpp"

#include <array>
#include <string>
#include <vector>

namespace paradiplo {

struct PopulationParameters {
    int threshold = 0; ///< smaller communes, EPCIs, metropoles are left out
    std::string table; ///< an analyst's population table (CSV), or ""
    double commune_engagement_intercept = -7.71;   ///< logit of engagement at 1 inhabitant
    double commune_engagement_slope = 0.85;        ///< logit increase per unit of ln(population)
    double epci_engagement_share = 0.2;            ///< share of intercommunalities engaged in 2020
    double departement_engagement_share = 0.85;    ///< share of departements engaged in 2020
    double partnerships_per_authority = 0.75;      ///< mean extra partnerships at 1,000 inhabitants
    double partnerships_population_exponent = 0.4; ///< growth of portfolio size with population
    int foreign_authorities = 33000;               ///< size of the pool of foreign authorities
    /// Operating revenue per inhabitant in 2020, EUR/yr, by AuthorityKind.
    std::array<double, kAuthorityKindCount> revenue_per_capita_eur{1150.0, 450.0, 900.0, 1000.0,
                                                                   450.0};
    /// Median international budget / operating revenue, by AuthorityKind.
    std::array<double, kAuthorityKindCount> commitment_share{0.000183, 0.000093, 0.000466, 0.000274,
                                                             0.000627};
    double commitment_dispersion = 0.5;        ///< log-normal sigma of commitment between them
    double paris_commitment_multiplier = 33.0; ///< Paris' commitment relative to the median
    double initial_funding_cover =
        1.0; ///< least share of its partnerships' needs a 2020 budget covers
    int stock_max_age_months = 240; ///< oldest partnership of the 2020 stock, months before
    double stock_activity_min = 0.6; ///< least activity of a partnership of the 2020 stock

    std::string table_sha256; ///< the table's SHA-256: checked when given, else filled in

    /// Read from `table` by the scenario loader.
    std::vector<AuthorityOverride> overrides;

    static ParameterList<PopulationParameters> describe();
};

} // namespace paradiplo
