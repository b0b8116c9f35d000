#pragma once
// The state's calls for projects ([model.calls]): calendar, envelope, co-financing rate, grant
// range and how often eligible authorities apply. Who is eligible is in call_rules.hpp.
#include "engine/core/parameters.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>

namespace paradiplo {

struct CallTerms {
    int decision_month = 7;   ///< month of the year the round's projects are selected
    int project_years = 3;    ///< years a selected project is co-financed
    double envelope_eur = 0;  ///< co-financing the round may award, over the projects' years
    double rate = 0.7;        ///< share of a project's cost the call co-finances
    double grant_min_eur = 0; ///< smallest grant: smaller projects do not apply
    double grant_max_eur = 0; ///< largest grant: larger projects ask for it
    double apply_rate = 0.5;  ///< probability of applying at full capacity and priority
};

struct CallParameters {
    /// In the order of Call.
    std::array<CallTerms, kCallCount> calls{{
        {7, 3, 12.0e6, 0.7, 10000.0, 500000.0, 0.5},
        {11, 3, 8.0e6, 0.7, 200000.0, 1500000.0, 0.5},
    }};

    static ParameterList<CallParameters> describe();
};

} // namespace paradiplo
