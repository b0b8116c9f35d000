#pragma once
// `paradiplo compare A.h5 B.h5`: the aggregate indicators of two output files side by side (the
// national ones, and those by domain, continent and kind of authority, matched by key). Stocks are
// read at the chosen months, money (EUR) is summed over the 12 months to them. Sweep files give the
// median and 5-95% range over their runs.
#include "outputs/analysis/output_file.hpp"

#include <string>
#include <vector>

namespace paradiplo {

struct Distribution {
    double median = 0, p05 = 0, p95 = 0;
    bool spread = false; ///< several runs
};

struct ComparisonRow {
    std::string indicator, units, measure; ///< measure: "end of month" or "12 months to"
    YearMonth at;
    Distribution a, b;
    double difference = 0, relative = 0; ///< of the medians; relative to |a|
};

struct Comparison {
    std::string a_label, b_label;
    std::vector<ComparisonRow> rows;
    /// What the files do not share: variables of one only, months outside one's period.
    std::vector<std::string> not_compared;
};

Comparison compare_files(const OutputFile& a, const OutputFile& b,
                         const std::vector<YearMonth>& at);

/// An aligned text table.
std::string comparison_text(const Comparison& comparison);
/// The same as tidy CSV: one row per indicator and month, a header row.
std::string comparison_csv(const Comparison& comparison);
/// The largest |relative difference| of the comparison.
double largest_relative_difference(const Comparison& comparison);

} // namespace paradiplo
