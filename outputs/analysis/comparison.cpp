#include "comparison.hpp"

#include "output_variables.hpp"
#include "statistics.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace paradiplo {
namespace {

std::optional<std::size_t> step_of(const OutputFile& file, YearMonth month) {
    const auto& months = file.months();
    const auto it = std::find(months.begin(), months.end(), month);
    if (it == months.end()) return std::nullopt;
    return static_cast<std::size_t>(it - months.begin());
}

Distribution distribution(std::vector<double> values) {
    Distribution d;
    d.median = quantile(values, 0.5);
    d.p05 = quantile(values, 0.05);
    d.p95 = quantile(values, 0.95);
    d.spread = values.size() > 1;
    return d;
}

/// The indicator at a month for each run: the month's value, or the 12 months' sum for money.
std::optional<Distribution> measure(const std::vector<std::vector<double>>& runs,
                                    const OutputFile& file, YearMonth at, bool money) {
    const auto step = step_of(file, at);
    if (!step || (money && *step < 11)) return std::nullopt;
    std::vector<double> values;
    for (const auto& run : runs) {
        double value = run[*step];
        if (money)
            for (std::size_t t = *step - 11; t < *step; ++t)
                value += run[t];
        values.push_back(value);
    }
    return distribution(std::move(values));
}

std::string cell(const Distribution& d, bool money) {
    const double scale = money ? 1e6 : 1.0;
    char text[128];
    const char* format = money ? "%.1f" : "%.0f";
    char median[32], low[32], high[32];
    std::snprintf(median, sizeof median, format, d.median / scale);
    if (!d.spread) return median;
    std::snprintf(low, sizeof low, format, d.p05 / scale);
    std::snprintf(high, sizeof high, format, d.p95 / scale);
    std::snprintf(text, sizeof text, "%s [%s, %s]", median, low, high);
    return text;
}

} // namespace

Comparison compare_files(const OutputFile& a, const OutputFile& b,
                         const std::vector<YearMonth>& at) {
    Comparison comparison{a.label(), b.label(), {}, {}};
    for (const auto& month : at)
        if (!step_of(a, month) || !step_of(b, month))
            comparison.not_compared.push_back(month.to_string() + ": outside the period of " +
                                              (step_of(a, month)   ? b.path()
                                               : step_of(b, month) ? a.path()
                                                                   : "both files"));
    for (const auto& variable : aggregate_variables()) {
        if (variable.axis != SeriesAxis::None) continue;
        const std::string name(variable.name);
        if (!a.has(name) || !b.has(name)) {
            comparison.not_compared.push_back(name + ": only in " +
                                              (a.has(name) ? a.path() : b.path()));
            continue;
        }
        const bool money = variable.units == "EUR";
        const auto runs_a = a.by_run(name), runs_b = b.by_run(name);
        for (const auto& month : at) {
            const auto da = measure(runs_a, a, month, money);
            const auto db = measure(runs_b, b, month, money);
            if (!da || !db) continue;
            ComparisonRow row{name,
                              money ? "M EUR" : std::string(variable.units),
                              money ? "12 months to" : "end of month",
                              month,
                              *da,
                              *db};
            row.difference = db->median - da->median;
            row.relative = da->median != 0       ? row.difference / std::abs(da->median)
                           : row.difference == 0 ? 0.0
                                                 : std::numeric_limits<double>::infinity();
            comparison.rows.push_back(row);
        }
    }
    return comparison;
}

std::string comparison_text(const Comparison& c) {
    std::string out = "A: " + c.a_label + "\nB: " + c.b_label + "\n";
    const bool spread = std::any_of(c.rows.begin(), c.rows.end(),
                                    [](const auto& r) { return r.a.spread || r.b.spread; });
    if (spread) out += "(median [5%, 95%] over runs)\n";
    out += "\n";
    const int width = spread ? 26 : 12;
    char line[256];
    std::snprintf(line, sizeof line, "%-32s %-8s %-*s %-*s %12s %9s\n", "indicator", "month", width,
                  "A", width, "B", "B - A", "B/A - 1");
    out += line;
    for (const auto& r : c.rows) {
        const bool money = r.units == "M EUR";
        char difference[32];
        std::snprintf(difference, sizeof difference, money ? "%.1f" : "%.0f",
                      r.difference / (money ? 1e6 : 1.0));
        std::snprintf(line, sizeof line, "%-32s %-8s %-*s %-*s %12s %+8.1f%%\n",
                      (r.indicator + (money ? " (M EUR)" : "")).c_str(), r.at.to_string().c_str(),
                      width, cell(r.a, money).c_str(), width, cell(r.b, money).c_str(), difference,
                      100.0 * r.relative);
        out += line;
    }
    if (!c.not_compared.empty()) {
        out += "\nNot compared:\n";
        for (const auto& item : c.not_compared)
            out += "  " + item + "\n";
    }
    return out;
}

std::string comparison_csv(const Comparison& c) {
    std::string out = "indicator,units,measure,month,a_median,a_p05,a_p95,b_median,b_p05,b_p95,"
                      "difference,relative_difference\n";
    char line[512];
    for (const auto& r : c.rows) {
        const double scale = r.units == "M EUR" ? 1e6 : 1.0;
        std::snprintf(
            line, sizeof line, "%s,%s,%s,%s,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g\n",
            r.indicator.c_str(), r.units.c_str(), r.measure.c_str(), r.at.to_string().c_str(),
            r.a.median / scale, r.a.p05 / scale, r.a.p95 / scale, r.b.median / scale,
            r.b.p05 / scale, r.b.p95 / scale, r.difference / scale, r.relative);
        out += line;
    }
    return out;
}

double largest_relative_difference(const Comparison& c) {
    double largest = 0;
    for (const auto& r : c.rows)
        largest = std::max(largest, std::abs(r.relative));
    return largest;
}

} // namespace paradiplo
