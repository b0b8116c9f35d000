#include "models/organisation/organisation_parameters.hpp"

namespace paradiplo {

ParameterList<OrganisationParameters> OrganisationParameters::describe() {
    using P = OrganisationParameters;
    constexpr auto A = Basis::Assumption;
    ParameterList<P> list;
    list.real("staff_per_million_eur", &P::staff_per_million_eur, {0.0, 100.0}, "FTE per M EUR/yr",
              A, "Staff per million EUR of yearly international budget.")
        .integer("staff_lag_months", &P::staff_lag_months, {1, 120}, "months", A,
                 "Half-life of the gap between staff and its target.")
        .real("partnerships_per_fte", &P::partnerships_per_fte, {0.0, 100.0}, "partnerships/FTE", A,
              "Partnerships one FTE can run.")
        .real("creation_budget_eur", &P::creation_budget_eur, {0.0, 1.0e9}, "EUR/yr", A,
              "Budget above which a service may be created or upgraded.")
        .real("creation_probability", &P::creation_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability of creating or upgrading a service when the budget allows.")
        .real("downsizing_probability", &P::downsizing_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability of downsizing after a deep cut (budget below 70% of plan).")
        .real("merge_probability", &P::merge_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability that a city shares its service with its intercommunality.");
    return list;
}

} // namespace paradiplo
