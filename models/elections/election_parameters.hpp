#pragma once
// Elections and programmes ([model.elections]).
#include "engine/core/parameters.hpp"
#include "engine/core/taxonomy.hpp"

#include <array>

namespace paradiplo {

struct ElectionParameters {
    /// Mean programme of a new team by kind (rows: order of AuthorityKind; columns: order of
    /// Domain; normalised at use). Assumption shaped on the themes of docs/calibration.md:
    /// education, health, water and sanitation, governance lead by amount; Europe and twinning
    /// lead by number.
    std::array<std::array<double, kDomainCount>, kAuthorityKindCount> typical_programme{{
        {0.08, 0.07, 0.14, 0.06, 0.24, 0.14, 0.17, 0.04, 0.06}, // commune
        {0.12, 0.16, 0.10, 0.14, 0.16, 0.08, 0.12, 0.04, 0.08}, // epci
        {0.16, 0.14, 0.12, 0.16, 0.12, 0.10, 0.10, 0.04, 0.06}, // metropole
        {0.08, 0.12, 0.24, 0.06, 0.10, 0.12, 0.06, 0.12, 0.10}, // departement
        {0.12, 0.08, 0.14, 0.18, 0.14, 0.16, 0.08, 0.04, 0.06}, // region
    }};
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
