#pragma once
#include "engine/core/process.hpp"
#include "models/accounting/authority_money.hpp"

namespace paradiplo {

using AccountingAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::staff_fte, &Authorities::priority,
          &Authorities::cofinancing_eur, &Authorities::partnership_spending_eur,
          &Authorities::dac_spending_eur, &Authorities::humanitarian_eur,
          &Authorities::refugees_eur, &Partnerships::authority, &Partnerships::partner,
          &Partnerships::domain, &Partnerships::status, &Partnerships::event, &Partners::country,
          &Countries::dac_eligible, &Countries::continent, &World::reception, &World::calls>,
    Writes<&Authorities::active_partnerships, &Authorities::dac_partnerships, &Authorities::engaged,
           &Partners::partnership_count, &World::indicators>>;

/// Process 10: engagement flags, partner counts and the month's national indicators, summed in a
/// fixed order so that they do not depend on the thread count.
class AccountingProcess final : public ProcessOf<AccountingAccess> {
  public:
    [[nodiscard]] std::string_view name() const override { return "engagement and accounting"; }

  private:
    void run(Access view) override;
};

} // namespace paradiplo
