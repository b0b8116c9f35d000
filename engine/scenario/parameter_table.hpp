#pragma once
#include "engine/scenario/parameter_schema.hpp"

#include <vector>

namespace paradiplo {

/// The declarations themselves (parameter_table.cpp); use parameter_declarations().
const std::vector<ParameterDecl>& parameter_table();

} // namespace paradiplo
