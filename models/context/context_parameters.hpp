#pragma once
// Trends of the context before shocks ([model.context]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct ContextParameters {
    double revenue_trend = 0.025;    ///< yearly growth of operating revenue, 1/yr
    double cost_trend = 0.02;        ///< yearly growth of costs, 1/yr
    double cofinancing_eur = 20.0e6; ///< state and EU co-financing at index 1, EUR/yr

    static ParameterList<ContextParameters> describe();
};

} // namespace paradiplo
