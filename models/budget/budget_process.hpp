#pragma once
#include "engine/core/process.hpp"
#include "models/budget/budget_parameters.hpp"
#include "models/context/context_parameters.hpp"

namespace paradiplo {

using BudgetAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::base_revenue_eur, &Authorities::commitment_share,
          &Authorities::archetype, &Authorities::delegate_perimeter, &Authorities::engaged,
          &Authorities::dac_partnerships, &Context::revenue_index, &Context::cost_index,
          &Context::cofinancing_index>,
    Writes<&Authorities::international_budget_eur, &Authorities::budget_capacity_index,
           &Authorities::cofinancing_eur>>;

/// Process 3: yearly budgets (January, or a mid-year revision when fiscal capacity moved) and
/// the co-financing won in January's calls. Under stress international action, a discretionary
/// line, is cut harder than fiscal capacity falls (cut elasticity above 1), then recovers towards
/// the plan.
class BudgetProcess final : public ProcessOf<BudgetAccess> {
  public:
    BudgetProcess(const BudgetParameters& parameters, const ContextParameters& context)
        : parameters_(parameters), context_(context) {}
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
    void award_cofinancing(const Access& view) const;
    BudgetParameters parameters_;
    ContextParameters context_;
};

} // namespace paradiplo
