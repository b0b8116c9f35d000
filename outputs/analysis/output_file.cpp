#include "outputs/analysis/output_file.hpp"

#include "engine/core/errors.hpp"

#include <algorithm>
#include <cstdio>

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
    if (reader_.has_variable("run")) runs_ = reader_.shape("run").at(0);
    const std::string units = reader_.text_attribute("units", "time").value_or("");
    int year = 0, month = 0;
    if (std::sscanf(units.c_str(), "days since %d-%d", &year, &month) != 2)
        throw InputError(path + ": time units \"" + units + "\" are not \"days since YYYY-MM-01\"");
    const YearMonth start{year, month};
    const auto days = reader_.read("time");
    for (double day : days) { // each value is the first day of its month
        YearMonth m = start;
        while (static_cast<double>(m.plus_months(1).days_since_epoch() -
                                   start.days_since_epoch()) <= day)
            m = m.plus_months(1);
        months_.push_back(m);
    }
}

bool OutputFile::has(const std::string& variable) const {
    return reader_.has_variable(variable);
}

std::vector<std::vector<double>> OutputFile::by_run(const std::string& variable) const {
    const auto dims = reader_.dimensions(variable);
    if (dims.empty() || (dims.front() != "time" && dims.front() != "run"))
        throw InputError(path() + ": " + variable + " is not a variable over time");
    if (dims.front() == "time") return {reader_.read(variable)};
    std::vector<std::vector<double>> rows;
    for (std::size_t r = 0; r < runs_; ++r)
        rows.push_back(reader_.read_row(variable, r));
    return rows;
}

} // namespace paradiplo
