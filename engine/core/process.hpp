#pragma once
#include "engine/core/world.hpp"
#include "engine/core/world_access.hpp"

#include <string_view>

namespace paradiplo {

/// One of the monthly processes of the model. A process is built once per run from its
/// validated parameters and then stepped each month, in the order of the schedule.
class Process {
  public:
    virtual ~Process() = default;
    [[nodiscard]] virtual std::string_view name() const = 0;
    virtual void step(World& world) = 0;
};

/// A process that sees only the columns its `View` (a WorldAccess) declares: the schedule steps
/// it with the World, its body receives the view.
template <class View> class ProcessOf : public Process {
  public:
    using Access = View;
    void step(World& world) final { run(Access(world)); }

  private:
    virtual void run(Access view) = 0;
};

} // namespace paradiplo
