#pragma once
// What an authority's money of a month counts as: the accounting model's definitions, shared
// with the outputs that write them per authority (definitions, not a process: they run nothing).
#include "engine/core/calendar.hpp"

#include <algorithm>
#include <cstddef>

namespace paradiplo {

/// APD declared by one authority this month: its own funds spent with DAC-eligible partners
/// (co-financing received is the state's APD, not its own), humanitarian aid and refugee costs.
struct AuthorityApd {
    double development, humanitarian, refugees;
    [[nodiscard]] double total() const { return development + humanitarian + refugees; }
};

/// The authority columns the money of a month is read from: `Authorities` itself, or the same
/// columns taken from a process's view (`MoneyColumns`).
template <class Columns> AuthorityApd authority_apd(const Columns& a, std::size_t i) {
    const double pool = a.partnership_spending_eur[i];
    const double cofinancing = a.cofinancing_eur[i] / kMonthsPerYear;
    const double own_share = pool > 0 ? std::max(0.0, 1.0 - cofinancing / pool) : 0.0;
    return {a.dac_spending_eur[i] * own_share, a.humanitarian_eur[i], a.refugees_eur[i]};
}

/// Money the authority spent this month (partnerships, humanitarian aid, refugee reception).
template <class Columns> double authority_spending(const Columns& a, std::size_t i) {
    return a.partnership_spending_eur[i] + a.humanitarian_eur[i] + a.refugees_eur[i];
}

} // namespace paradiplo
