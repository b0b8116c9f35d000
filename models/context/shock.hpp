#pragma once
// A dated event of a scenario ([[shock]]) and its time profile.
#include "calendar.hpp"
#include "taxonomy.hpp"

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
    Refugees,
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
    std::string_view effect; ///< what `value` does, one sentence
};

inline constexpr std::array<ShockTypeInfo, 10> kShockTypes{{
    {ShockType::Revenue, "revenue", "relative change", -0.5, 0.5,
     "Adds value x intensity to the operating-revenue index of the authorities of `kinds` "
     "(all kinds when omitted); budgets follow at the next budget or mid-year revision."},
    {ShockType::Cost, "cost", "relative change", -0.5, 1.0,
     "Adds value x intensity to the cost index (energy, inflation); fiscal capacity is revenue "
     "over costs."},
    {ShockType::Travel, "travel", "restriction level", 0.0, 1.0,
     "Adds value x intensity to the travel-restriction level (capped at 1), which lowers "
     "partnership activity and formation."},
    {ShockType::Salience, "salience", "share of public debate", -1.0, 1.0,
     "Adds value x intensity to the salience of `domain` in public debate (the salience vector is "
     "renormalised), pulling priorities toward it."},
    {ShockType::Suspension, "suspension", "none", 0.0, 1.0,
     "While active, partnerships with the `countries` are frozen (dormant, not ended) and no new "
     "one is formed there; `value` is ignored."},
    {ShockType::Refugees, "refugees", "relative change", -1.0, 5.0,
     "Adds value x intensity to the refugee-arrivals index, which scales refugee-reception "
     "costs (APD refugee part), paid on top of international budgets."},
    {ShockType::Humanitarian, "humanitarian", "relative change", -1.0, 20.0,
     "Adds value x intensity to the humanitarian index; the humanitarian line of budgets is "
     "scaled by it, the part above 1 being added on top (emergency funds)."},
    {ShockType::Cofinancing, "cofinancing", "relative change", -1.0, 5.0,
     "Adds value x intensity to the state and EU co-financing envelope index."},
    {ShockType::Election, "election", "share of teams changed", 0.0, 1.0,
     "An election of `scope` held in the `start` month: that share of the authorities concerned "
     "get a new team and programme; commitments slow down in the months before (reserve)."},
    {ShockType::Programme, "programme", "weight of domain in new programmes", 0.0, 1.0,
     "At an election in the `start` month, the new programmes of the named `authorities` (which "
     "all change team) put that extra weight on `domain` (e.g. the 2020 green wave)."},
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
    std::vector<std::string> countries;             ///< ISO 3166 alpha-3, suspension
    std::vector<std::string> authorities;           ///< authority names, programme
    ElectionScope scope = ElectionScope::Municipal; ///< election

    /// Intensity in [0, 1] in `month`: linear ramps in and out, full in between.
    [[nodiscard]] double intensity(YearMonth month) const;
};

} // namespace paradiplo
