#pragma once
// Trends of the context before shocks ([model.context]).
namespace paradiplo {

struct ContextParameters {
    double revenue_trend;         ///< yearly growth of operating revenue, 1/yr
    double cost_trend;            ///< yearly growth of costs, 1/yr
    double cofinancing_eur;       ///< state and EU co-financing envelope at index 1, EUR/yr
    double refugee_reception_eur; ///< refugee-reception costs declared at index 1, EUR/yr
};

} // namespace paradiplo
