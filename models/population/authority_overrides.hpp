#pragma once
// What an analyst's population table (population.table) says of named authorities: each given
// value replaces the drawn one; docs/geography.md describes the file.
#include "engine/core/taxonomy.hpp"

#include <optional>
#include <string>

namespace paradiplo {

struct AuthorityOverride {
    std::string id; ///< stable id of the authority (docs/geography.md)
    std::optional<bool> engaged;
    std::optional<double> international_budget_eur; ///< EUR/yr in 2020
    std::optional<double> staff_fte;
    std::optional<int> partnerships; ///< running partnerships in January 2020
    std::optional<Archetype> archetype;
};

} // namespace paradiplo
