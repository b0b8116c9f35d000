#include "models/context/context_process.hpp"

#include "models/population/population_generator.hpp"

#include <algorithm>
#include <cmath>

namespace paradiplo {

namespace {

std::size_t continent_of(const std::string& key) {
    return static_cast<std::size_t>(find_label(kContinentLabels, key).value_or(0));
}

/// A guard: a month's arrivals of a category never exceed a million people, whatever shocks sum
/// to, so that counts stay well within 32 bits up to 2050.
constexpr double kMaxArrivals = 1e6;

/// One category's arrivals by origin once shocks are summed: fewer arrivals (negative parts, from
/// whatever origin) are taken off the others in proportion, and the total is at least none and at
/// most the guard.
void settle_arrivals(std::array<double, kContinentCount>& by_origin) {
    double total = 0, positive = 0;
    for (const double people : by_origin) {
        total += people;
        positive += std::max(0.0, people);
    }
    const double kept = std::clamp(total, 0.0, kMaxArrivals);
    for (double& people : by_origin)
        people = positive > 0 ? std::max(0.0, people) * kept / positive : 0.0;
}

} // namespace

ContextProcess::ContextProcess(const ContextParameters& parameters,
                               const ElectionParameters& elections,
                               const ReceptionParameters& reception, std::vector<Shock> shocks,
                               const World& world)
    : parameters_(parameters), reserve_months_(elections.reserve_months),
      shocks_(std::move(shocks)) {
    for (std::size_t c = 0; c < trend_arrivals_.size(); ++c)
        trend_arrivals_[c][continent_of(reception.origin[c])] = reception.arrivals_per_month[c];
    for (const Shock& shock : shocks_) {
        std::vector<int> countries;
        for (const auto& code : shock.countries)
            for (std::size_t k = 0; k < world.countries.size(); ++k)
                if (world.countries.iso3[k] == code) countries.push_back(static_cast<int>(k));
        // Arrivals come from the named countries in equal parts, or from the category's origin.
        OriginShares origins{};
        if (shock.category && countries.empty())
            origins[continent_of(reception.origin[static_cast<std::size_t>(*shock.category)])] =
                1.0;
        for (const int k : countries)
            origins[static_cast<std::size_t>(
                world.countries.continent[static_cast<std::size_t>(k)])] +=
                1.0 / static_cast<double>(countries.size());
        shock_origins_.push_back(origins);
        shock_countries_.push_back(std::move(countries));
        std::vector<std::int32_t> authorities;
        // An authority left out of the simulated population (population.threshold) is
        // skipped.
        for (const auto& id : shock.authorities)
            if (const auto i = find_authority(world.authorities, id); i >= 0)
                authorities.push_back(i);
        std::sort(authorities.begin(), authorities.end());
        shock_authorities_.push_back(std::move(authorities));
    }
}

void ContextProcess::run(Access view) {
    auto& revenue_index = view.write<&Context::revenue_index>();
    auto& suspended_country = view.write<&Context::suspended_country>();
    auto& election_now = view.write<&Context::election_now>();
    auto& election_turnover = view.write<&Context::election_turnover>();
    auto& reserve_factor = view.write<&Context::reserve_factor>();
    auto& programme_shifts = view.write<&Context::programme_shifts>();
    const YearMonth month = view.month();
    const double years = view.step() / double{kMonthsPerYear};
    std::array<double, kAuthorityKindCount> revenue_shock{};
    double cost_shock = 0, travel = 0, humanitarian = 0, cofinancing = 0;
    auto arrivals = trend_arrivals_;
    DomainVector salience = DomainVector::Constant(1.0 / kDomainCount);
    std::fill(suspended_country.begin(), suspended_country.end(), 0);
    election_now = {};
    reserve_factor = {};
    election_turnover = {};
    programme_shifts.clear();

    for (std::size_t s = 0; s < shocks_.size(); ++s) {
        const Shock& shock = shocks_[s];
        const double effect = shock.value * shock.intensity(month);
        switch (shock.type) {
        case ShockType::Revenue:
            for (int k = 0; k < kAuthorityKindCount; ++k)
                if (shock.kinds.empty() ||
                    std::find(shock.kinds.begin(), shock.kinds.end(),
                              static_cast<AuthorityKind>(k)) != shock.kinds.end())
                    revenue_shock[static_cast<std::size_t>(k)] += effect;
            break;
        case ShockType::Cost:
            cost_shock += effect;
            break;
        case ShockType::Travel:
            travel += effect;
            break;
        case ShockType::Salience:
            salience[static_cast<int>(*shock.domain)] += effect;
            break;
        case ShockType::Arrivals:
            for (std::size_t o = 0; o < kContinentCount; ++o)
                arrivals[static_cast<std::size_t>(*shock.category)][o] +=
                    effect * shock_origins_[s][o];
            break;
        case ShockType::Humanitarian:
            humanitarian += effect;
            break;
        case ShockType::Cofinancing:
            cofinancing += effect;
            break;
        case ShockType::Suspension:
            if (shock.intensity(month) > 0.0)
                for (int k : shock_countries_[s])
                    suspended_country[static_cast<std::size_t>(k)] = 1;
            break;
        case ShockType::Election: {
            const auto scope = static_cast<std::size_t>(shock.scope);
            const int months_ahead = shock.start.serial() - month.serial();
            if (months_ahead == 0) {
                election_now[scope] = true;
                election_turnover[scope] = shock.value;
            } else if (months_ahead > 0 && months_ahead <= reserve_months_) {
                reserve_factor[scope] = 1.0;
            }
            break;
        }
        case ShockType::Programme:
            if (shock.start == month)
                programme_shifts.push_back({shock_authorities_[s], *shock.domain, shock.value});
            break;
        }
    }
    const double revenue_trend = std::pow(1.0 + parameters_.revenue_trend, years);
    for (int k = 0; k < kAuthorityKindCount; ++k)
        revenue_index[static_cast<std::size_t>(k)] =
            revenue_trend * std::max(0.1, 1.0 + revenue_shock[static_cast<std::size_t>(k)]);
    view.write<&Context::cost_index>() =
        std::pow(1.0 + parameters_.cost_trend, years) * std::max(0.1, 1.0 + cost_shock);
    view.write<&Context::travel_restriction>() = std::clamp(travel, 0.0, 1.0);
    salience = salience.cwiseMax(1e-3);
    view.write<&Context::salience>() = salience / salience.sum();
    for (auto& category : arrivals)
        settle_arrivals(category);
    view.write<&Context::arrivals>() = arrivals;
    view.write<&Context::humanitarian_index>() = std::max(0.0, 1.0 + humanitarian);
    view.write<&Context::cofinancing_index>() = std::max(0.0, 1.0 + cofinancing);
}

} // namespace paradiplo
