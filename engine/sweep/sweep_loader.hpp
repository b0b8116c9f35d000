#pragma once
// Reading sweep files. Every problem is reported as "file:line:column: key.path: expected ...,
// found ..."; every varied key is checked against the parameter declarations, and every point of
// the design is validated as a scenario, before anything runs.
#include "engine/sweep/sweep_config.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace paradiplo {

/// Loads and validates a sweep file (and the scenarios it names). Throws ScenarioError.
SweepConfig load_sweep_file(const std::string& path);

/// Reads the resolved text stored in sweep and shard files (scenario names and absolute paths
/// included), without opening the scenario files.
SweepConfig read_resolved_sweep(std::string_view text, const std::string& source_name);

/// The sweep as a canonical TOML document (absolute scenario paths, every value explicit).
std::string resolved_sweep_text(const SweepConfig& config);

/// The overrides every run of the sweep gets besides its design point: its population table.
std::vector<std::string> table_overrides(const SweepConfig& config);

/// True when the TOML file has a [sweep] table (`paradiplo validate` takes both kinds).
bool is_sweep_file(const std::string& path);

} // namespace paradiplo
