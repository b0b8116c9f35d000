#pragma once
// How a model declares its scenario parameters, beside its parameters struct: key, type, unit,
// range, basis and description, bound to the member it fills. The default is not declared: it is
// the member's value in a default-constructed struct, so it is written once, in the initialiser.
// Models describe; the scenario layer parses, validates, documents and writes provenance from it.
#include "engine/core/calendar.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace paradiplo {

enum class ValueType { Real, Integer, Text, Month, Choice };

/// Where a default value comes from (docs/calibration.md).
enum class Basis { Setting, Fact, Calibrated, Assumption };

struct Range {
    double min = 0, max = 0;
};

/// The member a parameter fills, reached from the struct `Root` that holds it.
template <class Root>
using FieldAccess = std::variant<std::function<double&(Root&)>, std::function<std::int64_t&(Root&)>,
                                 std::function<int&(Root&)>, std::function<std::string&(Root&)>,
                                 std::function<YearMonth&(Root&)>>;

template <class Root> struct Parameter {
    std::string key; ///< dotted path in the scenario file, e.g. "model.budget.cut_elasticity"
    ValueType type;
    std::string_view unit;
    Range range;                           ///< allowed values (Real, Integer)
    std::vector<std::string_view> choices; ///< allowed values (Choice)
    Basis basis;
    std::string description;
    FieldAccess<Root> field;
};

/// A rule between parameters: `holds` tells whether the values of `keys` are valid together. A
/// violation is reported where the user last set one of them, with `expected` and every value.
template <class Root> struct ParameterCheck {
    std::vector<std::string> keys;
    std::string expected; ///< what a valid set looks like, for the message
    std::function<bool(const Root&)> holds;
};

/// One element of an array member, as a field.
template <class Root, class T, std::size_t N>
std::function<T&(Root&)> element(std::array<T, N> Root::*member, std::size_t index) {
    return [member, index](Root& root) -> T& { return (root.*member)[index]; };
}

template <class Root> class ParameterList {
  public:
    using Field = FieldAccess<Root>;

    template <class T>
    ParameterList& real(std::string_view key, T field, Range range, std::string_view unit,
                        Basis basis, std::string_view description) {
        return add({std::string(key),
                    ValueType::Real,
                    unit,
                    range,
                    {},
                    basis,
                    std::string(description),
                    to_field<double>(field)});
    }
    /// One real parameter per label, `prefix.KEY`, for the elements of an array member; each
    /// description is `description` followed by the label in brackets.
    template <std::size_t N>
    ParameterList& reals(std::string_view prefix, std::array<double, N> Root::*member,
                         const std::array<Label, N>& labels, Range range, std::string_view unit,
                         Basis basis, std::string_view description) {
        for (std::size_t i = 0; i < N; ++i)
            real(std::string(prefix) + "." + std::string(labels[i].key), element(member, i), range,
                 unit, basis,
                 std::string(description) + " (" + std::string(labels[i].english) + ").");
        return *this;
    }
    template <class T>
    ParameterList& integer(std::string_view key, T field, Range range, std::string_view unit,
                           Basis basis, std::string_view description) {
        return add({std::string(key),
                    ValueType::Integer,
                    unit,
                    range,
                    {},
                    basis,
                    std::string(description),
                    integer_field(field)});
    }
    template <class T>
    ParameterList& text(std::string_view key, T field, std::string_view description) {
        return add({std::string(key),
                    ValueType::Text,
                    "",
                    {},
                    {},
                    Basis::Setting,
                    std::string(description),
                    to_field<std::string>(field)});
    }
    template <class T>
    ParameterList& month(std::string_view key, T field, std::string_view description) {
        return add({std::string(key),
                    ValueType::Month,
                    "YYYY-MM",
                    {},
                    {},
                    Basis::Setting,
                    std::string(description),
                    to_field<YearMonth>(field)});
    }
    template <class T>
    ParameterList& choice(std::string_view key, T field, std::vector<std::string_view> choices,
                          std::string_view description) {
        return add({std::string(key),
                    ValueType::Choice,
                    "",
                    {},
                    std::move(choices),
                    Basis::Setting,
                    std::string(description),
                    to_field<std::string>(field)});
    }
    /// A rule between this struct's parameters `keys` (declared in this list).
    ParameterList& check(std::vector<std::string> keys, std::string_view expected,
                         std::function<bool(const Root&)> holds) {
        checks_.push_back({std::move(keys), std::string(expected), std::move(holds)});
        return *this;
    }

    /// Adds `inner`'s parameters and checks as those of the member `member` of Root, their keys
    /// under `prefix` ("model.budget" + "." + key).
    template <class Inner>
    ParameterList& nest(std::string_view prefix, Inner Root::*member,
                        const ParameterList<Inner>& inner) {
        const auto key_of = [&](const std::string& key) {
            return prefix.empty() ? key : std::string(prefix) + "." + key;
        };
        for (const auto& p : inner.parameters()) {
            Field field = std::visit(
                [member](const auto& inner_field) -> Field {
                    using Result = typename std::remove_cvref_t<decltype(inner_field)>::result_type;
                    return std::function<Result(Root&)>(
                        [member, inner_field](Root& root) -> Result {
                            return inner_field(root.*member);
                        });
                },
                p.field);
            add({key_of(p.key), p.type, p.unit, p.range, p.choices, p.basis, p.description,
                 std::move(field)});
        }
        for (const auto& c : inner.checks()) {
            std::vector<std::string> keys;
            for (const auto& key : c.keys)
                keys.push_back(key_of(key));
            check(std::move(keys), c.expected,
                  [member, holds = c.holds](const Root& root) { return holds(root.*member); });
        }
        return *this;
    }

    [[nodiscard]] const std::vector<Parameter<Root>>& parameters() const { return parameters_; }
    [[nodiscard]] const std::vector<ParameterCheck<Root>>& checks() const { return checks_; }

  private:
    ParameterList& add(Parameter<Root> parameter) {
        parameters_.push_back(std::move(parameter));
        return *this;
    }
    template <class Value, class T> static Field to_field(T field) {
        if constexpr (std::is_member_object_pointer_v<T>)
            return std::function<Value&(Root&)>(
                [field](Root& root) -> Value& { return root.*field; });
        else
            return std::function<Value&(Root&)>(std::move(field));
    }
    template <class T> static Field integer_field(T field) {
        if constexpr (std::is_same_v<T, int Root::*> ||
                      std::is_same_v<T, std::function<int&(Root&)>>)
            return to_field<int>(field);
        else
            return to_field<std::int64_t>(field);
    }

    std::vector<Parameter<Root>> parameters_;
    std::vector<ParameterCheck<Root>> checks_;
};

} // namespace paradiplo
