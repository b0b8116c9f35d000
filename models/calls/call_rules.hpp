#pragma once
// Who may apply to each call, as published: a declaration table beside the calls' parameters.
#include "engine/core/taxonomy.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace paradiplo {

struct CallRules {
    Call call;
    bool cooperation_only;  ///< only cooperation partnerships (not twinnings) make a project
    std::uint16_t domains;  ///< bit d set = projects in domain d are eligible
    std::string_view basis; ///< where the rules come from
};

inline constexpr std::uint16_t kAllDomains = (1U << kDomainCount) - 1;
/// Development domains: all but Europe and twinning, and culture.
inline constexpr std::uint16_t kDevelopmentDomains = kAllDomains &
                                                     ~(1U << static_cast<int>(Domain::Europe)) &
                                                     ~(1U << static_cast<int>(Domain::Culture));

/// Both calls co-finance projects with partners in DAC-eligible countries (co-financing is the
/// state's APD) and are open to every kind of authority.
inline constexpr std::array<CallRules, kCallCount> kCallRules{{
    {Call::Daect, false, kAllDomains,
     "general calls of the foreign ministry (DAECT): biennial 2020-2021, annual 2021, triennial "
     "2022-2024 reopened in 2023 and 2024, triennial 2024-2026; any theme"},
    {Call::Ficol, true, kDevelopmentDomains,
     "AFD's FICOL, a yearly call since 2014: development projects of 200,000 to 1.5 M EUR with "
     "at least 30% from the authorities and their partners"},
}};

} // namespace paradiplo
