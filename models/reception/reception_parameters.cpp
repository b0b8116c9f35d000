#include "models/reception/reception_parameters.hpp"

namespace paradiplo {

ParameterList<ReceptionParameters> ReceptionParameters::describe() {
    using P = ReceptionParameters;
    constexpr auto F = Basis::Fact;
    constexpr auto K = Basis::Calibrated;
    constexpr auto A = Basis::Assumption;
    constexpr Range kRate{0.0, 1.0};
    // Someone leaves eventually: the stock the run starts from is finite.
    constexpr Range kLaterRate{0.001, 1.0};
    const auto minors = static_cast<std::size_t>(ReceptionCategory::Minors);
    const auto displaced = static_cast<std::size_t>(ReceptionCategory::Displaced);
    const auto kind = [](AuthorityKind k) {
        return element(&P::declare_propensity, static_cast<std::size_t>(k));
    };
    std::vector<std::string_view> continents;
    continents.reserve(kContinentLabels.size());
    for (const auto& label : kContinentLabels)
        continents.push_back(label.key);
    ParameterList<P> list;
    list.real("arrivals_per_month.minors", element(&P::arrivals_per_month, minors), {0.0, 100000.0},
              "1/month", F,
              "Unaccompanied foreign minors placed with départements each month without a "
              "shock: 16,760 placements in 2019 (Justice ministry).")
        .real("arrivals_per_month.displaced", element(&P::arrivals_per_month, displaced),
              {0.0, 100000.0}, "1/month", F,
              "Displaced people housed with communes each month without a shock: none before "
              "temporary protection was activated in March 2022.")
        .choice("origin.minors", element(&P::origin, minors), continents,
                "Continent the minors arriving without a shock come from (most minors placed "
                "come from West Africa).")
        .choice("origin.displaced", element(&P::origin, displaced), continents,
                "Continent the displaced people arriving without a shock come from.")
        .real("first_year_departure_rate.minors", element(&P::first_year_departure_rate, minors),
              kRate, "1/month", F,
              "Monthly probability that a minor leaves care (majority, return, transfer): 1 / 20 "
              "months, the mean stay from the 26,626 in care at the end of 2018 over about "
              "1,330 placements a month in 2017-2018 (Little's law).")
        .real("departure_rate.minors", element(&P::departure_rate, minors), kLaterRate, "1/month",
              F, "The same after 12 months in care.")
        .real("first_year_departure_rate.displaced",
              element(&P::first_year_departure_rate, displaced), kRate, "1/month", F,
              "Monthly probability that a displaced person leaves during the first year: about "
              "10,000 of some 100,000 had left by October 2022 (OFII).")
        .real("departure_rate.displaced", element(&P::departure_rate, displaced), kLaterRate,
              "1/month", F,
              "The same after the first year: monthly falls of the temporary-protection stock "
              "in 2023-2024 of 0.3% to 3.2% (Eurostat), about 1.5% on average.")
        .real("cost_eur_month.minors", element(&P::cost_eur_month, minors), {0.0, 20000.0},
              "EUR/month", F,
              "Care of one minor by the département: 50,000 EUR a year (départements' figure "
              "quoted by the Senate).")
        .real("cost_eur_month.displaced", element(&P::cost_eur_month, displaced), {0.0, 5000.0},
              "EUR/month", A,
              "What housing and supporting one displaced person costs the commune: no source "
              "gives it; the order of the state's allowance to host households (150 EUR a "
              "month).")
        .real("engaged_host_weight", &P::engaged_host_weight, {1.0, 10.0}, "1", A,
              "Weight of a commune with international partnerships in hosting displaced people, "
              "against one without, at equal population.")
        .real("declare_propensity.commune", kind(AuthorityKind::Commune), kRate, "1", A,
              "Probability that a commune with international partnerships declares its hosting "
              "costs as APD.")
        .real("declare_propensity.epci", kind(AuthorityKind::Epci), kRate, "1", A,
              "The same for an intercommunality (which hosts no one in the model).")
        .real("declare_propensity.metropole", kind(AuthorityKind::Metropole), kRate, "1", A,
              "The same for a métropole (hosting minors only with département competences).")
        .real("declare_propensity.departement", kind(AuthorityKind::Departement), kRate, "1", K,
              "The same for a département: set so that the 2021 refugee APD is reproduced "
              "(docs/calibration.md).")
        .real("declare_propensity.region", kind(AuthorityKind::Region), kRate, "1", A,
              "The same for a région (hosting minors only with département competences).")
        .real("declare_growth", &P::declare_growth, {-0.5, 1.0}, "1/yr", A,
              "Yearly growth of the propensities to declare from 2021 (capped at 1): declared "
              "refugee APD per minor placed rose from about 3,900 EUR in 2018 (66.4 M EUR, "
              "17,022 placed) to 6,400 EUR in 2021 (72.3 M EUR, 11,315 placed), +18% a year.");
    return list;
}

} // namespace paradiplo
