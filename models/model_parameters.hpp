#pragma once
// Every model's parameters and the shocks: what the model needs from a scenario. describe()
// is the registry of the models' parameter declarations, in the order of the reference.
#include "models/budget/budget_parameters.hpp"
#include "models/calls/call_parameters.hpp"
#include "models/context/context_parameters.hpp"
#include "models/context/shock.hpp"
#include "models/elections/election_parameters.hpp"
#include "models/organisation/organisation_parameters.hpp"
#include "models/partnerships/partnership_parameters.hpp"
#include "models/population/population_parameters.hpp"
#include "models/priorities/priority_parameters.hpp"
#include "models/reception/reception_parameters.hpp"

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
    ReceptionParameters reception;
    CallParameters calls;
    std::vector<Shock> shocks;

    static ParameterList<ModelParameters> describe() {
        using M = ModelParameters;
        ParameterList<M> list;
        list.nest("population", &M::population, PopulationParameters::describe())
            .nest("model.context", &M::context, ContextParameters::describe())
            .nest("model.elections", &M::elections, ElectionParameters::describe())
            .nest("model.budget", &M::budget, BudgetParameters::describe())
            .nest("model.priorities", &M::priorities, PriorityParameters::describe())
            .nest("model.partnerships", &M::partnerships, PartnershipParameters::describe())
            .nest("model.organisation", &M::organisation, OrganisationParameters::describe())
            .nest("model.reception", &M::reception, ReceptionParameters::describe())
            .nest("model.calls", &M::calls, CallParameters::describe());
        return list;
    }
};

} // namespace paradiplo
