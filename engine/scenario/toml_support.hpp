#pragma once
// Helpers shared by the scenario readers (internal to engine/scenario).
#define TOML_ENABLE_FORMATTERS 0
#include <toml++/toml.h>

#include "engine/core/taxonomy.hpp"

#include <array>
#include <string>
#include <string_view>

namespace paradiplo {

/// What a TOML value is, as error messages show it: "7.5", "\"high\"", "a table".
std::string describe(const toml::node& node);
/// A text in double quotes with quotes, backslashes and control characters escaped as TOML
/// does, so that a newline in a value cannot start a new line of an error message.
std::string quoted_text(std::string_view text);
/// "file:line:column" of a region of a file.
std::string location(const std::string& file, const toml::source_region& region);
/// A number with up to `digits` significant digits.
std::string number_text(double value, int digits);

/// Deepest nesting a TOML text may have (tables, arrays and dotted-key parts counted together):
/// far above any scenario, far below what would overflow the parser's stack.
inline constexpr int kMaxTomlDepth = 64;
/// What makes `text` unsafe to hand to the TOML library, as "name:line:column: ...", or "":
/// nesting deeper than kMaxTomlDepth, or a byte outside ASCII outside strings and comments
/// (where TOML allows none and the library misreads some).
std::string toml_text_problem(std::string_view text, const std::string& name);

/// "model.budget" for "model.budget.inertia"; "" at the top level.
std::string parent_of(std::string_view key);
/// "inertia" for "model.budget.inertia".
std::string last_component(std::string_view key);

/// `one of "a", "b", "c"` for a list of labels.
template <std::size_t N> std::string labels_text(const std::array<Label, N>& labels) {
    std::string text = "one of";
    for (std::size_t i = 0; i < N; ++i)
        text += (i ? ", \"" : " \"") + std::string(labels[i].key) + "\"";
    return text;
}

} // namespace paradiplo
