#pragma once
#include "models/priorities/priority_parameters.hpp"
#include "engine/core/process.hpp"

#include <map>

namespace paradiplo {

/// Process 4: priorities move toward a mix of programme, peers, public debate and the delegate's
/// perimeter, with multiplicative noise; they stay on the simplex.
class PriorityProcess final : public Process {
  public:
    explicit PriorityProcess(const PriorityParameters& parameters) : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "priorities"; }
    void step(World& world) override;

  private:
    PriorityParameters parameters_;
    DomainMatrix next_; ///< reused buffer: every row reads last month's priorities
    std::map<std::uint16_t, DomainVector> perimeters_; ///< delegate perimeter -> its target vector
};

} // namespace paradiplo
