#pragma once
#include "engine/core/process.hpp"
#include "models/priorities/priority_parameters.hpp"

#include <map>

namespace paradiplo {

using PriorityAccess =
    WorldAccess<Reads<&Authorities::programme, &Authorities::delegate_perimeter,
                      &Authorities::engaged, &World::peer_influence, &Context::salience>,
                Writes<&Authorities::priority>>;

/// Process 5: priorities move toward a mix of programme, peers, public debate and the delegate's
/// perimeter, with multiplicative noise; they stay on the simplex.
class PriorityProcess final : public ProcessOf<PriorityAccess> {
  public:
    explicit PriorityProcess(const PriorityParameters& parameters) : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "priorities"; }

  private:
    void run(Access view) override;
    PriorityParameters parameters_;
    DomainMatrix next_; ///< reused buffer: every row reads last month's priorities
    std::map<std::uint16_t, DomainVector> perimeters_; ///< delegate perimeter -> its target vector
};

} // namespace paradiplo
