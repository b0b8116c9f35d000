#pragma once
// Who hosts whom, who declares hosting costs as APD, and the people hosted when a run starts.
#include "engine/core/world.hpp"
#include "models/reception/reception_parameters.hpp"

#include <span>

namespace paradiplo {

/// Where the generator's reception draws come from (its own streams).
struct ReceptionDraws {
    std::uint64_t seed;
    int step;              ///< the generator's step for reception draws
    YearMonth first_month; ///< of the run: whose propensity to declare applies
};

/// Sets `host_share`, `declares_refugee_costs`, `hosted` and the first month's costs.
/// Minors go to the authorities with département competences (`departement_competences`), by
/// population; displaced people to communes, by population weighted up for those with
/// international partnerships (as drawn before partnerships are); `unsimulated_population` (of the
/// hosts a population threshold leaves out, by category) keeps its part of the arrivals.
/// Authorities with partnerships declare with their kind's propensity. The people hosted are drawn
/// around the steady state of the trend arrivals and departure rates.
void host_reception(Authorities& authorities, std::span<const std::uint8_t> departement_competences,
                    const std::array<double, kReceptionCategoryCount>& unsimulated_population,
                    const ReceptionParameters& parameters, ReceptionDraws draws);

} // namespace paradiplo
