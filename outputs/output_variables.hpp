#pragma once
// The aggregate variables of output files: names, units and long names users' scripts depend on
// (docs/output-format.md lists them; a test checks the two agree).
#include "indicators.hpp"

#include <functional>
#include <string_view>
#include <vector>

namespace paradiplo {

enum class SeriesType { Int32, Float64 };

/// Second dimension of a 2-D aggregate (after time).
enum class SeriesAxis { None, Domain, Continent, Country, AuthorityKind };

struct AggregateVariable {
    std::string_view name, units, long_name, long_name_fr;
    SeriesType type;
    SeriesAxis axis;
    /// Appends the month's values (one, or one per entry of the axis) to `row`.
    std::function<void(const MonthlyIndicators&, std::vector<double>& row)> values;
};

const std::vector<AggregateVariable>& aggregate_variables();

} // namespace paradiplo
