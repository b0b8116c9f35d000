#include "outputs/analysis/comparison.hpp"

#include "outputs/output_variables.hpp"
#include "outputs/statistics.hpp"

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

/// Entry k of each month of each run's [time][width] values.
std::vector<std::vector<double>> column(const std::vector<std::vector<double>>& runs,
                                        std::size_t width, std::size_t k) {
    std::vector<std::vector<double>> out;
    for (const auto& run : runs) {
        std::vector<double> values;
        for (std::size_t t = k; t < run.size(); t += width)
            values.push_back(run[t]);
        out.push_back(std::move(values));
    }
    return out;
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

/// M EUR with one decimal, counts as integers, shares (below 1) with three decimals.
std::string figure(double value, const std::string& units) {
    char text[32];
    if (units == "M EUR")
        std::snprintf(text, sizeof text, "%.1f", value / 1e6);
    else if (units == "1" && std::abs(value) < 1 && value != 0)
        std::snprintf(text, sizeof text, "%.3f", value);
    else
        std::snprintf(text, sizeof text, "%.0f", value);
    return text;
}

std::string cell(const Distribution& d, const std::string& units) {
    if (!d.spread) return figure(d.median, units);
    return figure(d.median, units) + " [" + figure(d.p05, units) + ", " + figure(d.p95, units) +
           "]";
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
        if (variable.axis == SeriesAxis::Country) continue; // 165 rows a month: see export
        const std::string name(variable.name);
        if (!a.has(name) || !b.has(name)) {
            if (a.has(name) || b.has(name))
                comparison.not_compared.push_back(name + ": only in " +
                                                  (a.has(name) ? a.path() : b.path()));
            continue;
        }
        const bool money = variable.units == "EUR";
        const std::string units = money ? "M EUR" : std::string(variable.units);
        // Entities (domains, continents, kinds) are matched by key: a file may have others.
        std::vector<std::string> keys_a{""}, keys_b{""};
        if (variable.axis != SeriesAxis::None) {
            keys_a = a.reader().read_strings(dimension_of(variable.axis));
            keys_b = b.reader().read_strings(dimension_of(variable.axis));
        }
        const auto runs_a = a.by_run(name), runs_b = b.by_run(name);
        for (std::size_t ka = 0; ka < keys_a.size(); ++ka) {
            const auto kb = std::find(keys_b.begin(), keys_b.end(), keys_a[ka]);
            const std::string indicator = keys_a[ka].empty() ? name : name + "[" + keys_a[ka] + "]";
            if (kb == keys_b.end()) {
                comparison.not_compared.push_back(indicator + ": only in " + a.path());
                continue;
            }
            const auto column_a = column(runs_a, keys_a.size(), ka);
            const auto column_b =
                column(runs_b, keys_b.size(), static_cast<std::size_t>(kb - keys_b.begin()));
            for (const auto& month : at) {
                const auto da = measure(column_a, a, month, money);
                const auto db = measure(column_b, b, month, money);
                if (!da || !db) continue;
                ComparisonRow row{indicator, units, money ? "12 months to" : "end of month",
                                  month,     *da,   *db};
                row.difference = db->median - da->median;
                row.relative = da->median != 0       ? row.difference / std::abs(da->median)
                               : row.difference == 0 ? 0.0
                                                     : std::numeric_limits<double>::infinity();
                comparison.rows.push_back(row);
            }
        }
        for (const auto& key : keys_b)
            if (std::find(keys_a.begin(), keys_a.end(), key) == keys_a.end())
                comparison.not_compared.push_back(name + "[" + key + "]: only in " + b.path());
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
        // A share's difference is small: shown like the shares it compares.
        const bool share = r.units == "1" && std::abs(r.a.median) < 1 && r.a.median != 0;
        std::snprintf(line, sizeof line, "%-32s %-8s %-*s %-*s %12s %+8.1f%%\n",
                      (r.indicator + (money ? " (M EUR)" : "")).c_str(), r.at.to_string().c_str(),
                      width, cell(r.a, r.units).c_str(), width, cell(r.b, r.units).c_str(),
                      (share && r.difference == 0 ? std::string("0")
                                                  : figure(r.difference, share ? "1" : r.units))
                          .c_str(),
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
