#include "outputs/summary_table.hpp"

#include <cstdio>
#include <functional>

namespace paradiplo {

std::vector<YearMonth> default_summary_months() {
    return {{2020, 12}, {2021, 12}, {2023, 12}, {2026, 3}};
}

Summary summarise(const std::vector<MonthlyIndicators>& months, const Calendar& calendar,
                  const std::vector<YearMonth>& at) {
    Summary summary;
    std::vector<int> steps;
    for (const auto& month : at)
        if (const auto step = calendar.step_of(month);
            step && *step < static_cast<int>(months.size())) {
            summary.columns.push_back(month);
            steps.push_back(*step);
        }
    using Getter = std::function<double(const MonthlyIndicators&)>;
    const auto stock = [&](std::string label, const Getter& get) {
        SummaryRow row{std::move(label), "", {}};
        for (int step : steps)
            row.values.push_back(get(months[static_cast<std::size_t>(step)]));
        summary.rows.push_back(std::move(row));
    };
    // Money: summed over the 12 months to the column.
    const auto yearly = [&](std::string label, const Getter& get) {
        SummaryRow row{std::move(label), "M EUR, 12 months to date", {}};
        for (int step : steps) {
            double total = 0;
            for (int t = std::max(0, step - 11); t <= step; ++t)
                total += get(months[static_cast<std::size_t>(t)]);
            row.values.push_back(total / 1e6);
        }
        summary.rows.push_back(std::move(row));
    };
    stock("engaged authorities", [](const MonthlyIndicators& m) { return m.engaged_authorities; });
    stock("running partnerships", [](const MonthlyIndicators& m) { return m.partnerships_active; });
    stock("distinct foreign partners",
          [](const MonthlyIndicators& m) { return m.foreign_partners; });
    yearly("APD total", [](const MonthlyIndicators& m) { return m.apd_total(); });
    yearly("  development", [](const MonthlyIndicators& m) { return m.apd_development; });
    yearly("  humanitarian", [](const MonthlyIndicators& m) { return m.apd_humanitarian; });
    yearly("  refugees", [](const MonthlyIndicators& m) { return m.apd_refugees; });
    yearly("international spending",
           [](const MonthlyIndicators& m) { return m.international_spending; });
    return summary;
}

std::string format_summary(const Summary& summary) {
    std::string out;
    char cell[64];
    std::snprintf(cell, sizeof cell, "%-28s", "");
    out += cell;
    for (const auto& month : summary.columns) {
        std::snprintf(cell, sizeof cell, "%11s", month.to_string().c_str());
        out += cell;
    }
    out += "\n";
    for (const auto& row : summary.rows) {
        std::snprintf(cell, sizeof cell, "%-28s", row.label.c_str());
        out += cell;
        for (double v : row.values) {
            std::snprintf(cell, sizeof cell, row.unit.empty() ? "%11.0f" : "%11.1f", v);
            out += cell;
        }
        if (!row.unit.empty()) out += "  " + row.unit;
        out += "\n";
    }
    return out;
}

} // namespace paradiplo
