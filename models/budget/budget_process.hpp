#pragma once
#include "engine/core/process.hpp"
#include "models/budget/budget_parameters.hpp"

namespace paradiplo {

using BudgetAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::base_revenue_eur, &Authorities::commitment_share,
          &Authorities::archetype, &Authorities::delegate_perimeter, &Context::revenue_index,
          &Context::cost_index>,
    Writes<&Authorities::international_budget_eur, &Authorities::budget_capacity_index>>;

/// Process 3: yearly budgets (January, or a mid-year revision when fiscal capacity moved). Under
/// stress international action, a discretionary
/// line, is cut harder than fiscal capacity falls (cut elasticity above 1), then recovers towards
/// the plan.
class BudgetProcess final : public ProcessOf<BudgetAccess> {
  public:
    explicit BudgetProcess(const BudgetParameters& parameters) : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "budget"; }

    /// The budget the authority aims at (pure): the plan grown with revenue; below the 2020
    /// fiscal capacity, its share of revenue shrinks with capacity^max(0, cut elasticity - 1).
    [[nodiscard]] double target_budget(double planned_eur, double revenue_index, double capacity,
                                       bool structured) const;
    /// The new yearly budget of one authority (pure: unit-tested by hand): the standing budget
    /// follows the change of fiscal capacity with the growth or cut elasticity, then moves part
    /// of the way to the target (the plan grown with revenue).
    [[nodiscard]] double revised_budget(double budget_eur, double capacity_then,
                                        double capacity_now, double target_eur,
                                        bool structured) const;

  private:
    [[nodiscard]] double cut_elasticity(bool structured) const;
    void run(Access view) override;
    BudgetParameters parameters_;
};

} // namespace paradiplo
