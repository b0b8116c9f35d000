#include "engine/cli/option_values.hpp"

#include <cmath>

namespace paradiplo {

bool is_valid_tolerance(double tolerance) {
    return std::isfinite(tolerance) && tolerance >= 0;
}

} // namespace paradiplo
