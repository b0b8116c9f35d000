// Services over the parameter declarations (ScenarioConfig::describe, each model's describe):
// lookup, defaults, rendering.
#include "engine/scenario/parameter_schema.hpp"
#include "engine/scenario/toml_support.hpp"

#include <cstdio>

namespace paradiplo {
namespace {

const std::vector<ShockFieldDecl> kShockFields{
    {"id", "text, required",
     "Unique name; a scenario that extends another replaces the parent's shock of the same id."},
    {"type", "text, required", "One of the shock types below."},
    {"start", "YYYY-MM, required",
     "First month of the shock (the election month for elections), inside the simulated period."},
    {"end", "YYYY-MM", "Last month at full intensity; open-ended when omitted. Not before start."},
    {"ramp_in", "integer months in [0, 120]",
     "Months over which intensity rises linearly to full from the start month (0 = at once)."},
    {"ramp_out", "integer months in [0, 120]",
     "Months over which intensity fades linearly after the end month (0 = at once)."},
    {"value", "number, range by type",
     "Size of the effect at full intensity (see the table of types)."},
    {"kinds", "array of authority kinds",
     "revenue only: the kinds hit (commune, epci, metropole, departement, region); all when "
     "omitted."},
    {"domain", "domain key", "salience and programme: the domain concerned."},
    {"category", "minors or displaced", "arrivals: who arrives (docs/model.md, Reception)."},
    {"countries", "array of ISO 3166 alpha-3 codes",
     "suspension: the countries concerned; arrivals: where the people come from."},
    {"authorities", "array of authority ids or names",
     "programme: the authorities whose new programme tilts, by id or by a name only one bears "
     "(e.g. \"69123\" or \"Lyon\"; docs/geography.md)."},
    {"scope", "municipal, departmental or regional", "election: which election."},
    {"enabled", "boolean", "false removes a shock inherited from the extended scenario."},
};

} // namespace

namespace {

const ParameterList<ScenarioConfig>& declarations() {
    static const ParameterList<ScenarioConfig> list = ScenarioConfig::describe();
    return list;
}

} // namespace

std::span<const ParameterDecl> parameter_declarations() {
    return declarations().parameters();
}

const ParameterDecl* find_parameter(std::string_view key) {
    for (const auto& decl : declarations().parameters())
        if (decl.key == key) return &decl;
    return nullptr;
}

std::span<const ParameterCheck<ScenarioConfig>> parameter_checks() {
    return declarations().checks();
}

std::span<const ShockFieldDecl> shock_field_declarations() {
    return kShockFields;
}

DefaultValue default_value(const ParameterDecl& decl) {
    static ScenarioConfig defaults; // accessors take a mutable reference; never written
    DefaultValue value;
    visit_field(decl, defaults, [&](const auto& field) {
        using T = std::remove_cvref_t<decltype(field)>;
        if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::string>)
            value = field;
        else if constexpr (std::is_integral_v<T>)
            value = static_cast<std::int64_t>(field);
        else
            value = field.to_string();
    });
    return value;
}

ScenarioConfig default_scenario() {
    ScenarioConfig config;
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
    // Every control character escaped, so that any text reads back the same.
    return quoted_text(std::get<std::string>(value));
}

std::string_view basis_name(Basis basis) {
    switch (basis) {
    case Basis::Setting:
        return "setting";
    case Basis::Fact:
        return "fact";
    case Basis::Calibrated:
        return "calibrated";
    case Basis::Assumption:
        return "assumption";
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
    case ValueType::Real:
        return "a number in [" + number(decl.range.min) + ", " + number(decl.range.max) + "]";
    case ValueType::Integer:
        return "an integer in [" + number(decl.range.min) + ", " + number(decl.range.max) + "]";
    case ValueType::Text:
        return "a text string";
    case ValueType::Month:
        return "a month \"YYYY-MM\"";
    case ValueType::Choice: {
        std::string text = "one of";
        for (std::size_t i = 0; i < decl.choices.size(); ++i)
            text += (i ? ", \"" : " \"") + std::string(decl.choices[i]) + "\"";
        return text;
    }
    }
    return "";
}

} // namespace paradiplo
