#pragma once
// Trends of the context before shocks ([model.context]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct ContextParameters {
    double revenue_trend = 0.025; ///< yearly growth of operating revenue, 1/yr
    double cost_trend = 0.02;     ///< yearly growth of costs, 1/yr

    static ParameterList<ContextParameters> describe();
};

} // namespace paradiplo
