#pragma once
// The aggregate variables of output files: names, units and long names users' scripts depend on
// (docs/output-format.md lists them; a test checks the two agree).
#include "engine/core/calendar.hpp"
#include "engine/core/indicators.hpp"

#include <functional>
#include <string>
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

/// Name of the dimension of a 2-D aggregate's second axis ("" for None).
const char* dimension_of(SeriesAxis axis);
/// Values a variable holds per month: 1, or the length of its axis.
std::size_t values_per_month(SeriesAxis axis, std::size_t countries);

/// Every aggregate of a run, variable after variable (in table order), each laid out [time][axis].
std::vector<double> flatten_aggregates(const std::vector<MonthlyIndicators>& months);

namespace h5 {
class NetcdfWriter;
}
/// Writes the coordinates aggregates use (time, domain, continent, authority_kind, country, with
/// their labels) for a calendar, and the countries of the reference data.
void write_aggregate_coordinates(h5::NetcdfWriter& file, const Calendar& calendar);
/// units, long_name and long_name_fr of an aggregate variable.
void describe_aggregate(h5::NetcdfWriter& file, const std::string& name,
                        const AggregateVariable& variable);

} // namespace paradiplo
