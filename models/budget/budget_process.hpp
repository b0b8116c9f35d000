#pragma once
#include "engine/core/process.hpp"
#include "models/budget/budget_parameters.hpp"
#include "models/context/context_parameters.hpp"

namespace paradiplo {

using BudgetAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::base_revenue_eur, &Authorities::commitment_share,
          &Authorities::archetype, &Authorities::delegate_perimeter, &Authorities::engaged,
          &Authorities::dac_partnerships,
          &Context::revenue_index, &Context::cost_index, &Context::cofinancing_index>,
    Writes<&Authorities::international_budget_eur, &Authorities::budget_capacity_index,
           &Authorities::cofinancing_eur>>;

/// Process 3: yearly budgets (January, or a mid-year revision when fiscal capacity moved) and
/// the co-financing won in January's calls. A budget moves part of the way to its target: the
/// planned budget grown with revenue, its share of revenue moving with fiscal capacity with the
/// cut elasticity below the 2020 level (discretionary lines go first) and the growth elasticity
/// above.
class BudgetProcess final : public ProcessOf<BudgetAccess> {
  public:
    BudgetProcess(const BudgetParameters& parameters, const ContextParameters& context)
        : parameters_(parameters), context_(context) {}
    [[nodiscard]] std::string_view name() const override { return "budget"; }

    /// The target budget of one authority (pure: unit-tested by hand): `planned_eur` at the 2020
    /// capacity, times its kind's revenue index, times capacity^(elasticity - 1).
    [[nodiscard]] double target_budget(double planned_eur, double revenue_index, double capacity,
                                       bool structured) const;
    /// The new yearly budget: the standing one moved part of the way to the target.
    [[nodiscard]] double revised_budget(double budget_eur, double target_eur) const;

  private:
    void run(Access view) override;
    void award_cofinancing(const Access& view) const;
    BudgetParameters parameters_;
    ContextParameters context_;
};

} // namespace paradiplo
