#pragma once
// The aggregate and per-authority variables of output files: names, units and long names users'
// scripts depend on (docs/output-format.md lists them; a test checks the two agree).
#include "engine/core/calendar.hpp"
#include "engine/core/indicators.hpp"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplo {

enum class SeriesType { Int32, Float64 };

/// Second dimension of a 2-D aggregate (after time).
enum class SeriesAxis { None, Domain, Continent, Country, AuthorityKind, Call };

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

struct Authorities;

/// Storage type of a per-authority trajectory in the file.
enum class AuthorityValueType { Float32, Int32, Int8 };

/// Fills one month of a per-authority variable: `values[i]` for authority i, or
/// `values[i * kDomainCount + d]` for a per-domain variable. Doubles hold every value read
/// (floats, int32 counts, flags) exactly; the writer converts them to the storage type.
using AuthorityReader = std::function<void(const Authorities&, std::span<double> values)>;

/// A trajectory written per authority and month (output level "authorities" and above), laid out
/// [time][authority] or [time][authority][domain].
struct AuthorityVariable {
    std::string_view name, units, long_name, long_name_fr;
    AuthorityValueType type;
    /// Meanings of the codes 0, 1, ... of a coded variable (CF flag_meanings); empty otherwise.
    std::span<const std::string_view> flag_meanings;
    /// Third dimension "domain": one value per authority and domain.
    bool per_domain;
    /// Significant mantissa bits kept (netCDF BitRound) of a float; 0 keeps every bit.
    int significant_bits;
    AuthorityReader read;
};

/// The per-authority trajectories, in the order the file defines them.
const std::vector<AuthorityVariable>& authority_variables();

namespace h5 {
class NetcdfWriter;
}
/// Writes the coordinates aggregates use (time, domain, continent, authority_kind, call, country,
/// with their labels) for a calendar, and the countries of the reference data.
void write_aggregate_coordinates(h5::NetcdfWriter& file, const Calendar& calendar);
/// units, long_name and long_name_fr of an aggregate variable.
void describe_aggregate(h5::NetcdfWriter& file, const std::string& name,
                        const AggregateVariable& variable);

} // namespace paradiplo
