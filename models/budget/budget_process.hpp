#pragma once
#include "models/budget/budget_parameters.hpp"
#include "models/context/context_parameters.hpp"
#include "engine/core/process.hpp"

namespace paradiplo {

/// Process 3: yearly budgets (January, or a mid-year revision when fiscal capacity moved) and
/// the co-financing won in January's calls.
class BudgetProcess final : public Process {
  public:
    BudgetProcess(const BudgetParameters& parameters, const ContextParameters& context)
        : parameters_(parameters), context_(context) {}
    [[nodiscard]] std::string_view name() const override { return "budget"; }
    void step(World& world) override;

    /// The new yearly budget of one authority (pure: unit-tested by hand).
    [[nodiscard]] double revised_budget(double budget_eur, double capacity_then,
                                        double capacity_now, double target_eur,
                                        bool structured) const;

  private:
    void award_cofinancing(World& world) const;
    BudgetParameters parameters_;
    ContextParameters context_;
};

} // namespace paradiplo
