#pragma once
// A dated event of a scenario ([[shock]]) and its time profile.
#include "engine/core/calendar.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplo {

enum class ShockType : std::uint8_t {
    Revenue,
    Cost,
    Travel,
    Salience,
    Suspension,
    Arrivals,
    Humanitarian,
    Cofinancing,
    Election,
    Programme
};

struct ShockTypeInfo {
    ShockType type;
    std::string_view key;
    std::string_view unit;
    double min_value, max_value;
    std::string_view effect;  ///< what `value` does, one sentence
    std::string_view example; ///< the fields of a typical shock of this type, as TOML
};

inline constexpr std::array<ShockTypeInfo, 10> kShockTypes{{
    {ShockType::Revenue, "revenue", "relative change", -0.5, 0.5,
     "Adds value x intensity to the operating-revenue index of the authorities of `kinds` "
     "(all kinds when omitted); budgets follow at the next budget or mid-year revision.",
     "type = \"revenue\"\nkinds = [\"departement\"]\nstart = \"2023-06\"\nramp_in = 12\nvalue = "
     "-0.05"},
    {ShockType::Cost, "cost", "relative change", -0.5, 1.0,
     "Adds value x intensity to the cost index (energy, inflation); fiscal capacity is revenue "
     "over costs.",
     "type = \"cost\"\nstart = \"2022-06\"\nend = \"2023-12\"\nramp_in = 6\nramp_out = 12\nvalue = "
     "0.04"},
    {ShockType::Travel, "travel", "restriction level", 0.0, 1.0,
     "Adds value x intensity to the travel-restriction level (capped at 1), which lowers "
     "partnership activity and formation.",
     "type = \"travel\"\nstart = \"2020-03\"\nend = \"2020-05\"\nramp_out = 14\nvalue = 0.8"},
    {ShockType::Salience, "salience", "share of public debate", -1.0, 1.0,
     "Adds value x intensity to the salience of `domain` in public debate (the salience vector is "
     "renormalised), pulling priorities toward it.",
     "type = \"salience\"\ndomain = \"health\"\nstart = \"2020-03\"\nend = \"2021-06\"\nvalue = "
     "0.08"},
    {ShockType::Suspension, "suspension", "none", 0.0, 1.0,
     "While active, partnerships with the `countries` are frozen (dormant, not ended) and no new "
     "one is formed there; `value` is ignored.",
     "type = \"suspension\"\nstart = \"2023-09\"\ncountries = [\"MLI\", \"NER\", \"BFA\"]"},
    {ShockType::Arrivals, "arrivals", "people per month", -100000.0, 1000000.0,
     "Adds value x intensity people a month to the arrivals of `category` (a new crisis, or a "
     "year above or below the trend), coming from `countries` (shared equally; from the "
     "category's `model.reception.origin` when omitted). Hosts share them. Fewer arrivals "
     "(a negative value) are taken off the category's arrivals from every origin in "
     "proportion; a month's arrivals stay between none and a million.",
     "type = \"arrivals\"\ncategory = \"displaced\"\ncountries = [\"UKR\"]\nstart = "
     "\"2022-03\"\nend = \"2022-04\"\nramp_out = 3\nvalue = 25000"},
    {ShockType::Humanitarian, "humanitarian", "relative change", -1.0, 20.0,
     "Adds value x intensity to the humanitarian index, which scales the humanitarian line of "
     "budgets (paid on top of them or drawn from them: `model.budget.emergency_lines`).",
     "type = \"humanitarian\"\nstart = \"2022-03\"\nend = \"2022-05\"\nramp_out = 6\nvalue = 2.0"},
    {ShockType::Cofinancing, "cofinancing", "relative change", -1.0, 5.0,
     "Adds value x intensity to the envelope index of the state's calls for projects: a round "
     "decided in a month awards at most its envelope (`model.calls.*.envelope_eur`) times the "
     "index.",
     "type = \"cofinancing\"\nstart = \"2021-09\"\nramp_in = 12\nvalue = 0.6"},
    {ShockType::Election, "election", "share of teams changed", 0.0, 1.0,
     "An election of `scope` held in the `start` month: that share of the authorities concerned "
     "get a new team and programme; commitments slow down in the months before (reserve).",
     "type = \"election\"\nscope = \"municipal\"\nstart = \"2026-03\"\nvalue = 0.35"},
    {ShockType::Programme, "programme", "weight of domain in new programmes", 0.0, 1.0,
     "At an election in the `start` month, the new programmes of the named `authorities` (which "
     "all change team) put that extra weight on `domain` (e.g. the 2020 green wave).",
     "type = \"programme\"\ndomain = \"climate\"\nstart = \"2020-07\"\nvalue = 0.25\nauthorities = "
     "[\"69123\", \"33063\"]"},
}};

struct Shock {
    std::string id;
    ShockType type = ShockType::Revenue;
    YearMonth start;
    std::optional<YearMonth> end; ///< last month at full intensity; open-ended when absent
    int ramp_in = 0;              ///< months to reach full intensity from the start month
    int ramp_out = 0;             ///< months to fade out after the end month
    double value = 0.0;
    std::vector<AuthorityKind> kinds;               ///< empty = all kinds
    std::optional<Domain> domain;                   ///< salience, programme
    std::optional<ReceptionCategory> category;      ///< arrivals
    std::vector<std::string> countries;             ///< ISO 3166 alpha-3, suspension, arrivals
    std::vector<std::string> authorities;           ///< authority ids, programme
    ElectionScope scope = ElectionScope::Municipal; ///< election

    /// Intensity in [0, 1] in `month`: linear ramps in and out, full in between.
    [[nodiscard]] double intensity(YearMonth month) const;
};

} // namespace paradiplo
