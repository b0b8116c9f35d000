#include "models/population/population_parameters.hpp"

namespace paradiplo {

ParameterList<PopulationParameters> PopulationParameters::describe() {
    using P = PopulationParameters;
    constexpr auto S = Basis::Setting;
    constexpr auto F = Basis::Fact;
    constexpr auto K = Basis::Calibrated;
    constexpr auto A = Basis::Assumption;
    const auto revenue = [](std::size_t kind) { return element(&P::revenue_per_capita_eur, kind); };
    const auto commitment = [](std::size_t kind) { return element(&P::commitment_share, kind); };
    constexpr Range kRevenueRange{1.0, 10000.0}, kCommitmentRange{0.0, 0.05};
    constexpr std::string_view kRevenueUnit = "EUR/yr per inhabitant";
    ParameterList<P> list;
    list.integer("threshold", &P::threshold, {0, 3000000}, "inhabitants", S,
                 "Communes and intercommunalities of fewer inhabitants are left out (0 = all "
                 "36,331 authorities; 10000 keeps about 2,000 for quick runs); councils are "
                 "always all there.")
        .text("table", &P::table,
              "An analyst's population table (CSV, docs/geography.md) whose rows replace the "
              "drawn attributes of the authorities they name; \"\" for none.")
        .text("table_sha256", &P::table_sha256,
              "SHA-256 the table must have, written into resolved scenarios so that a rerun "
              "refuses a table that changed; \"\" to take the file as it is.")
        .real("commune_engagement_intercept", &P::commune_engagement_intercept, {-20.0, 5.0},
              "logit", K, "Logit of a commune's engagement in 2020 at one inhabitant.")
        .real("commune_engagement_slope", &P::commune_engagement_slope, {0.0, 3.0},
              "logit per ln(inhabitants)", A, "Increase of that logit per unit of ln(population).")
        .real("epci_engagement_share", &P::epci_engagement_share, {0.0, 1.0}, "1", F,
              "Share of intercommunalities engaged in 2020 (about 250 in 2012, Senate report "
              "r12-123).")
        .real("departement_engagement_share", &P::departement_engagement_share, {0.0, 1.0}, "1", F,
              "Share of departements engaged in 2020 (more than 80 of 101 in 2012).")
        .real("partnerships_per_authority", &P::partnerships_per_authority, {0.0, 5.0},
              "partnerships", K,
              "Mean partnerships beyond the first of an engaged authority of 1,000 inhabitants "
              "(range: with the largest exponent, a city of two million inhabitants holds at most "
              "about 500).")
        .real("partnerships_population_exponent", &P::partnerships_population_exponent, {0.0, 0.6},
              "1", A,
              "Growth of an authority's portfolio with its population (power law; range: "
              "portfolios grow more slowly than population, as teams and programmes do).")
        .integer("foreign_authorities", &P::foreign_authorities, {100, 1000000}, "authorities", K,
                 "Foreign local authorities that can partner with French ones (the pool).")
        .real("revenue_per_capita_eur.commune", revenue(0), kRevenueRange, kRevenueUnit, A,
              "Operating revenue per inhabitant in 2020 (communes)")
        .real("revenue_per_capita_eur.epci", revenue(1), kRevenueRange, kRevenueUnit, A,
              "Operating revenue per inhabitant in 2020 (intercommunalities)")
        .real("revenue_per_capita_eur.metropole", revenue(2), kRevenueRange, kRevenueUnit, A,
              "Operating revenue per inhabitant in 2020 (metropoles)")
        .real("revenue_per_capita_eur.departement", revenue(3), kRevenueRange, kRevenueUnit, A,
              "Operating revenue per inhabitant in 2020 (departements)")
        .real("revenue_per_capita_eur.region", revenue(4), kRevenueRange, kRevenueUnit, A,
              "Operating revenue per inhabitant in 2020 (regions)")
        .real("commitment_share.commune", commitment(0), kCommitmentRange, "1", K,
              "Median share of operating revenue devoted to international action (communes)")
        .real("commitment_share.epci", commitment(1), kCommitmentRange, "1", K,
              "Median share of operating revenue devoted to international action "
              "(intercommunalities)")
        .real("commitment_share.metropole", commitment(2), kCommitmentRange, "1", K,
              "Median share of operating revenue devoted to international action (metropoles)")
        .real("commitment_share.departement", commitment(3), kCommitmentRange, "1", K,
              "Median share of operating revenue devoted to international action (departements)")
        .real("commitment_share.region", commitment(4), kCommitmentRange, "1", K,
              "Median share of operating revenue devoted to international action (regions)")
        .real("commitment_dispersion", &P::commitment_dispersion, {0.0, 3.0}, "1", A,
              "Log-normal sigma of that share between authorities (heavy tail).")
        .real("paris_commitment_multiplier", &P::paris_commitment_multiplier, {0.0, 100.0}, "1", K,
              "Paris' commitment relative to the median commune (Paris: 21.4% of 2021 non-refugee "
              "APD).")
        .real("initial_funding_cover", &P::initial_funding_cover, {0.0, 5.0}, "1", K,
              "Least share of the needs of its 2020 partnerships that an authority's 2020 budget "
              "covers (its portfolio was built within its means).")
        .integer("large_city_population", &P::large_city_population, {0, 3000000}, "inhabitants", A,
                 "Communes from this size are large cities: members of France urbaine, with a "
                 "directorate or a shared service when engaged.")
        .integer("large_epci_population", &P::large_epci_population, {0, 3000000}, "inhabitants", A,
                 "Intercommunalities from this size are members of France urbaine.")
        .integer("medium_city_population", &P::medium_city_population, {0, 3000000}, "inhabitants",
                 A,
                 "Communes from this size may join Cités Unies France and have a unit when "
                 "engaged.")
        .real("cities_network_share", &P::cities_network_share, {0.0, 1.0}, "1", A,
              "Share of engaged councils, intercommunalities and medium cities in Cités Unies "
              "France.")
        .real("climate_network_share", &P::climate_network_share, {0.0, 1.0}, "1", A,
              "Share of France urbaine members in the climate network.")
        .real("departement_unit_share", &P::departement_unit_share, {0.0, 1.0}, "1", A,
              "Share of engaged departements with a unit (the others: a dedicated directorate).")
        .real("metropole_shared_share", &P::metropole_shared_share, {0.0, 1.0}, "1", A,
              "Share of metropoles with a service shared with their city (the others: a "
              "directorate).")
        .real("epci_part_time_share", &P::epci_part_time_share, {0.0, 1.0}, "1", A,
              "Share of engaged intercommunalities with a part-time officer (the others: a "
              "unit).")
        .real("large_city_shared_share", &P::large_city_shared_share, {0.0, 1.0}, "1", A,
              "Share of engaged large cities with a shared service (the others: a directorate).")
        .real("medium_city_unit_share", &P::medium_city_unit_share, {0.0, 1.0}, "1", A,
              "Share of engaged medium cities with a unit (the others: a part-time officer).")
        .real("small_town_part_time_share", &P::small_town_part_time_share, {0.0, 1.0}, "1", A,
              "Share of engaged smaller communes with a part-time officer (the others: no "
              "dedicated staff).")
        .real("initial_programme_weight", &P::initial_programme_weight, {0.0, 1.0}, "1", A,
              "Weight of the programme against the delegate's perimeter in 2020 priorities.")
        .integer("initial_team_months", &P::initial_team_months, {0, 240}, "months", A,
                 "Months since the last change of team in January 2020 (municipal teams of March "
                 "2014, councils of 2015: none is new).")
        .real("partner_class_share.small_town", element(&P::partner_class_share, 0), {0.0, 1.0},
              "1", A, "Share of foreign authorities that are small towns.")
        .real("partner_class_share.town", element(&P::partner_class_share, 1), {0.0, 1.0}, "1", A,
              "Share of foreign authorities that are towns.")
        .real("partner_class_share.city", element(&P::partner_class_share, 2), {0.0, 1.0}, "1", A,
              "Share of foreign authorities that are cities.")
        .real("partner_class_share.large_city", element(&P::partner_class_share, 3), {0.0, 1.0},
              "1", A, "Share of foreign authorities that are large cities or regions.")
        .integer("partner_class_capacity.small_town", element(&P::partner_class_capacity, 0),
                 {1, 1000}, "partnerships", A, "French partners a small town can hold.")
        .integer("partner_class_capacity.town", element(&P::partner_class_capacity, 1), {1, 1000},
                 "partnerships", A, "French partners a town can hold.")
        .integer("partner_class_capacity.city", element(&P::partner_class_capacity, 2), {1, 1000},
                 "partnerships", A, "French partners a city can hold.")
        .integer("partner_class_capacity.large_city", element(&P::partner_class_capacity, 3),
                 {1, 1000}, "partnerships", A, "French partners a large city or region can hold.")
        .check({"partner_class_share.small_town", "partner_class_share.town",
                "partner_class_share.city", "partner_class_share.large_city"},
               "at least one size class with a positive share",
               [](const P& p) {
                   return p.partner_class_share[0] + p.partner_class_share[1] +
                              p.partner_class_share[2] + p.partner_class_share[3] >
                          0.0;
               })
        .integer("stock_max_age_months", &P::stock_max_age_months, {1, 1200}, "months", A,
                 "Partnerships of the 2020 stock started up to this many months before (uniform).")
        .real("stock_activity_min", &P::stock_activity_min, {0.0, 1.0}, "1", A,
              "Least activity of a partnership of the 2020 stock (uniform up to 1).");
    return list;
}

} // namespace paradiplo
