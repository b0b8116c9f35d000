#pragma once
#include "models/context/context_parameters.hpp"
#include "models/elections/election_parameters.hpp"
#include "engine/core/process.hpp"
#include "models/context/shock.hpp"

#include <vector>

namespace paradiplo {

/// Process 1: the context of the month from the trends and the scenario's shocks.
class ContextProcess final : public Process {
  public:
    ContextProcess(const ContextParameters& parameters, const ElectionParameters& elections,
                   std::vector<Shock> shocks, const World& world);
    [[nodiscard]] std::string_view name() const override { return "context"; }
    void step(World& world) override;

  private:
    ContextParameters parameters_;
    int reserve_months_;
    std::vector<Shock> shocks_;
    std::vector<std::vector<int>> shock_countries_;            ///< resolved ISO codes, per shock
    std::vector<std::vector<std::int32_t>> shock_authorities_; ///< resolved names, per shock
};

} // namespace paradiplo
