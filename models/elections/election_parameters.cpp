#include "models/elections/election_parameters.hpp"

namespace paradiplo {

ParameterList<ElectionParameters> ElectionParameters::describe() {
    using P = ElectionParameters;
    constexpr auto A = Basis::Assumption;
    ParameterList<P> list;
    list.real("programme_concentration", &P::programme_concentration, {0.1, 1000.0}, "1", A,
              "Dirichlet concentration of new programmes around the typical one (higher = more "
              "alike).")
        .real("commitment_change_sigma", &P::commitment_change_sigma, {0.0, 2.0}, "1", A,
              "Log-normal sigma of a new team's change of commitment.")
        .integer("reserve_months", &P::reserve_months, {0, 24}, "months", A,
                 "Months of pre-election reserve before a vote.")
        .real("reserve_strength", &P::reserve_strength, {0.0, 1.0}, "1", A,
              "Share of new partnerships withheld during the reserve.");
    return list;
}

} // namespace paradiplo
