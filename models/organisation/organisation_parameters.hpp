#pragma once
// Staff and organisation of international action ([model.organisation]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct OrganisationParameters {
    double staff_per_million_eur = 3.0;    ///< FTE per million EUR of yearly budget
    int staff_lag_months = 12;             ///< months for staff to close half the gap to target
    double partnerships_per_fte = 3.0;     ///< partnerships one FTE can run
    double creation_budget_eur = 200000.0; ///< budget above which a service may be created
    double creation_probability = 0.005;   ///< monthly probability of creating a service
    double downsizing_probability = 0.02;  ///< monthly probability of downsizing after a cut
    double merge_probability = 0.0005;     ///< monthly probability that a city shares its service

    static ParameterList<OrganisationParameters> describe();
};

} // namespace paradiplo
