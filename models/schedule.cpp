#include "models/schedule.hpp"

#include "models/accounting/accounting_process.hpp"
#include "models/budget/budget_process.hpp"
#include "models/calls/call_process.hpp"
#include "models/context/context_process.hpp"
#include "models/elections/election_process.hpp"
#include "models/organisation/organisation_process.hpp"
#include "models/partnerships/activity_process.hpp"
#include "models/partnerships/formation_process.hpp"
#include "models/population/population_generator.hpp"
#include "models/priorities/priority_process.hpp"
#include "models/reception/reception_process.hpp"

namespace paradiplo {

std::vector<std::unique_ptr<Process>> make_schedule(const ModelParameters& m, const World& world) {
    std::vector<std::unique_ptr<Process>> schedule;
    schedule.push_back(
        std::make_unique<ContextProcess>(m.context, m.elections, m.reception, m.shocks, world));
    schedule.push_back(std::make_unique<ElectionProcess>(m.elections));
    schedule.push_back(std::make_unique<BudgetProcess>(m.budget));
    schedule.push_back(std::make_unique<CallProcess>(m.calls, m.budget, m.partnerships));
    schedule.push_back(std::make_unique<PriorityProcess>(m.priorities));
    schedule.push_back(std::make_unique<ReceptionProcess>(m.reception));
    schedule.push_back(std::make_unique<ActivityProcess>(m.partnerships, m.budget));
    schedule.push_back(std::make_unique<FormationProcess>(
        m.partnerships, m.population, m.organisation, m.elections.reserve_strength));
    schedule.push_back(std::make_unique<OrganisationProcess>(m.organisation, m.budget));
    schedule.push_back(std::make_unique<AccountingProcess>());
    return schedule;
}

Simulation make_simulation(const ModelParameters& parameters, const Calendar& calendar,
                           std::uint64_t seed) {
    World world = generate_world(parameters, calendar, seed);
    AccountingProcess{}.step(world); // derived columns (counts, engagement) of the initial world
    auto schedule = make_schedule(parameters, world);
    return Simulation(std::move(world), std::move(schedule));
}

} // namespace paradiplo
