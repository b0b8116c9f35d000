#pragma once
// The key indicators of a scenario replicate: data only, shared by the replicate runner
// (scenario_replicates.hpp) and the table that outputs format from them.
#include <array>

namespace paradiplo {

inline constexpr int kKeyIndicatorCount = 8;
/// Labels of the key indicators, in the order of KeyIndicators::values.
inline constexpr std::array<const char*, kKeyIndicatorCount> kKeyIndicatorLabels{
    "engaged authorities 2026-03",
    "running partnerships 2026-03",
    "partnerships outside Europe 2026-03",
    "climate share of priorities 2026-03",
    "international spending 2024-2025 (M EUR)",
    "APD 2025 (M EUR)",
    "spending 2025 without refugee reception (M EUR)",
    "non-refugee APD 2025 (M EUR)"};

struct KeyIndicators {
    /// engaged authorities, running partnerships, partnerships outside Europe and climate share of
    /// mean priorities (all in 2026-03); international spending 2024-2025, APD 2025, spending
    /// 2025 without refugee reception and non-refugee APD 2025 (M EUR).
    std::array<double, kKeyIndicatorCount> values{};
};

} // namespace paradiplo
