#pragma once
#include "engine/core/process.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace paradiplo {

/// Receives the world after each month's processes have run (output writers, progress).
class MonthObserver {
  public:
    virtual ~MonthObserver() = default;
    virtual void on_month(const World& world) = 0;
};

enum class RunOutcome { Completed, Interrupted };

/// Runs the processes in their fixed order for every month of the calendar.
class Simulation {
  public:
    Simulation(World world, std::vector<std::unique_ptr<Process>> schedule);
    /// Steps to the end of the calendar, or until `stop` becomes true between two months.
    RunOutcome run(const std::vector<MonthObserver*>& observers,
                   const std::atomic<bool>* stop = nullptr);
    /// Steps one month (tests).
    void step_month();
    [[nodiscard]] const World& world() const { return world_; }
    [[nodiscard]] World& world() { return world_; }

  private:
    World world_;
    std::vector<std::unique_ptr<Process>> schedule_;
};

} // namespace paradiplo
