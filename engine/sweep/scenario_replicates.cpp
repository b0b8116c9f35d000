#include "engine/sweep/scenario_replicates.hpp"

#include "engine/core/indicator_history.hpp"
#include "engine/core/random_stream.hpp"
#include "models/schedule.hpp"

namespace paradiplo {

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
        if (year != 2025) continue;
        k.values[5] += months[t].apd_total() / 1e6;
        k.values[6] += (months[t].international_spending - months[t].apd_refugees) / 1e6;
        k.values[7] += (months[t].apd_development + months[t].apd_humanitarian) / 1e6;
    }
    return k;
}

} // namespace

std::vector<KeyIndicators> run_scenario_replicates(const ScenarioConfig& scenario, int replicates) {
    std::vector<KeyIndicators> runs;
    runs.reserve(static_cast<std::size_t>(replicates));
    for (int r = 0; r < replicates; ++r) {
        const std::uint64_t seed =
            mix_seed(static_cast<std::uint64_t>(scenario.seed), static_cast<std::uint64_t>(r));
        Simulation simulation = make_simulation(scenario.model, scenario.calendar(), seed);
        IndicatorHistory history;
        simulation.run({&history});
        runs.push_back(key_indicators(history.months(), scenario.calendar()));
    }
    return runs;
}

} // namespace paradiplo
