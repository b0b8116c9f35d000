#pragma once
#include "engine/core/process.hpp"

namespace paradiplo {

/// Process 8: engagement flags, partner counts and the month's national indicators, summed in a
/// fixed order so that they do not depend on the thread count.
class AccountingProcess final : public Process {
  public:
    [[nodiscard]] std::string_view name() const override { return "engagement and accounting"; }
    void step(World& world) override;
};

/// APD declared by one authority this month: its own funds spent with DAC-eligible partners
/// (co-financing received is the state's APD, not its own), humanitarian aid and refugee costs.
struct AuthorityApd {
    double development, humanitarian, refugees;
    [[nodiscard]] double total() const { return development + humanitarian + refugees; }
};
AuthorityApd authority_apd(const Authorities& a, std::size_t i);

/// Money the authority spent this month (partnerships, humanitarian aid, refugee reception).
inline double authority_spending(const Authorities& a, std::size_t i) {
    return a.partnership_spending_eur[i] + a.humanitarian_eur[i] + a.refugees_eur[i];
}

} // namespace paradiplo
