// The run settings of a scenario file, declared like a model's parameters; the models' own
// declarations follow, through their registry.
#include "engine/scenario/scenario_config.hpp"

#include "engine/scenario/names.hpp"

namespace paradiplo {

ParameterList<ScenarioConfig> ScenarioConfig::describe() {
    using C = ScenarioConfig;
    constexpr auto S = Basis::Setting;
    ParameterList<C> list;
    list.integer("schema_version", &C::schema_version, {1, 1}, "1", S,
                 "Version of the scenario file format.")
        .integer("seed", &C::seed, {0, 9.2e18}, "1", S, "Seed of every random stream of the run.")
        .text(
            "meta.name", [](C& c) -> std::string& { return c.meta.name; },
            "Short name of the scenario, used in file names (results/NAME.h5) and tables: "
            "ASCII letters, digits, '-', '_', '.', not starting with '.', at most 100 "
            "characters.")
        .text(
            "meta.title", [](C& c) -> std::string& { return c.meta.title; }, "One-line title.")
        .text(
            "meta.narrative", [](C& c) -> std::string& { return c.meta.narrative; },
            "The story the scenario tells.")
        .month(
            "time.start", [](C& c) -> YearMonth& { return c.time.start; }, "First simulated month.")
        .month(
            "time.end", [](C& c) -> YearMonth& { return c.time.end; },
            "Last simulated month (inclusive).")
        .choice(
            "time.step", [](C& c) -> std::string& { return c.time.step; }, {"month"},
            "Time step (monthly only).")
        .choice(
            "output.level", [](C& c) -> std::string& { return c.output.level; },
            {"aggregate", "authorities", "full"},
            "What the output file holds: national aggregates; plus per-authority trajectories; "
            "plus the partnership event log.")
        .integer(
            "output.compression", [](C& c) -> std::int64_t& { return c.output.compression; },
            {0, 9}, "deflate level", S, "Deflate level of per-authority datasets (0 = none).")
        .check({"meta.name"}, kSafeNameForm, [](const C& c) { return is_safe_name(c.meta.name); })
        .check({"time.end", "time.start"}, "a last month not before the first",
               [](const C& c) { return !(c.time.end < c.time.start); })
        .check({"time.start"},
               "a month from 2020-01 to 2050-12 (the initial world is that of "
               "January 2020)",
               [](const C& c) {
                   return !(c.time.start < kFirstModelMonth) && !(kLastModelMonth < c.time.start);
               })
        .check({"time.end"}, "a month no later than 2050-12 (the model's horizon)",
               [](const C& c) { return !(kLastModelMonth < c.time.end); })
        .nest("", &C::model, ModelParameters::describe());
    return list;
}

OutputLevel ScenarioConfig::output_level() const {
    if (output.level == "aggregate") return OutputLevel::Aggregate;
    if (output.level == "full") return OutputLevel::Full;
    return OutputLevel::Authorities;
}

} // namespace paradiplo
