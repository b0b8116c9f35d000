#pragma once
#include "engine/core/process.hpp"
#include "models/budget/budget_parameters.hpp"
#include "models/context/context_parameters.hpp"

namespace paradiplo {

using BudgetAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::base_revenue_eur, &Authorities::commitment_share,
          &Authorities::archetype, &Authorities::engaged, &Authorities::dac_partnerships,
          &Context::revenue_index, &Context::cost_index, &Context::cofinancing_index>,
    Writes<&Authorities::international_budget_eur, &Authorities::budget_capacity_index,
           &Authorities::cofinancing_eur>>;

/// Process 3: yearly budgets (January, or a mid-year revision when fiscal capacity moved) and
/// the co-financing won in January's calls.
class BudgetProcess final : public ProcessOf<BudgetAccess> {
  public:
    BudgetProcess(const BudgetParameters& parameters, const ContextParameters& context)
        : parameters_(parameters), context_(context) {}
    [[nodiscard]] std::string_view name() const override { return "budget"; }

    /// The new yearly budget of one authority (pure: unit-tested by hand).
    [[nodiscard]] double revised_budget(double budget_eur, double capacity_then,
                                        double capacity_now, double target_eur,
                                        bool structured) const;

  private:
    void run(Access view) override;
    void award_cofinancing(const Access& view) const;
    BudgetParameters parameters_;
    ContextParameters context_;
};

} // namespace paradiplo
