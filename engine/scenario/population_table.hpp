#pragma once
// An analyst's population table (population.table): a CSV whose rows name authorities by id and
// give the attributes that replace the drawn ones. docs/geography.md describes the columns.
#include "models/population/authority_overrides.hpp"

#include <string>
#include <vector>

namespace paradiplo {

struct PopulationTable {
    std::vector<AuthorityOverride> rows;
    std::string sha256; ///< of the file's bytes, for provenance
};

/// Reads `path`, named at `named_at` (file:line:column or --set); every malformed cell, unknown
/// column or id and repeated id is appended to `problems` as
/// "path:line:column: column: expected ..., found ...".
PopulationTable read_population_table(const std::string& path, const std::string& named_at,
                                      std::vector<std::string>& problems);

} // namespace paradiplo
