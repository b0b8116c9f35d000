#include "models/reception/reception_process.hpp"

#include "engine/core/parallel.hpp"
#include "models/reception/cohorts.hpp"

#include <algorithm>
#include <cmath>

namespace paradiplo {

ReceptionCost reception_cost(const ReceptionCohorts& hosted, std::size_t i, bool declares,
                             const ReceptionParameters& parameters) {
    ReceptionCost cost;
    for (int c = 0; c < kReceptionCategoryCount; ++c) {
        const HostingCost category =
            hosting_cost(category_cohorts(hosted.row(static_cast<Eigen::Index>(i)), c),
                         parameters.cost_eur_month[static_cast<std::size_t>(c)]);
        cost.total_eur += category.total_eur;
        cost.eligible_eur += category.eligible_eur;
    }
    cost.apd_eur = declares ? cost.eligible_eur : 0.0;
    return cost;
}

bool declares_hosting_costs(bool engaged, AuthorityKind kind, YearMonth month,
                            const ReceptionParameters& parameters, RandomStream& random) {
    // The propensities are those of 2021, the year of the calibration target.
    constexpr YearMonth kPropensityYear{2021, 1};
    const double years = (month.serial() - kPropensityYear.serial()) / double{kMonthsPerYear};
    const double propensity =
        std::min(1.0, parameters.declare_propensity[static_cast<std::size_t>(kind)] *
                          std::pow(1.0 + parameters.declare_growth, years));
    return engaged && random.bernoulli(propensity);
}

void ReceptionProcess::run(Access view) {
    const CategoryMatrix& host_share = view.read<&Authorities::host_share>();
    const auto& kind = view.read<&Authorities::kind>();
    const auto& engaged = view.read<&Authorities::engaged>();
    auto& declares = view.write<&Authorities::declares_refugee_costs>();
    const auto& arrivals = view.read<&Context::arrivals>();
    ReceptionCohorts& hosted = view.write<&Authorities::hosted>();
    auto& reception_cost_eur = view.write<&Authorities::reception_cost_eur>();
    auto& refugees_eur = view.write<&Authorities::refugees_eur>();
    const auto authorities = static_cast<std::size_t>(hosted.rows());
    auto& month = view.write<&World::reception>();
    month = ordered_reduce<ReceptionIndicators>(
        authorities, [&](ReceptionIndicators& sum, std::size_t i) {
            const auto row = static_cast<Eigen::Index>(i);
            RandomStream random(view.seed(), static_cast<std::uint32_t>(i), view.step(),
                                StreamTag::Reception);
            declares[i] =
                declares_hosting_costs(engaged[i] != 0, kind[i], view.month(), parameters_, random);
            for (int c = 0; c < kReceptionCategoryCount; ++c) {
                const auto category = static_cast<std::size_t>(c);
                const double share = host_share(row, c);
                int arrived = 0;
                for (std::size_t origin = 0; share > 0.0 && origin < kContinentCount; ++origin) {
                    const int people = random.poisson(arrivals[category][origin] * share);
                    sum.arrivals_by_continent[origin] += people;
                    arrived += people;
                }
                age_cohorts(category_cohorts(hosted.row(row), c), arrived,
                            parameters_.first_year_departure_rate[category],
                            parameters_.departure_rate[category], random);
                sum.arrivals[category] += arrived;
                for (const std::int32_t people : category_cohorts(hosted.row(row), c))
                    sum.hosted[category] += people;
            }
            const ReceptionCost cost = reception_cost(hosted, i, declares[i] != 0, parameters_);
            reception_cost_eur[i] = cost.total_eur;
            refugees_eur[i] = cost.apd_eur;
            sum.cost += cost.total_eur;
            sum.eligible_cost += cost.eligible_eur;
        });
}

} // namespace paradiplo
