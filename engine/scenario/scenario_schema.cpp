// Declarations of every scenario parameter. Defaults marked "calibrated" were fitted by the
// procedure of docs/calibration.md; "assumption" marks values no public source gives.
#include "parameter_schema.hpp"

#include <cstdio>

namespace paradiplo {
namespace {

template <auto M> auto& top(ScenarioConfig& c) { return c.*M; }
template <auto S, auto M> auto& at(ScenarioConfig& c) { return (c.*S).*M; }
template <auto M, auto F> auto& model(ScenarioConfig& c) { return (c.model.*M).*F; }
template <auto M, auto F, std::size_t I> double& element(ScenarioConfig& c) { return ((c.model.*M).*F)[I]; }

using C = ScenarioConfig;
using MP = ModelParameters;
constexpr auto R = ValueType::Real;
constexpr auto I = ValueType::Integer;
constexpr auto S = Basis::Setting;
constexpr auto F = Basis::Fact;
constexpr auto K = Basis::Calibrated;
constexpr auto A = Basis::Assumption;

using Meta = decltype(C::meta);
using Time = decltype(C::time);
using Output = decltype(C::output);
using Pop = PopulationParameters;

#define PARADIPLO_KINDS(field, unit, d0, d1, d2, d3, d4, lo, hi, basis, text)                     \
    ParameterDecl{"population." #field ".commune", R, unit, d0, lo, hi, {}, basis, text " (communes)", &element<&MP::population, &Pop::field, 0>}, \
    ParameterDecl{"population." #field ".epci", R, unit, d1, lo, hi, {}, basis, text " (intercommunalities)", &element<&MP::population, &Pop::field, 1>}, \
    ParameterDecl{"population." #field ".metropole", R, unit, d2, lo, hi, {}, basis, text " (metropoles)", &element<&MP::population, &Pop::field, 2>}, \
    ParameterDecl{"population." #field ".departement", R, unit, d3, lo, hi, {}, basis, text " (departements)", &element<&MP::population, &Pop::field, 3>}, \
    ParameterDecl{"population." #field ".region", R, unit, d4, lo, hi, {}, basis, text " (regions)", &element<&MP::population, &Pop::field, 4>}

const std::vector<ParameterDecl>& declarations() {
    static const std::vector<ParameterDecl> table{
        {"schema_version", I, "1", std::int64_t{1}, 1, 1, {}, S, "Version of the scenario file format.", &top<&C::schema_version>},
        {"seed", I, "1", std::int64_t{20200315}, 0, 9.2e18, {}, S, "Seed of every random stream of the run.", &top<&C::seed>},
        {"meta.name", ValueType::Text, "", std::string("baseline"), 0, 0, {}, S, "Short name of the scenario (used in file names and tables).", &at<&C::meta, &Meta::name>},
        {"meta.title", ValueType::Text, "", std::string(""), 0, 0, {}, S, "One-line title.", &at<&C::meta, &Meta::title>},
        {"meta.narrative", ValueType::Text, "", std::string(""), 0, 0, {}, S, "The story the scenario tells.", &at<&C::meta, &Meta::narrative>},
        {"time.start", ValueType::Month, "YYYY-MM", std::string("2020-01"), 0, 0, {}, S, "First simulated month.", &at<&C::time, &Time::start>},
        {"time.end", ValueType::Month, "YYYY-MM", std::string("2026-03"), 0, 0, {}, S, "Last simulated month (inclusive).", &at<&C::time, &Time::end>},
        {"time.step", ValueType::Choice, "", std::string("month"), 0, 0, {"month"}, S, "Time step (monthly only).", &at<&C::time, &Time::step>},
        {"output.level", ValueType::Choice, "", std::string("authorities"), 0, 0, {"aggregate", "authorities", "full"}, S, "What the output file holds: national aggregates; plus per-authority trajectories; plus the partnership event log.", &at<&C::output, &Output::level>},
        {"output.compression", I, "deflate level", std::int64_t{1}, 0, 9, {}, S, "Deflate level of per-authority datasets (0 = none).", &at<&C::output, &Output::compression>},

        {"population.scale", R, "1", 1.0, 0.001, 1.0, {}, S, "Share of communes and intercommunalities generated (1 = all of France; smaller for quick tests).", &model<&MP::population, &Pop::scale>},
        {"population.commune_engagement_intercept", R, "logit", -8.15, -20.0, 5.0, {}, K, "Logit of a commune's engagement in 2020 at one inhabitant.", &model<&MP::population, &Pop::commune_engagement_intercept>},
        {"population.commune_engagement_slope", R, "logit per ln(inhabitants)", 0.85, 0.0, 3.0, {}, A, "Increase of that logit per unit of ln(population).", &model<&MP::population, &Pop::commune_engagement_slope>},
        {"population.epci_engagement_share", R, "1", 0.2, 0.0, 1.0, {}, F, "Share of intercommunalities engaged in 2020 (about 250 in 2012, Senate report r12-123).", &model<&MP::population, &Pop::epci_engagement_share>},
        {"population.departement_engagement_share", R, "1", 0.85, 0.0, 1.0, {}, F, "Share of departements engaged in 2020 (more than 80 of 101 in 2012).", &model<&MP::population, &Pop::departement_engagement_share>},
        {"population.partnerships_per_authority", R, "partnerships", 0.75, 0.0, 20.0, {}, K, "Mean partnerships beyond the first of an engaged authority of 1,000 inhabitants.", &model<&MP::population, &Pop::partnerships_per_authority>},
        {"population.partnerships_population_exponent", R, "1", 0.4, 0.0, 1.0, {}, A, "Growth of an authority's portfolio with its population (power law).", &model<&MP::population, &Pop::partnerships_population_exponent>},
        {"population.foreign_authorities", I, "authorities", std::int64_t{27000}, 100, 1000000, {}, K, "Foreign local authorities that can partner with French ones (the pool).", &model<&MP::population, &Pop::foreign_authorities>},
        PARADIPLO_KINDS(revenue_per_capita_eur, "EUR/yr per inhabitant", 1150.0, 450.0, 900.0, 1000.0, 450.0, 0.0, 10000.0, A, "Operating revenue per inhabitant in 2020"),
        PARADIPLO_KINDS(commitment_share, "1", 0.000315, 0.00016, 0.0008, 0.00047, 0.00115, 0.0, 0.05, K, "Median share of operating revenue devoted to international action"),
        {"population.commitment_dispersion", R, "1", 0.7, 0.0, 3.0, {}, A, "Log-normal sigma of that share between authorities (heavy tail).", &model<&MP::population, &Pop::commitment_dispersion>},
        {"population.paris_commitment_multiplier", R, "1", 34.0, 0.0, 100.0, {}, K, "Paris' commitment relative to the median commune (Paris: 21.4% of 2021 non-refugee APD).", &model<&MP::population, &Pop::paris_commitment_multiplier>},

        {"population.initial_funding_cover", R, "1", 0.6, 0.0, 5.0, {}, K, "Least share of the needs of its 2020 partnerships that an authority's 2020 budget covers (its portfolio was built within its means).", &model<&MP::population, &Pop::initial_funding_cover>},

        {"model.context.revenue_trend", R, "1/yr", 0.025, -0.2, 0.2, {}, A, "Yearly growth of operating revenue before shocks.", &model<&MP::context, &ContextParameters::revenue_trend>},
        {"model.context.cost_trend", R, "1/yr", 0.02, -0.2, 0.2, {}, A, "Yearly growth of costs before shocks.", &model<&MP::context, &ContextParameters::cost_trend>},
        {"model.context.cofinancing_eur", R, "EUR/yr", 20.0e6, 0.0, 1.0e9, {}, A, "State and EU co-financing envelope for local authorities' projects at index 1 (FICOL alone: 48 M EUR over 2017-2022).", &model<&MP::context, &ContextParameters::cofinancing_eur>},
        {"model.context.refugee_reception_eur", R, "EUR/yr", 72.0e6, 0.0, 1.0e9, {}, K, "Refugee-reception costs declared as APD at index 1 (72.3 M EUR in 2021).", &model<&MP::context, &ContextParameters::refugee_reception_eur>},

        {"model.elections.programme_concentration", R, "1", 30.0, 0.1, 1000.0, {}, A, "Dirichlet concentration of new programmes around the typical one (higher = more alike).", &model<&MP::elections, &ElectionParameters::programme_concentration>},
        {"model.elections.commitment_change_sigma", R, "1", 0.2, 0.0, 2.0, {}, A, "Log-normal sigma of a new team's change of commitment.", &model<&MP::elections, &ElectionParameters::commitment_change_sigma>},
        {"model.elections.reserve_months", I, "months", std::int64_t{6}, 0, 24, {}, A, "Months of pre-election reserve before a vote.", &model<&MP::elections, &ElectionParameters::reserve_months>},
        {"model.elections.reserve_strength", R, "1", 0.5, 0.0, 1.0, {}, A, "Share of new partnerships withheld during the reserve.", &model<&MP::elections, &ElectionParameters::reserve_strength>},

        {"model.budget.growth_elasticity", R, "1", 0.8, 0.0, 5.0, {}, A, "Budget change per unit change of fiscal capacity, when it grows.", &model<&MP::budget, &BudgetParameters::growth_elasticity>},
        {"model.budget.cut_elasticity", R, "1", 1.5, 0.0, 5.0, {}, A, "The same when it falls: discretionary spending is cut first.", &model<&MP::budget, &BudgetParameters::cut_elasticity>},
        {"model.budget.inertia", R, "1", 0.6, 0.0, 1.0, {}, A, "Weight of last year's budget against the political target.", &model<&MP::budget, &BudgetParameters::inertia>},
        {"model.budget.revision_threshold", R, "1", 0.03, 0.0, 1.0, {}, A, "Change of fiscal capacity that triggers a mid-year revision.", &model<&MP::budget, &BudgetParameters::revision_threshold>},
        {"model.budget.humanitarian_share", R, "1", 0.08, 0.0, 0.9, {}, K, "Share of the international budget kept for humanitarian aid.", &model<&MP::budget, &BudgetParameters::humanitarian_share>},
        {"model.budget.cofinancing_success", R, "1", 0.5, 0.0, 1.0, {}, A, "Success rate in co-financing calls of a dedicated directorate.", &model<&MP::budget, &BudgetParameters::cofinancing_success>},
        {"model.budget.structured_resilience", R, "1", 0.6, 0.0, 1.0, {}, A, "Cut elasticity multiplier for dedicated directorates and shared services.", &model<&MP::budget, &BudgetParameters::structured_resilience>},

        {"model.priorities.adjustment_rate", R, "1/month", 0.05, 0.0, 1.0, {}, A, "Share of the gap to the target priorities closed each month.", &model<&MP::priorities, &PriorityParameters::adjustment_rate>},
        {"model.priorities.programme_weight", R, "1", 0.4, 0.0, 1.0, {}, A, "Weight of the programme in the target.", &model<&MP::priorities, &PriorityParameters::programme_weight>},
        {"model.priorities.peer_weight", R, "1", 0.25, 0.0, 1.0, {}, A, "Weight of peers (region and networks) in the target.", &model<&MP::priorities, &PriorityParameters::peer_weight>},
        {"model.priorities.salience_weight", R, "1", 0.15, 0.0, 1.0, {}, A, "Weight of public debate (domain salience) in the target.", &model<&MP::priorities, &PriorityParameters::salience_weight>},
        {"model.priorities.perimeter_weight", R, "1", 0.2, 0.0, 1.0, {}, A, "Weight of the delegate's perimeter in the target.", &model<&MP::priorities, &PriorityParameters::perimeter_weight>},
        {"model.priorities.noise", R, "1", 0.02, 0.0, 1.0, {}, A, "Log-normal sigma of monthly noise on each priority.", &model<&MP::priorities, &PriorityParameters::noise>},
        {"model.priorities.peers", I, "authorities", std::int64_t{6}, 1, 50, {}, A, "Peers per authority in the influence matrix.", &model<&MP::priorities, &PriorityParameters::peers>},

        {"model.partnerships.twinning_need_eur", R, "EUR/month", 40.0, 1.0, 1.0e6, {}, A, "Monthly funding at which a twinning is fully active.", &model<&MP::partnerships, &PartnershipParameters::twinning_need_eur>},
        {"model.partnerships.cooperation_need_eur", R, "EUR/month", 600.0, 1.0, 1.0e7, {}, A, "Monthly funding at which a development cooperation is fully active.", &model<&MP::partnerships, &PartnershipParameters::cooperation_need_eur>},
        {"model.partnerships.activity_rate", R, "1/month", 0.15, 0.0, 1.0, {}, A, "Share of the gap to the funded activity level closed each month.", &model<&MP::partnerships, &PartnershipParameters::activity_rate>},
        {"model.partnerships.activity_noise", R, "1", 0.03, 0.0, 1.0, {}, A, "Standard deviation of monthly activity noise.", &model<&MP::partnerships, &PartnershipParameters::activity_noise>},
        {"model.partnerships.activity_threshold", R, "1", 0.2, 0.0, 1.0, {}, A, "Activity below which a partnership is at risk of dormancy.", &model<&MP::partnerships, &PartnershipParameters::activity_threshold>},
        {"model.partnerships.dormancy_months", I, "months", std::int64_t{6}, 1, 120, {}, A, "Consecutive months below the threshold before dormancy.", &model<&MP::partnerships, &PartnershipParameters::dormancy_months>},
        {"model.partnerships.momentum_loss", R, "1/month", 0.002, 0.0, 1.0, {}, K, "Monthly probability that an active partnership lapses anyway (tripled in a new team's first year).", &model<&MP::partnerships, &PartnershipParameters::momentum_loss>},
        {"model.partnerships.revival_probability", R, "1/month", 0.03, 0.0, 1.0, {}, A, "Monthly probability that a dormant partnership revives when funds allow.", &model<&MP::partnerships, &PartnershipParameters::revival_probability>},
        {"model.partnerships.end_after_months", I, "months", std::int64_t{24}, 1, 240, {}, A, "Months dormant after which a partnership may end.", &model<&MP::partnerships, &PartnershipParameters::end_after_months>},
        {"model.partnerships.end_probability", R, "1/month", 0.05, 0.0, 1.0, {}, A, "Monthly probability of ending once past that.", &model<&MP::partnerships, &PartnershipParameters::end_probability>},
        {"model.partnerships.travel_sensitivity", R, "1", 0.4, 0.0, 1.0, {}, A, "Share of activity and formation lost at full travel restriction.", &model<&MP::partnerships, &PartnershipParameters::travel_sensitivity>},
        {"model.partnerships.formation_rate", R, "1/month", 0.015, 0.0, 1.0, {}, K, "Monthly probability that an engaged authority with free capacity seeks a partner.", &model<&MP::partnerships, &PartnershipParameters::formation_rate>},
        {"model.partnerships.entry_rate", R, "1/month", 0.002, 0.0, 1.0, {}, K, "Monthly probability that a non-engaged authority seeks a first partner, times its engagement propensity.", &model<&MP::partnerships, &PartnershipParameters::entry_rate>},
        {"model.partnerships.francophone_bonus", R, "1", 1.5, 0.0, 10.0, {}, A, "Partner-choice weight multiplier for francophone (OIF) countries.", &model<&MP::partnerships, &PartnershipParameters::francophone_bonus>},
        {"model.partnerships.eu_bonus", R, "1", 1.3, 0.0, 10.0, {}, A, "Partner-choice weight multiplier for EU members.", &model<&MP::partnerships, &PartnershipParameters::eu_bonus>},
        {"model.partnerships.distance_scale_km", R, "km", 8000.0, 100.0, 100000.0, {}, A, "Partner choice decays as exp(-distance / scale).", &model<&MP::partnerships, &PartnershipParameters::distance_scale_km>},
        {"model.partnerships.alignment_weight", R, "1", 0.5, 0.0, 5.0, {}, A, "Weight of the match between priorities and the partner's needs.", &model<&MP::partnerships, &PartnershipParameters::alignment_weight>},

        {"model.organisation.staff_per_million_eur", R, "FTE per M EUR/yr", 3.0, 0.0, 100.0, {}, A, "Staff per million EUR of yearly international budget.", &model<&MP::organisation, &OrganisationParameters::staff_per_million_eur>},
        {"model.organisation.staff_lag_months", I, "months", std::int64_t{12}, 1, 120, {}, A, "Half-life of the gap between staff and its target.", &model<&MP::organisation, &OrganisationParameters::staff_lag_months>},
        {"model.organisation.partnerships_per_fte", R, "partnerships/FTE", 3.0, 0.0, 100.0, {}, A, "Partnerships one FTE can run.", &model<&MP::organisation, &OrganisationParameters::partnerships_per_fte>},
        {"model.organisation.creation_budget_eur", R, "EUR/yr", 200000.0, 0.0, 1.0e9, {}, A, "Budget above which a service may be created or upgraded.", &model<&MP::organisation, &OrganisationParameters::creation_budget_eur>},
        {"model.organisation.creation_probability", R, "1/month", 0.005, 0.0, 1.0, {}, A, "Monthly probability of creating or upgrading a service when the budget allows.", &model<&MP::organisation, &OrganisationParameters::creation_probability>},
        {"model.organisation.downsizing_probability", R, "1/month", 0.02, 0.0, 1.0, {}, A, "Monthly probability of downsizing after a deep cut (budget below 70% of plan).", &model<&MP::organisation, &OrganisationParameters::downsizing_probability>},
        {"model.organisation.merge_probability", R, "1/month", 0.0005, 0.0, 1.0, {}, A, "Monthly probability that a city shares its service with its intercommunality.", &model<&MP::organisation, &OrganisationParameters::merge_probability>},
    };
    return table;
}
#undef PARADIPLO_KINDS

const std::vector<ShockFieldDecl> kShockFields{
    {"id", "text, required", "Unique name; a scenario that extends another replaces the parent's shock of the same id."},
    {"type", "text, required", "One of the shock types below."},
    {"start", "YYYY-MM, required", "First month of the shock (the election month for elections), inside the simulated period."},
    {"end", "YYYY-MM", "Last month at full intensity; open-ended when omitted. Not before start."},
    {"ramp_in", "integer months in [0, 120]", "Months over which intensity rises linearly to full from the start month (0 = at once)."},
    {"ramp_out", "integer months in [0, 120]", "Months over which intensity fades linearly after the end month (0 = at once)."},
    {"value", "number, range by type", "Size of the effect at full intensity (see the table of types)."},
    {"kinds", "array of authority kinds", "revenue only: the kinds hit (commune, epci, metropole, departement, region); all when omitted."},
    {"domain", "domain key", "salience and programme: the domain concerned."},
    {"countries", "array of ISO 3166 alpha-3 codes", "suspension: the countries concerned."},
    {"authorities", "array of authority names", "programme: the authorities whose new programme tilts (e.g. \"Lyon\")."},
    {"scope", "municipal, departmental or regional", "election: which election."},
    {"enabled", "boolean", "false removes a shock inherited from the extended scenario."},
};

} // namespace

std::span<const ParameterDecl> parameter_declarations() { return declarations(); }

const ParameterDecl* find_parameter(std::string_view key) {
    for (const auto& decl : declarations())
        if (decl.key == key) return &decl;
    return nullptr;
}

std::span<const ShockFieldDecl> shock_field_declarations() { return kShockFields; }

ScenarioConfig default_scenario() {
    ScenarioConfig config;
    for (const auto& decl : declarations()) {
        std::visit(
            [&](auto field) {
                auto& target = field(config);
                using T = std::remove_reference_t<decltype(target)>;
                if constexpr (std::is_same_v<T, double>) target = std::get<double>(decl.default_value);
                else if constexpr (std::is_same_v<T, std::int64_t>) target = std::get<std::int64_t>(decl.default_value);
                else if constexpr (std::is_same_v<T, int>) target = static_cast<int>(std::get<std::int64_t>(decl.default_value));
                else if constexpr (std::is_same_v<T, std::string>) target = std::get<std::string>(decl.default_value);
                else target = *parse_year_month(std::get<std::string>(decl.default_value));
            },
            decl.field);
    }
    config.source = "<defaults>";
    return config;
}

std::string toml_literal(const DefaultValue& value, ValueType type) {
    if (type == ValueType::Real) {
        char text[64];
        std::snprintf(text, sizeof text, "%.10g", std::get<double>(value));
        std::string s = text;
        if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
        return s;
    }
    if (type == ValueType::Integer) return std::to_string(std::get<std::int64_t>(value));
    std::string quoted = "\"";
    for (char ch : std::get<std::string>(value)) {
        if (ch == '"' || ch == '\\') quoted += '\\';
        if (ch == '\n') { quoted += "\\n"; continue; }
        quoted += ch;
    }
    return quoted + "\"";
}

std::string_view type_name(ValueType type) {
    switch (type) {
    case ValueType::Real: return "number";
    case ValueType::Integer: return "integer";
    case ValueType::Text: return "text";
    case ValueType::Month: return "month";
    case ValueType::Choice: return "choice";
    }
    return "";
}

std::string_view basis_name(Basis basis) {
    switch (basis) {
    case Basis::Setting: return "setting";
    case Basis::Fact: return "fact";
    case Basis::Calibrated: return "calibrated";
    case Basis::Assumption: return "assumption";
    }
    return "";
}

std::string expectation(const ParameterDecl& decl) {
    const auto number = [](double v) {
        char text[64];
        std::snprintf(text, sizeof text, "%.10g", v);
        return std::string(text);
    };
    switch (decl.type) {
    case ValueType::Real: return "a number in [" + number(decl.min) + ", " + number(decl.max) + "]";
    case ValueType::Integer: return "an integer in [" + number(decl.min) + ", " + number(decl.max) + "]";
    case ValueType::Text: return "a text string";
    case ValueType::Month: return "a month \"YYYY-MM\"";
    case ValueType::Choice: {
        std::string text = "one of";
        for (std::size_t i = 0; i < decl.choices.size(); ++i)
            text += (i ? ", \"" : " \"") + std::string(decl.choices[i]) + "\"";
        return text;
    }
    }
    return "";
}

OutputLevel ScenarioConfig::output_level() const {
    if (output.level == "aggregate") return OutputLevel::Aggregate;
    if (output.level == "full") return OutputLevel::Full;
    return OutputLevel::Authorities;
}

} // namespace paradiplo
