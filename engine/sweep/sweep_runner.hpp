#pragma once
// Runs a sweep's runs several at once on this process's threads (TBB). Each run also uses the
// threads left idle (nested parallel loops), and is isolated so that a thread waiting inside one
// run never starts another: at most as many runs are in memory as there are threads.
#include "engine/core/indicator_history.hpp"
#include "engine/sweep/sweep_plan.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <span>

namespace paradiplo {

/// What happens around each run; called from worker threads, for different runs at once.
class RunHandler {
  public:
    virtual ~RunHandler() = default;
    /// An observer to attach to the run (e.g. a run file writer), or none.
    virtual std::unique_ptr<MonthObserver> observer(const RunSpec&, const ScenarioConfig&,
                                                    const World&) {
        return nullptr;
    }
    /// The run completed; `observer` is the one returned above.
    virtual void completed(const RunSpec& run, const ScenarioConfig& scenario,
                           const IndicatorHistory& history, MonthObserver* observer,
                           double wall_time_seconds) = 0;
};

/// Runs the given runs of the plan; stops starting new ones, and interrupts running ones, once
/// `stop` is set. `progress` receives the number of runs completed so far (serialised calls).
/// Returns the number of runs completed.
std::size_t execute_runs(const SweepPlan& plan, std::span<const std::size_t> runs,
                         RunHandler& handler, const std::atomic<bool>* stop,
                         const std::function<void(std::size_t)>& progress);

} // namespace paradiplo
