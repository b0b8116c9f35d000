#pragma once
// Elections and programmes ([model.elections]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct ElectionParameters {
    double programme_concentration = 30.0; ///< Dirichlet concentration of new programmes
    double debate_share = 0.5;             ///< weight of public debate in a new programme's mean
    double commitment_change_sigma = 0.2;  ///< log-normal sigma of a new team's commitment change
    double cabinet_volatility = 2.0;       ///< that sigma's multiplier for a service in the cabinet
    double perimeter_change_probability = 0.3; ///< a new team hands the delegation elsewhere
    double reattachment_probability = 0.2;     ///< a new team moves the service's attachment
    int reserve_months = 6;                    ///< months of pre-election reserve before a vote
    double reserve_strength = 0.5;             ///< share of new commitments withheld in the reserve

    static ParameterList<ElectionParameters> describe();
};

} // namespace paradiplo
