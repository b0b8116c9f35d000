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
        .real("partnerships_per_authority", &P::partnerships_per_authority, {0.0, 20.0},
              "partnerships", K,
              "Mean partnerships beyond the first of an engaged authority of 1,000 inhabitants.")
        .real("partnerships_population_exponent", &P::partnerships_population_exponent, {0.0, 1.0},
              "1", A, "Growth of an authority's portfolio with its population (power law).")
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
        .integer("stock_max_age_months", &P::stock_max_age_months, {1, 1200}, "months", A,
                 "Partnerships of the 2020 stock started up to this many months before (uniform).")
        .real("stock_activity_min", &P::stock_activity_min, {0.0, 1.0}, "1", A,
              "Least activity of a partnership of the 2020 stock (uniform up to 1).");
    return list;
}

} // namespace paradiplo
