#pragma once
// Everything the model needs from a scenario: each model's parameters and the shocks.
#include "models/budget/budget_parameters.hpp"
#include "models/context/context_parameters.hpp"
#include "models/context/shock.hpp"
#include "models/elections/election_parameters.hpp"
#include "models/organisation/organisation_parameters.hpp"
#include "models/partnerships/partnership_parameters.hpp"
#include "models/population/population_parameters.hpp"
#include "models/priorities/priority_parameters.hpp"

#include <vector>

namespace paradiplo {

struct ModelParameters {
    PopulationParameters population;
    ContextParameters context;
    ElectionParameters elections;
    BudgetParameters budget;
    PriorityParameters priorities;
    PartnershipParameters partnerships;
    OrganisationParameters organisation;
    std::vector<Shock> shocks;
};

} // namespace paradiplo
