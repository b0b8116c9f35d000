#pragma once
// Staff and organisation of international action ([model.organisation]).
#include "engine/core/parameters.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>

namespace paradiplo {

struct OrganisationParameters {
    double staff_per_million_eur = 3.0; ///< FTE per million EUR of yearly budget
    /// Staff kept by each archetype regardless of budget, FTE (order of Archetype).
    std::array<double, kArchetypeCount> base_staff_fte{0.0, 0.3, 1.5, 4.0, 5.0};
    int staff_lag_months = 12;         ///< months for staff to close half the gap to target
    double partnerships_per_fte = 3.0; ///< partnerships one FTE can run
    /// Partnerships each archetype runs before counting staff (order of Archetype).
    std::array<double, kArchetypeCount> base_capacity{2.0, 4.0, 8.0, 16.0, 20.0};
    double creation_budget_eur = 200000.0;    ///< budget above which a service may be created
    double directorate_budget_eur = 1500000.0; ///< budget above which a unit may become one
    double creation_probability = 0.005;      ///< monthly probability of creating a service
    double downsizing_cut = 0.7;              ///< budget / plan below which a service may go
    double downsizing_probability = 0.02;     ///< monthly probability of downsizing after a cut
    double merge_probability = 0.0005;        ///< monthly probability that a city shares its service

    static ParameterList<OrganisationParameters> describe();
};

} // namespace paradiplo
