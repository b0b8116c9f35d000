#pragma once
// A validated scenario: everything a run depends on besides the thread count.
#include "engine/core/calendar.hpp"
#include "engine/core/parameters.hpp"
#include "models/model_parameters.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace paradiplo {

enum class OutputLevel { Aggregate, Authorities, Full };

struct ScenarioConfig {
    std::int64_t schema_version = 1;
    std::int64_t seed = 20200315;
    struct {
        std::string name = "baseline", title, narrative;
    } meta;
    struct {
        YearMonth start{2020, 1}, end{2026, 3};
        std::string step = "month";
    } time;
    struct {
        std::string level = "authorities";
        std::int64_t compression = 1;
    } output;
    ModelParameters model;
    std::map<std::string, std::string> hypotheses; ///< driver -> hypothesis chosen ([drivers])

    std::string source;        ///< file the scenario was read from (or "<built-in baseline>")
    std::string resolved_text; ///< every parameter and shock as TOML: reruns the same scenario

    [[nodiscard]] Calendar calendar() const { return {time.start, time.end}; }
    [[nodiscard]] OutputLevel output_level() const;

    /// The run settings, then every model's parameters (ModelParameters::describe).
    static ParameterList<ScenarioConfig> describe();
};

} // namespace paradiplo
