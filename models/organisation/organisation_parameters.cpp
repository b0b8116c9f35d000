#include "models/organisation/organisation_parameters.hpp"

namespace paradiplo {

ParameterList<OrganisationParameters> OrganisationParameters::describe() {
    using P = OrganisationParameters;
    constexpr auto A = Basis::Assumption;
    const auto staff = [](std::size_t a) { return element(&P::base_staff_fte, a); };
    const auto capacity = [](std::size_t a) { return element(&P::base_capacity, a); };
    constexpr Range kStaffRange{0.0, 100.0}, kCapacityRange{0.0, 1000.0};
    ParameterList<P> list;
    list.real("staff_per_million_eur", &P::staff_per_million_eur, {0.0, 100.0}, "FTE per M EUR/yr",
              A, "Staff per million EUR of yearly international budget.")
        .real("base_staff_fte.none", staff(0), kStaffRange, "FTE", A,
              "Staff kept regardless of budget without dedicated means.")
        .real("base_staff_fte.part_time_officer", staff(1), kStaffRange, "FTE", A,
              "Staff kept regardless of budget by a part-time officer's authority.")
        .real("base_staff_fte.unit", staff(2), kStaffRange, "FTE", A,
              "Staff kept regardless of budget by a unit.")
        .real("base_staff_fte.directorate", staff(3), kStaffRange, "FTE", A,
              "Staff kept regardless of budget by a dedicated directorate.")
        .real("base_staff_fte.shared_service", staff(4), kStaffRange, "FTE", A,
              "Staff kept regardless of budget by a shared service (each of its two authorities).")
        .integer("staff_lag_months", &P::staff_lag_months, {1, 120}, "months", A,
                 "Half-life of the gap between staff and its target.")
        .real("partnerships_per_fte", &P::partnerships_per_fte, {0.0, 100.0}, "partnerships/FTE", A,
              "Partnerships one FTE can run.")
        .real("base_capacity.none", capacity(0), kCapacityRange, "partnerships", A,
              "Partnerships an authority without dedicated means runs before counting staff.")
        .real("base_capacity.part_time_officer", capacity(1), kCapacityRange, "partnerships", A,
              "The same with a part-time officer.")
        .real("base_capacity.unit", capacity(2), kCapacityRange, "partnerships", A,
              "The same with a unit.")
        .real("base_capacity.directorate", capacity(3), kCapacityRange, "partnerships", A,
              "The same with a dedicated directorate.")
        .real("base_capacity.shared_service", capacity(4), kCapacityRange, "partnerships", A,
              "The same with a shared service.")
        .real("creation_budget_eur", &P::creation_budget_eur, {0.0, 1.0e9}, "EUR/yr", A,
              "Budget above which a part-time officer or a unit may be created.")
        .real("directorate_budget_eur", &P::directorate_budget_eur, {0.0, 1.0e10}, "EUR/yr", A,
              "Budget above which a unit may become a dedicated directorate.")
        .real("creation_probability", &P::creation_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability of creating or upgrading a service when the budget allows.")
        .real("downsizing_cut", &P::downsizing_cut, {0.0, 1.0}, "1", A,
              "Budget over plan below which a unit or more may be dissolved.")
        .real("downsizing_probability", &P::downsizing_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability of downsizing after such a cut.")
        .real("merge_probability", &P::merge_probability, {0.0, 1.0}, "1/month", A,
              "Monthly probability that a city shares its service with its intercommunality.");
    return list;
}

} // namespace paradiplo
