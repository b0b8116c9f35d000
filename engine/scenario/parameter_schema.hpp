#pragma once
// The one declaration of every scenario parameter: name, type, unit, default, allowed range and
// description. Parsing, validation, --help-parameters, docs/scenario-reference.md and the
// provenance written into outputs all read this table.
#include "engine/scenario/scenario_config.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace paradiplo {

enum class ValueType { Real, Integer, Text, Month, Choice };

/// Where a default value comes from (docs/calibration.md).
enum class Basis { Setting, Fact, Calibrated, Assumption };

using FieldRef = std::variant<double& (*)(ScenarioConfig&), std::int64_t& (*)(ScenarioConfig&),
                              int& (*)(ScenarioConfig&), std::string& (*)(ScenarioConfig&),
                              YearMonth& (*)(ScenarioConfig&)>;
using DefaultValue = std::variant<double, std::int64_t, std::string>;

struct ParameterDecl {
    std::string_view key; ///< dotted path in the scenario file, e.g. "model.budget.cut_elasticity"
    ValueType type;
    std::string_view unit;
    DefaultValue default_value;
    double min = 0, max = 0;               ///< allowed range (Real, Integer)
    std::vector<std::string_view> choices; ///< allowed values (Choice)
    Basis basis;
    std::string_view description;
    FieldRef field;
};

/// All declared parameters, in the order of the reference.
std::span<const ParameterDecl> parameter_declarations();
const ParameterDecl* find_parameter(std::string_view key);

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
