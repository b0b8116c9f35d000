#pragma once
// Reading scenario files: TOML parsing, `extends` chains, --set overrides and validation.
// Every problem is reported as "file:line:column: key.path: expected ..., found ...".
#include "engine/scenario/names.hpp"
#include "engine/scenario/scenario_config.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace paradiplo {

/// Loads and validates a scenario file with its `extends` chain, then applies the overrides
/// ("key.path=value", or "shock.ID.field=value"). Throws ScenarioError listing every problem.
ScenarioConfig load_scenario_file(const std::string& path,
                                  const std::vector<std::string>& overrides = {});

/// The same for scenario text held in memory (the built-in baseline), named `source_name`.
ScenarioConfig load_scenario_text(std::string_view text, const std::string& source_name,
                                  const std::vector<std::string>& overrides = {});

/// The override "key=\"text\"" with `text` escaped as a TOML string, so that any text (a path
/// with quotes or backslashes) reaches the key as it is.
std::string text_override(const std::string& key, std::string_view text);

/// Every parameter and shock of a validated scenario as a TOML document; loading it gives the
/// same scenario again (numbers are written with full precision).
std::string resolved_scenario_text(const ScenarioConfig& config);

} // namespace paradiplo
