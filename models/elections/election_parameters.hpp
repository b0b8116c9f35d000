#pragma once
// Elections and programmes ([model.elections]).
namespace paradiplo {

struct ElectionParameters {
    double programme_concentration; ///< Dirichlet concentration of new programmes around the mean
    double commitment_change_sigma; ///< log-normal sigma of the new team's commitment change
    int reserve_months;             ///< months of pre-election reserve before a vote
    double reserve_strength;        ///< share of new commitments withheld during the reserve
};

} // namespace paradiplo
