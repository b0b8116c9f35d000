#pragma once
// Names users give (scenarios, sweeps, drivers, hypotheses) and names suggested back to them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplo {

/// What a safe name is, as error messages and docs/robustness.md state it.
inline constexpr std::string_view kSafeNameForm =
    "a name of 1 to 100 ASCII letters, digits, '-', '_' or '.', not starting with '.'";

/// True for a name of the safe form. Scenario and sweep names become file names
/// (results/NAME.h5, NAME_runs/) and words of generated Slurm scripts, driver and hypothesis
/// names become folders and files under hypotheses/: a '/', "..", a newline or a '#' could write
/// outside the results folder, read outside the hypotheses or add lines to a script.
bool is_safe_name(std::string_view name);

/// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `typed` at a distance below `below`, never `typed` itself: a
/// suggestion that repeats what the user typed tells them nothing.
std::optional<std::string>
closest_name(std::string_view typed, const std::vector<std::string>& candidates, std::size_t below);

} // namespace paradiplo
