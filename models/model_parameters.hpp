#pragma once
// Everything the model needs from a scenario: each model's parameters and the shocks.
#include "budget/budget_parameters.hpp"
#include "context/context_parameters.hpp"
#include "context/shock.hpp"
#include "elections/election_parameters.hpp"
#include "organisation/organisation_parameters.hpp"
#include "partnerships/partnership_parameters.hpp"
#include "population/population_parameters.hpp"
#include "priorities/priority_parameters.hpp"

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
