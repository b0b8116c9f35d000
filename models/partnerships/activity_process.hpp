#pragma once
#include "engine/core/process.hpp"
#include "models/budget/budget_parameters.hpp"
#include "models/budget/monthly_lines.hpp"
#include "models/partnerships/partnership_parameters.hpp"

namespace paradiplo {

using ActivityAccess = WorldAccess<
    Reads<&Authorities::international_budget_eur, &Authorities::cofinancing_eur,
          &Authorities::refugees_eur, &Authorities::engaged, &Authorities::priority,
          &Authorities::months_since_team_change, &Partnerships::partner, &Partnerships::kind,
          &Partnerships::domain, &Partnerships::intensity, &Partners::country,
          &Partners::population_class, &Countries::dac_eligible, &PartnershipIndex::offset,
          &PartnershipIndex::rows, &Context::suspended_country, &Context::travel_restriction,
          &Context::humanitarian_index, &Context::cost_index>,
    Writes<&Authorities::humanitarian_eur, &Authorities::partnership_spending_eur,
           &Authorities::dac_spending_eur, &Authorities::partnership_room_eur,
           &Partnerships::funding_eur, &Partnerships::activity, &Partnerships::status,
           &Partnerships::event, &Partnerships::months_low, &Partnerships::months_dormant>>;

/// Process 7: each authority funds its partnerships up to their need, in the order of its
/// priorities, from its partnership line; what is left returns to its general budget. Activity
/// follows funding and travel; partnerships go dormant, revive when money is left, or end;
/// suspended ones are frozen.
class ActivityProcess final : public ProcessOf<ActivityAccess> {
  public:
    ActivityProcess(const PartnershipParameters& parameters, const BudgetParameters& budget)
        : parameters_(parameters), budget_(budget) {}
    [[nodiscard]] std::string_view name() const override { return "partnership activity"; }

    /// Next activity level of a funded partnership (pure: unit-tested by hand).
    [[nodiscard]] double next_activity(double activity, double funding_eur, double need_eur,
                                       double travel_restriction, double noise) const;

  private:
    void run(Access view) override;
    void fund_authority(const Access& view, std::size_t authority) const;
    PartnershipParameters parameters_;
    BudgetParameters budget_;
};

} // namespace paradiplo
