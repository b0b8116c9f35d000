#include "models/context/context_parameters.hpp"

namespace paradiplo {

ParameterList<ContextParameters> ContextParameters::describe() {
    using P = ContextParameters;
    ParameterList<P> list;
    list.real("revenue_trend", &P::revenue_trend, {-0.2, 0.2}, "1/yr", Basis::Assumption,
              "Yearly growth of operating revenue before shocks.")
        .real("cost_trend", &P::cost_trend, {-0.2, 0.2}, "1/yr", Basis::Assumption,
              "Yearly growth of costs before shocks.")
        .real(
            "cofinancing_eur", &P::cofinancing_eur, {0.0, 1.0e9}, "EUR/yr", Basis::Assumption,
            "State and EU co-financing envelope for local authorities' projects at index 1 (FICOL "
            "alone: 48 M EUR over 2017-2022).");
    return list;
}

} // namespace paradiplo
