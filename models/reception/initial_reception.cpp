#include "models/reception/initial_reception.hpp"

#include "engine/core/random_stream.hpp"
#include "models/reception/cohorts.hpp"
#include "models/reception/reception_process.hpp"

#include <cmath>

namespace paradiplo {
namespace {

/// Host weights of one category, normalised over `extra` + their sum.
void normalise(CategoryMatrix& share, int category, double extra) {
    const double total = share.col(category).sum() + extra;
    if (total > 0) share.col(category) /= total;
}

} // namespace

void host_reception(Authorities& a, std::span<const std::uint8_t> departement_competences,
                    const std::array<double, kReceptionCategoryCount>& unsimulated_population,
                    const ReceptionParameters& parameters, ReceptionDraws draws) {
    const int minors = static_cast<int>(ReceptionCategory::Minors);
    const int displaced = static_cast<int>(ReceptionCategory::Displaced);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        const double population = a.population[i];
        a.host_share(row, minors) = departement_competences[i] ? population : 0.0;
        a.host_share(row, displaced) =
            a.kind[i] == AuthorityKind::Commune
                ? population * (a.engaged[i] ? parameters.engaged_host_weight : 1.0)
                : 0.0;
    }
    for (const int c : {minors, displaced})
        normalise(a.host_share, c, unsimulated_population[static_cast<std::size_t>(c)]);

    // Steady state of the trend: a cohort keeps (1 - first-year rate) each month for 12 months,
    // then (1 - later rate); beyond 12 months the stock is the survivors over the later rate.
    std::array<std::array<double, kCohortSlots>, kReceptionCategoryCount> expected{};
    for (std::size_t c = 0; c < expected.size(); ++c) {
        const double keep = 1.0 - parameters.first_year_departure_rate[c];
        for (int slot = 0; slot < kSettledSlot; ++slot)
            expected[c][static_cast<std::size_t>(slot)] =
                parameters.arrivals_per_month[c] * std::pow(keep, slot);
        const double later = parameters.departure_rate[c];
        expected[c][kSettledSlot] =
            later > 0 ? parameters.arrivals_per_month[c] * std::pow(keep, kSettledSlot) / later
                      : 0.0;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        RandomStream random(draws.seed, static_cast<std::uint32_t>(i), draws.step,
                            StreamTag::Population);
        a.declares_refugee_costs[i] = declares_hosting_costs(a.engaged[i] != 0, a.kind[i],
                                                             draws.first_month, parameters, random)
                                          ? 1
                                          : 0;
        for (int c = 0; c < kReceptionCategoryCount; ++c) {
            const double share = a.host_share(row, c);
            auto cohorts = category_cohorts(a.hosted.row(row), c);
            for (int slot = 0; slot < kCohortSlots; ++slot)
                cohorts[static_cast<std::size_t>(slot)] =
                    share > 0 ? random.poisson(expected[static_cast<std::size_t>(c)]
                                                       [static_cast<std::size_t>(slot)] *
                                               share)
                              : 0;
        }
        const ReceptionCost cost =
            reception_cost(a.hosted, i, a.declares_refugee_costs[i] != 0, parameters);
        a.reception_cost_eur[i] = cost.total_eur;
        a.refugees_eur[i] = cost.apd_eur;
    }
}

} // namespace paradiplo
