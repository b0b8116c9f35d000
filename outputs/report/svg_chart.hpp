#pragma once
// Charts as inline SVG for the HTML report: lines with optional fan bands, or stacked areas, over
// months, with labelled axes. No script, no external resource.
#include "engine/core/calendar.hpp"

#include <string>
#include <vector>

namespace paradiplo {

struct Band {
    std::vector<double> low, high;
    double opacity = 0.2;
};

struct Series {
    std::string label;
    std::vector<double> values; ///< one per month of the chart
    std::vector<Band> bands;    ///< drawn under the line (e.g. 5-95% and 25-75%)
    bool dashed = false;
};

struct Chart {
    std::string id, title, y_label;
    std::vector<YearMonth> months;
    std::vector<Series> series;
    bool stacked = false; ///< stacked areas instead of lines
    bool zero_based = true;
};

/// The chart as an <svg> element (id = chart.id, class "chart").
std::string render_svg(const Chart& chart);

/// Text with &, <, > and quotes escaped for HTML and SVG.
std::string escape_html(const std::string& text);

} // namespace paradiplo
