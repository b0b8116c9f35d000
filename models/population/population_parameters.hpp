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
    int large_city_population = 100000;   ///< France urbaine; a directorate or shared service
    int large_epci_population = 150000;   ///< an intercommunality in France urbaine
    int medium_city_population = 20000;   ///< may join Cités Unies, have a unit
    double cities_network_share = 0.6;    ///< engaged eligible authorities in Cités Unies
    double climate_network_share = 0.5;   ///< France urbaine members in the climate network
    double departement_unit_share = 0.6;  ///< engaged departements with a unit (else directorate)
    double metropole_shared_share = 0.4;  ///< metropoles with a shared service (else directorate)
    double epci_part_time_share = 0.7;    ///< engaged EPCIs with a part-time officer (else unit)
    double large_city_shared_share = 0.3; ///< large cities with a shared service
    double medium_city_unit_share = 0.5;  ///< engaged medium cities with a unit
    double small_town_part_time_share = 0.4; ///< engaged small towns with a part-time officer
    double initial_programme_weight = 0.8;   ///< programme's weight in 2020 priorities
    int initial_team_months = 24;            ///< months since the last team change in 2020
    /// Foreign authorities by size class (small town .. large city): shares and how many French
    /// partners each can hold.
    std::array<double, 4> partner_class_share{0.60, 0.25, 0.12, 0.03};
    std::array<int, 4> partner_class_capacity{1, 2, 4, 10};
    int stock_max_age_months = 240;  ///< oldest partnership of the 2020 stock, months before
    double stock_activity_min = 0.6; ///< least activity of a partnership of the 2020 stock

    std::string table_sha256; ///< the table's SHA-256: checked when given, else filled in

    /// Read from `table` by the scenario loader.
    std::vector<AuthorityOverride> overrides;

    static ParameterList<PopulationParameters> describe();
};

} // namespace paradiplo
