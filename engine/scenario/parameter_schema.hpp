#pragma once
// The one declaration of every scenario parameter: name, type, unit, default, allowed range and
// description (defaults from the structs' initialisers). Parsing, validation, --help-parameters,
// docs/scenario-reference.md and the provenance written into outputs all read this table.
#include "engine/core/parameters.hpp"
#include "engine/scenario/scenario_config.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace paradiplo {

using ParameterDecl = Parameter<ScenarioConfig>;
using DefaultValue = std::variant<double, std::int64_t, std::string>;

/// All declared parameters, in the order of the reference.
std::span<const ParameterDecl> parameter_declarations();
const ParameterDecl* find_parameter(std::string_view key);
/// The rules between parameters (ScenarioConfig::describe and the models' own).
std::span<const ParameterCheck<ScenarioConfig>> parameter_checks();

/// The declared default: the field's value in a default-constructed ScenarioConfig.
DefaultValue default_value(const ParameterDecl& decl);

/// Calls `f` with a reference to the field `decl` fills in `config`.
template <class F> void visit_field(const ParameterDecl& decl, ScenarioConfig& config, F&& f) {
    std::visit([&](const auto& field) { f(field(config)); }, decl.field);
}

/// Fields of a [[shock]] table (documentation and validation).
struct ShockFieldDecl {
    std::string_view key, type, description;
};
std::span<const ShockFieldDecl> shock_field_declarations();

/// A scenario with every parameter at its declared default and no shock.
ScenarioConfig default_scenario();

/// "1.5", "\"2020-01\"", "true": the TOML literal of a value.
std::string toml_literal(const DefaultValue& value, ValueType type);
std::string_view basis_name(Basis basis);
/// "a number in [0, 5]", "one of \"aggregate\", \"authorities\"", ...
std::string expectation(const ParameterDecl& decl);

} // namespace paradiplo
