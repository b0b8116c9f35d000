#pragma once
#include "engine/core/world.hpp"

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

} // namespace paradiplo
