#pragma once
// A validated scenario: everything a run depends on besides the thread count.
#include "engine/core/calendar.hpp"
#include "models/model_parameters.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace paradiplo {

enum class OutputLevel { Aggregate, Authorities, Full };

struct ScenarioConfig {
    std::int64_t schema_version = 1;
    std::int64_t seed = 0;
    struct {
        std::string name, title, narrative;
    } meta;
    struct {
        YearMonth start, end;
        std::string step;
    } time;
    struct {
        std::string level;
        std::int64_t compression = 1;
    } output;
    ModelParameters model;
    std::map<std::string, std::string> hypotheses; ///< driver -> hypothesis chosen ([drivers])

    std::string source;        ///< file the scenario was read from (or "<built-in baseline>")
    std::string resolved_text; ///< every parameter and shock as TOML: reruns the same scenario

    [[nodiscard]] Calendar calendar() const { return {time.start, time.end}; }
    [[nodiscard]] OutputLevel output_level() const;
};

} // namespace paradiplo
