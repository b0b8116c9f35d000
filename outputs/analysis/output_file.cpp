#include "outputs/analysis/output_file.hpp"

#include "engine/core/errors.hpp"

#include <algorithm>

namespace paradiplo {

OutputFile::OutputFile(const std::string& path) : reader_(path) {
    const auto source = reader_.text_attribute("source");
    if (!source || source->rfind("Paradiplo", 0) != 0 || !reader_.has_variable("time"))
        throw InputError(path + ": not a Paradiplo output file (no source = \"Paradiplo ...\")");
    if (reader_.number_attribute("complete").value_or(0) != 1)
        throw InputError(path + ": incomplete (complete is not 1): the run or sweep that wrote "
                                "it did not finish");
    label_ =
        reader_.text_attribute(reader_.has_attribute("sweep_name") ? "sweep_name" : "scenario_name")
            .value_or(path);
    months_ = read_months();
    if (reader_.has_variable("run")) {
        const auto shape = reader_.shape("run");
        if (shape.size() != 1 || shape[0] == 0)
            throw InputError(path + ": run is not a list of runs");
        runs_ = shape[0];
    }
    Shapes shapes; // read once: every variable's axes are checked against them
    for (const auto& name : reader_.variables())
        shapes.emplace(name, reader_.shape(name));
    for (const auto& [name, shape] : shapes)
        check_axes(name, shapes);
    for (const auto& variable : aggregate_variables())
        if (has(std::string(variable.name))) check_aggregate(variable);
}

std::vector<YearMonth> OutputFile::read_months() const {
    const std::string units = reader_.text_attribute("units", "time").value_or("");
    constexpr std::string_view prefix = "days since ";
    const std::size_t day_at = prefix.size() + 7; // "-01" after YYYY-MM, then the end or a time
    const bool first_day = units.rfind(prefix, 0) == 0 && units.size() >= day_at + 3 &&
                           units.compare(day_at, 3, "-01") == 0 &&
                           (units.size() == day_at + 3 || units[day_at + 3] == ' ');
    const auto start_month =
        first_day ? parse_year_month(std::string_view(units).substr(prefix.size(), 7))
                  : std::nullopt;
    const YearMonth start = start_month.value_or(YearMonth{0, 1});
    if (!start_month || start < kFirstModelMonth || kLastModelMonth < start)
        throw InputError(path() + ": time units \"" + units +
                         "\" are not \"days since YYYY-MM-01\" "
                         "with a month from " +
                         kFirstModelMonth.to_string() + " to " + kLastModelMonth.to_string());
    const auto days = reader_.read("time");
    if (days.empty()) throw InputError(path() + ": time has no months");
    const auto day_of = [&](YearMonth m) {
        return static_cast<double>(m.days_since_epoch() - start.days_since_epoch());
    };
    std::vector<YearMonth> months;
    YearMonth month = start;
    for (double day : days) { // the first day of each month, in order, up to the model's horizon
        while (month < kLastModelMonth && day_of(month.plus_months(1)) <= day)
            month = month.plus_months(1);
        if (!(day >= day_of(month) && day < day_of(month.plus_months(1))) ||
            (!months.empty() && !(months.back() < month)))
            throw InputError(path() + ": time values are not successive months from " +
                             start.to_string() + " to " + kLastModelMonth.to_string());
        months.push_back(month);
    }
    return months;
}

void OutputFile::check_axes(const std::string& variable, const Shapes& shapes) const {
    const auto& shape = shapes.at(variable);
    const auto dims = reader_.dimensions(variable);
    for (std::size_t axis = 0; axis < dims.size(); ++axis) {
        const auto found = shapes.find(dims[axis]); // a coordinate finds itself
        if (found == shapes.end() || found->second.size() != 1 || found->second[0] != shape[axis])
            throw InputError(path() + ": " + variable + ": axis " + std::to_string(axis) + " (" +
                             dims[axis] + ") does not match a dimension of the file");
    }
}

void OutputFile::check_aggregate(const AggregateVariable& variable) const {
    std::vector<std::string> expected;
    if (is_sweep()) expected.emplace_back("run");
    expected.emplace_back("time");
    if (variable.axis != SeriesAxis::None) expected.emplace_back(dimension_of(variable.axis));
    // With check_axes, this makes the axis a one-dimensional variable of the file.
    require_dimensions(std::string(variable.name), expected);
    if (variable.axis == SeriesAxis::None) return;
    const std::string& axis = expected.back();
    if (!reader_.is_text(axis)) throw InputError(path() + ": " + axis + " is not a list of names");
    // The report reads domains, continents and kinds by position; countries are looked up.
    const std::size_t names = reader_.shape(axis).at(0);
    const std::size_t written = values_per_month(variable.axis, names);
    if (names != written)
        throw InputError(path() + ": " + axis + " holds " + std::to_string(names) +
                         " names; this version writes " + std::to_string(written));
}

void OutputFile::require_dimensions(const std::string& variable,
                                    const std::vector<std::string>& expected) const {
    if (reader_.dimensions(variable) == expected) return;
    std::string text;
    for (const auto& dim : expected)
        text += (text.empty() ? "" : ", ") + dim;
    throw InputError(path() + ": " + variable + " is not over (" + text +
                     "): not a file this version wrote");
}

bool OutputFile::has(const std::string& variable) const {
    return reader_.has_variable(variable);
}

std::vector<std::vector<double>> OutputFile::by_run(const std::string& variable) const {
    const auto dims = reader_.dimensions(variable);
    if (dims.empty() || (dims.front() != "time" && dims.front() != "run"))
        throw InputError(path() + ": " + variable + " is not a variable over time");
    if (dims.front() == "time") {
        std::vector<std::vector<double>> whole(1);
        whole[0] = reader_.read(variable);
        return whole;
    }
    std::vector<std::vector<double>> rows;
    for (std::size_t r = 0; r < runs_; ++r)
        rows.push_back(reader_.read_row(variable, r));
    return rows;
}

} // namespace paradiplo
