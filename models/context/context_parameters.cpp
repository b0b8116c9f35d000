#include "models/context/context_parameters.hpp"

namespace paradiplo {

ParameterList<ContextParameters> ContextParameters::describe() {
    using P = ContextParameters;
    ParameterList<P> list;
    list.real("revenue_trend", &P::revenue_trend, {-0.2, 0.2}, "1/yr", Basis::Assumption,
              "Yearly growth of operating revenue before shocks.")
        .real("cost_trend", &P::cost_trend, {-0.2, 0.2}, "1/yr", Basis::Assumption,
              "Yearly growth of costs before shocks.");
    return list;
}

} // namespace paradiplo
