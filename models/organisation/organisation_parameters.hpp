#pragma once
// Staff and organisation of international action ([model.organisation]).
namespace paradiplo {

struct OrganisationParameters {
    double staff_per_million_eur;  ///< FTE per million EUR of yearly international budget
    int staff_lag_months;          ///< months for staff to close half the gap to its target
    double partnerships_per_fte;   ///< partnerships one FTE can run
    double creation_budget_eur;    ///< budget above which a service may be created
    double creation_probability;   ///< monthly probability of creating or upgrading a service
    double downsizing_probability; ///< monthly probability of downsizing after a deep cut
    double merge_probability;      ///< monthly probability that a city shares its service
};

} // namespace paradiplo
