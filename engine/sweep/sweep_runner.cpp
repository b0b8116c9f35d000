#include "engine/sweep/sweep_runner.hpp"

#include "engine/core/parallel.hpp"
#include "models/schedule.hpp"

#include <tbb/task_arena.h>

#include <chrono>
#include <mutex>

namespace paradiplo {

std::size_t execute_runs(const SweepPlan& plan, std::span<const std::size_t> runs,
                         RunHandler& handler, const std::atomic<bool>* stop,
                         const std::function<void(std::size_t)>& progress) {
    std::atomic<std::size_t> completed{0};
    std::mutex progress_mutex;
    const auto one_run = [&](std::size_t r) {
        if (stop != nullptr && stop->load()) return;
        const auto started = std::chrono::steady_clock::now();
        const RunSpec spec = plan.run(r);
        const ScenarioConfig scenario = plan.scenario_of(r);
        Simulation simulation = make_simulation(scenario.model, scenario.calendar(),
                                                static_cast<std::uint64_t>(scenario.seed));
        IndicatorHistory history;
        auto observer = handler.observer(spec, scenario, simulation.world());
        std::vector<MonthObserver*> observers{&history};
        if (observer) observers.push_back(observer.get());
        if (simulation.run(observers, stop) == RunOutcome::Interrupted) return;
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        handler.completed(spec, scenario, history, observer.get(), wall);
        const std::size_t done = ++completed;
        const std::lock_guard lock(progress_mutex);
        if (progress) progress(done);
    };
    parallel_for_each_index(
        runs.size(),
        [&](std::size_t i) { tbb::this_task_arena::isolate([&] { one_run(runs[i]); }); }, 1);
    return completed.load();
}

} // namespace paradiplo
