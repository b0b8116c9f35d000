#include "outputs/scenario_comparison.hpp"

#include "engine/core/indicator_history.hpp"
#include "engine/core/random_stream.hpp"
#include "models/schedule.hpp"
#include "outputs/statistics.hpp"

#include <cstdio>

namespace paradiplo {

const std::array<const char*, kKeyIndicatorCount> kKeyIndicatorLabels{
    "engaged authorities 2026-03",
    "running partnerships 2026-03",
    "partnerships outside Europe 2026-03",
    "climate share of priorities 2026-03",
    "international spending 2024-2025 (M EUR)",
    "APD 2025 (M EUR)"};

namespace {

KeyIndicators key_indicators(const std::vector<MonthlyIndicators>& months,
                             const Calendar& calendar) {
    const MonthlyIndicators& last = months.back();
    KeyIndicators k;
    k.values[0] = last.engaged_authorities;
    k.values[1] = last.partnerships_active;
    k.values[2] = last.partnerships_active -
                  last.partnerships_by_continent[static_cast<int>(Continent::Europe)];
    k.values[3] = last.priority_mean[static_cast<int>(Domain::Climate)];
    for (std::size_t t = 0; t < months.size(); ++t) {
        const int year = calendar.at(static_cast<int>(t)).year;
        if (year == 2024 || year == 2025) k.values[4] += months[t].international_spending / 1e6;
        if (year == 2025) k.values[5] += months[t].apd_total() / 1e6;
    }
    return k;
}

} // namespace

ScenarioSummary summarise_scenario(const ScenarioConfig& scenario, int replicates) {
    std::vector<KeyIndicators> runs;
    for (int r = 0; r < replicates; ++r) {
        const std::uint64_t seed =
            mix_seed(static_cast<std::uint64_t>(scenario.seed), static_cast<std::uint64_t>(r));
        Simulation simulation = make_simulation(scenario.model, scenario.calendar(), seed);
        IndicatorHistory history;
        simulation.run({&history});
        runs.push_back(key_indicators(history.months(), scenario.calendar()));
    }
    ScenarioSummary summary{scenario.meta.name, {}};
    for (int i = 0; i < kKeyIndicatorCount; ++i) {
        std::vector<double> values;
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
