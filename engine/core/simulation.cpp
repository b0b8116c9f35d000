#include "engine/core/simulation.hpp"

namespace paradiplo {

Simulation::Simulation(World world, std::vector<std::unique_ptr<Process>> schedule)
    : world_(std::move(world)), schedule_(std::move(schedule)) {}

void Simulation::step_month() {
    world_.context.month = world_.calendar.at(world_.step);
    for (auto& process : schedule_)
        process->step(world_);
    ++world_.step;
}

RunOutcome Simulation::run(const std::vector<MonthObserver*>& observers,
                           const std::atomic<bool>* stop) {
    while (world_.step < world_.calendar.months()) {
        if (stop != nullptr && stop->load()) return RunOutcome::Interrupted;
        step_month();
        for (auto* observer : observers)
            observer->on_month(world_);
    }
    return RunOutcome::Completed;
}

} // namespace paradiplo
