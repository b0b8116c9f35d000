#pragma once
// The short table printed after a run: stocks at chosen months and money over the 12 months
// ending there.
#include "engine/core/calendar.hpp"
#include "engine/core/indicators.hpp"

#include <string>
#include <vector>

namespace paradiplo {

struct SummaryRow {
    std::string label, unit;
    std::vector<double> values; ///< one per column
};

struct Summary {
    std::vector<YearMonth> columns;
    std::vector<SummaryRow> rows;
};

/// Columns: the months of `at` that fall inside the calendar.
Summary summarise(const std::vector<MonthlyIndicators>& months, const Calendar& calendar,
                  const std::vector<YearMonth>& at);
std::string format_summary(const Summary& summary);

/// 2020-12, 2021-12, 2023-12, 2026-03: the months of the summary by default.
std::vector<YearMonth> default_summary_months();

} // namespace paradiplo
