// The declaration of every scenario parameter, one entry each: key, default, allowed range, unit,
// basis and description, and the field it fills. Defaults marked "calibrated" were fitted by the
// procedure of docs/calibration.md; "assumption" marks values no public source gives.
#include "engine/scenario/parameter_table.hpp"

namespace paradiplo {
namespace {

template <auto M> auto& top(ScenarioConfig& c) {
    return c.*M;
}
template <auto S, auto M> auto& at(ScenarioConfig& c) {
    return (c.*S).*M;
}
template <auto M, auto F> auto& model(ScenarioConfig& c) {
    return (c.model.*M).*F;
}
template <auto M, auto F, std::size_t I> double& element(ScenarioConfig& c) {
    return ((c.model.*M).*F)[I];
}

struct Range {
    double min, max;
};

ParameterDecl real(std::string_view key, double value, Range range, std::string_view unit,
                   Basis basis, std::string_view description, FieldRef field) {
    return {key, ValueType::Real, unit, value, range.min, range.max, {}, basis, description, field};
}
ParameterDecl integer(std::string_view key, std::int64_t value, Range range, std::string_view unit,
                      Basis basis, std::string_view description, FieldRef field) {
    return {key,   ValueType::Integer, unit, value, range.min, range.max, {},
            basis, description,        field};
}
ParameterDecl text(std::string_view key, const char* value, std::string_view description,
                   FieldRef field) {
    return {key,  ValueType::Text, "", std::string(value), 0, 0, {}, Basis::Setting, description,
            field};
}
ParameterDecl month(std::string_view key, const char* value, std::string_view description,
                    FieldRef field) {
    return {key,         ValueType::Month,
            "YYYY-MM",   std::string(value),
            0,           0,
            {},          Basis::Setting,
            description, field};
}
ParameterDecl choice(std::string_view key, const char* value, std::vector<std::string_view> choices,
                     std::string_view description, FieldRef field) {
    return {key,
            ValueType::Choice,
            "",
            std::string(value),
            0,
            0,
            std::move(choices),
            Basis::Setting,
            description,
            field};
}

using C = ScenarioConfig;
using MP = ModelParameters;
using Meta = decltype(C::meta);
using Time = decltype(C::time);
using Output = decltype(C::output);
using Pop = PopulationParameters;
constexpr auto S = Basis::Setting;
constexpr auto F = Basis::Fact;
constexpr auto K = Basis::Calibrated;
constexpr auto A = Basis::Assumption;

} // namespace

const std::vector<ParameterDecl>& parameter_table() {
    static const std::vector<ParameterDecl> table{
        integer("schema_version", 1, {1, 1}, "1", S, "Version of the scenario file format.",
                &top<&C::schema_version>),
        integer("seed", 20200315, {0, 9.2e18}, "1", S, "Seed of every random stream of the run.",
                &top<&C::seed>),
        text("meta.name", "baseline", "Short name of the scenario (used in file names and tables).",
             &at<&C::meta, &Meta::name>),
        text("meta.title", "", "One-line title.", &at<&C::meta, &Meta::title>),
        text("meta.narrative", "", "The story the scenario tells.",
             &at<&C::meta, &Meta::narrative>),
        month("time.start", "2020-01", "First simulated month.", &at<&C::time, &Time::start>),
        month("time.end", "2026-03", "Last simulated month (inclusive).",
              &at<&C::time, &Time::end>),
        choice("time.step", "month", {"month"}, "Time step (monthly only).",
               &at<&C::time, &Time::step>),
        choice("output.level", "authorities", {"aggregate", "authorities", "full"},
               "What the output file holds: national aggregates; plus per-authority trajectories; "
               "plus the partnership event log.",
               &at<&C::output, &Output::level>),
        integer("output.compression", 1, {0, 9}, "deflate level", S,
                "Deflate level of per-authority datasets (0 = none).",
                &at<&C::output, &Output::compression>),

        real("population.scale", 1.0, {0.001, 1.0}, "1", S,
             "Share of communes and intercommunalities generated (1 = all of France; smaller for "
             "quick tests).",
             &model<&MP::population, &Pop::scale>),
        real("population.commune_engagement_intercept", -7.68, {-20.0, 5.0}, "logit", K,
             "Logit of a commune's engagement in 2020 at one inhabitant.",
             &model<&MP::population, &Pop::commune_engagement_intercept>),
        real("population.commune_engagement_slope", 0.85, {0.0, 3.0}, "logit per ln(inhabitants)",
             A, "Increase of that logit per unit of ln(population).",
             &model<&MP::population, &Pop::commune_engagement_slope>),
        real("population.epci_engagement_share", 0.2, {0.0, 1.0}, "1", F,
             "Share of intercommunalities engaged in 2020 (about 250 in 2012, Senate report "
             "r12-123).",
             &model<&MP::population, &Pop::epci_engagement_share>),
        real("population.departement_engagement_share", 0.85, {0.0, 1.0}, "1", F,
             "Share of departements engaged in 2020 (more than 80 of 101 in 2012).",
             &model<&MP::population, &Pop::departement_engagement_share>),
        real("population.partnerships_per_authority", 0.75, {0.0, 20.0}, "partnerships", K,
             "Mean partnerships beyond the first of an engaged authority of 1,000 inhabitants.",
             &model<&MP::population, &Pop::partnerships_per_authority>),
        real("population.partnerships_population_exponent", 0.4, {0.0, 1.0}, "1", A,
             "Growth of an authority's portfolio with its population (power law).",
             &model<&MP::population, &Pop::partnerships_population_exponent>),
        integer("population.foreign_authorities", 27000, {100, 1000000}, "authorities", K,
                "Foreign local authorities that can partner with French ones (the pool).",
                &model<&MP::population, &Pop::foreign_authorities>),
        real("population.revenue_per_capita_eur.commune", 1150.0, {0.0, 10000.0},
             "EUR/yr per inhabitant", A, "Operating revenue per inhabitant in 2020 (communes)",
             &element<&MP::population, &Pop::revenue_per_capita_eur, 0>),
        real("population.revenue_per_capita_eur.epci", 450.0, {0.0, 10000.0},
             "EUR/yr per inhabitant", A,
             "Operating revenue per inhabitant in 2020 (intercommunalities)",
             &element<&MP::population, &Pop::revenue_per_capita_eur, 1>),
        real("population.revenue_per_capita_eur.metropole", 900.0, {0.0, 10000.0},
             "EUR/yr per inhabitant", A, "Operating revenue per inhabitant in 2020 (metropoles)",
             &element<&MP::population, &Pop::revenue_per_capita_eur, 2>),
        real("population.revenue_per_capita_eur.departement", 1000.0, {0.0, 10000.0},
             "EUR/yr per inhabitant", A, "Operating revenue per inhabitant in 2020 (departements)",
             &element<&MP::population, &Pop::revenue_per_capita_eur, 3>),
        real("population.revenue_per_capita_eur.region", 450.0, {0.0, 10000.0},
             "EUR/yr per inhabitant", A, "Operating revenue per inhabitant in 2020 (regions)",
             &element<&MP::population, &Pop::revenue_per_capita_eur, 4>),
        real("population.commitment_share.commune", 0.000315, {0.0, 0.05}, "1", K,
             "Median share of operating revenue devoted to international action (communes)",
             &element<&MP::population, &Pop::commitment_share, 0>),
        real("population.commitment_share.epci", 0.00016, {0.0, 0.05}, "1", K,
             "Median share of operating revenue devoted to international action "
             "(intercommunalities)",
             &element<&MP::population, &Pop::commitment_share, 1>),
        real("population.commitment_share.metropole", 0.0008, {0.0, 0.05}, "1", K,
             "Median share of operating revenue devoted to international action (metropoles)",
             &element<&MP::population, &Pop::commitment_share, 2>),
        real("population.commitment_share.departement", 0.00047, {0.0, 0.05}, "1", K,
             "Median share of operating revenue devoted to international action (departements)",
             &element<&MP::population, &Pop::commitment_share, 3>),
        real("population.commitment_share.region", 0.00115, {0.0, 0.05}, "1", K,
             "Median share of operating revenue devoted to international action (regions)",
             &element<&MP::population, &Pop::commitment_share, 4>),
        real("population.commitment_dispersion", 0.7, {0.0, 3.0}, "1", A,
             "Log-normal sigma of that share between authorities (heavy tail).",
             &model<&MP::population, &Pop::commitment_dispersion>),
        real("population.paris_commitment_multiplier", 34.0, {0.0, 100.0}, "1", K,
             "Paris' commitment relative to the median commune (Paris: 21.4% of 2021 non-refugee "
             "APD).",
             &model<&MP::population, &Pop::paris_commitment_multiplier>),

        real("population.initial_funding_cover", 0.6, {0.0, 5.0}, "1", K,
             "Least share of the needs of its 2020 partnerships that an authority's 2020 budget "
             "covers (its portfolio was built within its means).",
             &model<&MP::population, &Pop::initial_funding_cover>),

        real("model.context.revenue_trend", 0.025, {-0.2, 0.2}, "1/yr", A,
             "Yearly growth of operating revenue before shocks.",
             &model<&MP::context, &ContextParameters::revenue_trend>),
        real("model.context.cost_trend", 0.02, {-0.2, 0.2}, "1/yr", A,
             "Yearly growth of costs before shocks.",
             &model<&MP::context, &ContextParameters::cost_trend>),
        real("model.context.cofinancing_eur", 20.0e6, {0.0, 1.0e9}, "EUR/yr", A,
             "State and EU co-financing envelope for local authorities' projects at index 1 (FICOL "
             "alone: 48 M EUR over 2017-2022).",
             &model<&MP::context, &ContextParameters::cofinancing_eur>),
        real("model.context.refugee_reception_eur", 72.0e6, {0.0, 1.0e9}, "EUR/yr", K,
             "Refugee-reception costs declared as APD at index 1 (72.3 M EUR in 2021).",
             &model<&MP::context, &ContextParameters::refugee_reception_eur>),

        real("model.elections.programme_concentration", 30.0, {0.1, 1000.0}, "1", A,
             "Dirichlet concentration of new programmes around the typical one (higher = more "
             "alike).",
             &model<&MP::elections, &ElectionParameters::programme_concentration>),
        real("model.elections.commitment_change_sigma", 0.2, {0.0, 2.0}, "1", A,
             "Log-normal sigma of a new team's change of commitment.",
             &model<&MP::elections, &ElectionParameters::commitment_change_sigma>),
        integer("model.elections.reserve_months", 6, {0, 24}, "months", A,
                "Months of pre-election reserve before a vote.",
                &model<&MP::elections, &ElectionParameters::reserve_months>),
        real("model.elections.reserve_strength", 0.5, {0.0, 1.0}, "1", A,
             "Share of new partnerships withheld during the reserve.",
             &model<&MP::elections, &ElectionParameters::reserve_strength>),

        real("model.budget.growth_elasticity", 0.8, {0.0, 5.0}, "1", A,
             "Budget change per unit change of fiscal capacity, when it grows.",
             &model<&MP::budget, &BudgetParameters::growth_elasticity>),
        real("model.budget.cut_elasticity", 1.5, {0.0, 5.0}, "1", A,
             "The same when it falls: discretionary spending is cut first.",
             &model<&MP::budget, &BudgetParameters::cut_elasticity>),
        real("model.budget.inertia", 0.6, {0.0, 1.0}, "1", A,
             "Weight of last year's budget against the political target.",
             &model<&MP::budget, &BudgetParameters::inertia>),
        real("model.budget.revision_threshold", 0.03, {0.0, 1.0}, "1", A,
             "Change of fiscal capacity that triggers a mid-year revision.",
             &model<&MP::budget, &BudgetParameters::revision_threshold>),
        real("model.budget.humanitarian_share", 0.08, {0.0, 0.9}, "1", K,
             "Share of the international budget kept for humanitarian aid.",
             &model<&MP::budget, &BudgetParameters::humanitarian_share>),
        real("model.budget.cofinancing_success", 0.5, {0.0, 1.0}, "1", A,
             "Success rate in co-financing calls of a dedicated directorate.",
             &model<&MP::budget, &BudgetParameters::cofinancing_success>),
        real("model.budget.structured_resilience", 0.6, {0.0, 1.0}, "1", A,
             "Cut elasticity multiplier for dedicated directorates and shared services.",
             &model<&MP::budget, &BudgetParameters::structured_resilience>),

        real("model.priorities.adjustment_rate", 0.05, {0.0, 1.0}, "1/month", A,
             "Share of the gap to the target priorities closed each month.",
             &model<&MP::priorities, &PriorityParameters::adjustment_rate>),
        real("model.priorities.programme_weight", 0.4, {0.0, 1.0}, "1", A,
             "Weight of the programme in the target.",
             &model<&MP::priorities, &PriorityParameters::programme_weight>),
        real("model.priorities.peer_weight", 0.25, {0.0, 1.0}, "1", A,
             "Weight of peers (region and networks) in the target.",
             &model<&MP::priorities, &PriorityParameters::peer_weight>),
        real("model.priorities.salience_weight", 0.15, {0.0, 1.0}, "1", A,
             "Weight of public debate (domain salience) in the target.",
             &model<&MP::priorities, &PriorityParameters::salience_weight>),
        real("model.priorities.perimeter_weight", 0.2, {0.0, 1.0}, "1", A,
             "Weight of the delegate's perimeter in the target.",
             &model<&MP::priorities, &PriorityParameters::perimeter_weight>),
        real("model.priorities.noise", 0.02, {0.0, 1.0}, "1", A,
             "Log-normal sigma of monthly noise on each priority.",
             &model<&MP::priorities, &PriorityParameters::noise>),
        integer("model.priorities.peers", 6, {1, 50}, "authorities", A,
                "Peers per authority in the influence matrix.",
                &model<&MP::priorities, &PriorityParameters::peers>),

        real("model.partnerships.twinning_need_eur", 40.0, {1.0, 1.0e6}, "EUR/month", A,
             "Monthly funding at which a twinning is fully active.",
             &model<&MP::partnerships, &PartnershipParameters::twinning_need_eur>),
        real("model.partnerships.cooperation_need_eur", 600.0, {1.0, 1.0e7}, "EUR/month", A,
             "Monthly funding at which a development cooperation is fully active.",
             &model<&MP::partnerships, &PartnershipParameters::cooperation_need_eur>),
        real("model.partnerships.activity_rate", 0.15, {0.0, 1.0}, "1/month", A,
             "Share of the gap to the funded activity level closed each month.",
             &model<&MP::partnerships, &PartnershipParameters::activity_rate>),
        real("model.partnerships.activity_noise", 0.03, {0.0, 1.0}, "1", A,
             "Standard deviation of monthly activity noise.",
             &model<&MP::partnerships, &PartnershipParameters::activity_noise>),
        real("model.partnerships.activity_threshold", 0.2, {0.0, 1.0}, "1", A,
             "Activity below which a partnership is at risk of dormancy.",
             &model<&MP::partnerships, &PartnershipParameters::activity_threshold>),
        integer("model.partnerships.dormancy_months", 6, {1, 120}, "months", A,
                "Consecutive months below the threshold before dormancy.",
                &model<&MP::partnerships, &PartnershipParameters::dormancy_months>),
        real("model.partnerships.momentum_loss", 0.002, {0.0, 1.0}, "1/month", K,
             "Monthly probability that an active partnership lapses anyway (tripled in a new "
             "team's first year).",
             &model<&MP::partnerships, &PartnershipParameters::momentum_loss>),
        real("model.partnerships.revival_probability", 0.03, {0.0, 1.0}, "1/month", A,
             "Monthly probability that a dormant partnership revives when funds allow.",
             &model<&MP::partnerships, &PartnershipParameters::revival_probability>),
        integer("model.partnerships.end_after_months", 24, {1, 240}, "months", A,
                "Months dormant after which a partnership may end.",
                &model<&MP::partnerships, &PartnershipParameters::end_after_months>),
        real("model.partnerships.end_probability", 0.05, {0.0, 1.0}, "1/month", A,
             "Monthly probability of ending once past that.",
             &model<&MP::partnerships, &PartnershipParameters::end_probability>),
        real("model.partnerships.travel_sensitivity", 0.4, {0.0, 1.0}, "1", A,
             "Share of activity and formation lost at full travel restriction.",
             &model<&MP::partnerships, &PartnershipParameters::travel_sensitivity>),
        real("model.partnerships.formation_rate", 0.015, {0.0, 1.0}, "1/month", K,
             "Monthly probability that an engaged authority with free capacity seeks a partner.",
             &model<&MP::partnerships, &PartnershipParameters::formation_rate>),
        real("model.partnerships.entry_rate", 0.002, {0.0, 1.0}, "1/month", K,
             "Monthly probability that a non-engaged authority seeks a first partner, times its "
             "engagement propensity.",
             &model<&MP::partnerships, &PartnershipParameters::entry_rate>),
        real("model.partnerships.francophone_bonus", 1.5, {0.0, 10.0}, "1", A,
             "Partner-choice weight multiplier for francophone (OIF) countries.",
             &model<&MP::partnerships, &PartnershipParameters::francophone_bonus>),
        real("model.partnerships.eu_bonus", 1.3, {0.0, 10.0}, "1", A,
             "Partner-choice weight multiplier for EU members.",
             &model<&MP::partnerships, &PartnershipParameters::eu_bonus>),
        real("model.partnerships.distance_scale_km", 8000.0, {100.0, 100000.0}, "km", A,
             "Partner choice decays as exp(-distance / scale).",
             &model<&MP::partnerships, &PartnershipParameters::distance_scale_km>),
        real("model.partnerships.alignment_weight", 0.5, {0.0, 5.0}, "1", A,
             "Weight of the match between priorities and the partner's needs.",
             &model<&MP::partnerships, &PartnershipParameters::alignment_weight>),

        real("model.organisation.staff_per_million_eur", 3.0, {0.0, 100.0}, "FTE per M EUR/yr", A,
             "Staff per million EUR of yearly international budget.",
             &model<&MP::organisation, &OrganisationParameters::staff_per_million_eur>),
        integer("model.organisation.staff_lag_months", 12, {1, 120}, "months", A,
                "Half-life of the gap between staff and its target.",
                &model<&MP::organisation, &OrganisationParameters::staff_lag_months>),
        real("model.organisation.partnerships_per_fte", 3.0, {0.0, 100.0}, "partnerships/FTE", A,
             "Partnerships one FTE can run.",
             &model<&MP::organisation, &OrganisationParameters::partnerships_per_fte>),
        real("model.organisation.creation_budget_eur", 200000.0, {0.0, 1.0e9}, "EUR/yr", A,
             "Budget above which a service may be created or upgraded.",
             &model<&MP::organisation, &OrganisationParameters::creation_budget_eur>),
        real("model.organisation.creation_probability", 0.005, {0.0, 1.0}, "1/month", A,
             "Monthly probability of creating or upgrading a service when the budget allows.",
             &model<&MP::organisation, &OrganisationParameters::creation_probability>),
        real("model.organisation.downsizing_probability", 0.02, {0.0, 1.0}, "1/month", A,
             "Monthly probability of downsizing after a deep cut (budget below 70% of plan).",
             &model<&MP::organisation, &OrganisationParameters::downsizing_probability>),
        real("model.organisation.merge_probability", 0.0005, {0.0, 1.0}, "1/month", A,
             "Monthly probability that a city shares its service with its intercommunality.",
             &model<&MP::organisation, &OrganisationParameters::merge_probability>)

    };
    return table;
}

} // namespace paradiplo
