#include "outputs/scenario_comparison.hpp"

#include "outputs/statistics.hpp"

#include <cstdio>
#include <utility>

namespace paradiplo {

ScenarioSummary summarise_replicates(std::string name, const std::vector<KeyIndicators>& runs) {
    ScenarioSummary summary{std::move(name), {}};
    for (int i = 0; i < kKeyIndicatorCount; ++i) {
        std::vector<double> values;
        values.reserve(runs.size());
        for (const auto& run : runs)
            values.push_back(run.values[static_cast<std::size_t>(i)]);
        summary.indicators[static_cast<std::size_t>(i)] = {
            quantile(values, 0.5), quantile(values, 0.05), quantile(values, 0.95)};
    }
    return summary;
}

std::string comparison_markdown(const std::vector<ScenarioSummary>& summaries, int replicates) {
    std::string out =
        "Median [5%, 95%] over " + std::to_string(replicates) + " replicates.\n\n| scenario |";
    for (const char* label : kKeyIndicatorLabels)
        out += std::string(" ") + label + " |";
    out += "\n|---|";
    for (int i = 0; i < kKeyIndicatorCount; ++i)
        out += "---|";
    out += "\n";
    char cell[96];
    for (const auto& s : summaries) {
        out += "| " + s.name + " |";
        for (int i = 0; i < kKeyIndicatorCount; ++i) {
            const Spread& v = s.indicators[static_cast<std::size_t>(i)];
            const char* format = i == 3   ? " %.3f [%.3f, %.3f] |"
                                 : i >= 4 ? " %.1f [%.1f, %.1f] |"
                                          : " %.0f [%.0f, %.0f] |";
            std::snprintf(cell, sizeof cell, format, v.median, v.p05, v.p95);
            out += cell;
        }
        out += "\n";
    }
    return out;
}

} // namespace paradiplo
