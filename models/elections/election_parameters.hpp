#pragma once
// Elections and programmes ([model.elections]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct ElectionParameters {
    double programme_concentration = 30.0; ///< Dirichlet concentration of new programmes
    double commitment_change_sigma = 0.2;  ///< log-normal sigma of a new team's commitment change
    int reserve_months = 6;                ///< months of pre-election reserve before a vote
    double reserve_strength = 0.5;         ///< share of new commitments withheld in the reserve

    static ParameterList<ElectionParameters> describe();
};

} // namespace paradiplo
