#pragma once
// The people one authority hosts in one reception category, as cohorts by months since arrival:
// how they age, leave and cost (pure functions, unit-tested on hand-built cohorts).
#include "engine/core/random_stream.hpp"
#include "engine/core/world.hpp"

#include <span>

namespace paradiplo {

/// Slot of the people beyond their first 12 months; slots 0-11 hold months 1 to 12 since arrival.
inline constexpr int kSettledSlot = kCohortSlots - 1;

/// A new month for one category's cohorts: people leave (first-year and later monthly rates),
/// the others grow a month older, and `arrivals` enter the first slot.
inline void age_cohorts(std::span<std::int32_t, kCohortSlots> cohorts, int arrivals,
                        double first_year_rate, double later_rate, RandomStream& random) {
    cohorts[kSettledSlot] =
        cohorts[kSettledSlot] - random.binomial(cohorts[kSettledSlot], later_rate) +
        cohorts[kSettledSlot - 1] - random.binomial(cohorts[kSettledSlot - 1], first_year_rate);
    for (int slot = kSettledSlot - 1; slot > 0; --slot)
        cohorts[slot] = cohorts[slot - 1] - random.binomial(cohorts[slot - 1], first_year_rate);
    cohorts[0] = arrivals;
}

struct HostingCost {
    double total_eur = 0;    ///< every person hosted
    double eligible_eur = 0; ///< people in their first 12 months: in-donor refugee costs (DAC)
};

/// The month's cost of one category's cohorts at `cost_eur_month` per person.
inline HostingCost hosting_cost(std::span<const std::int32_t, kCohortSlots> cohorts,
                                double cost_eur_month) {
    HostingCost cost;
    for (int slot = 0; slot < kSettledSlot; ++slot)
        cost.eligible_eur += cohorts[slot] * cost_eur_month;
    cost.total_eur = cost.eligible_eur + cohorts[kSettledSlot] * cost_eur_month;
    return cost;
}

/// Cohorts of category `category` in a row of `Authorities::hosted`.
template <class Row> auto category_cohorts(Row&& row, int category) {
    return std::span(row.data() + category * kCohortSlots, std::size_t{kCohortSlots})
        .template first<kCohortSlots>();
}

} // namespace paradiplo
