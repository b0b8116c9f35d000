#include "models/partnerships/partner_choice.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace paradiplo {
namespace {

DomainVector make(std::array<double, kDomainCount> values) {
    DomainVector v;
    for (int d = 0; d < kDomainCount; ++d)
        v[d] = values[static_cast<std::size_t>(d)];
    return v / v.sum();
}

// Assumption: development partners ask for services, health, governance and solidarity; others
// for Europe, culture, education and the economy.
const DomainVector kDevelopmentNeeds = make({0.10, 0.20, 0.20, 0.04, 0.01, 0.14, 0.05, 0.13, 0.13});
const DomainVector kExchangeNeeds = make({0.10, 0.04, 0.02, 0.15, 0.26, 0.17, 0.20, 0.02, 0.04});

} // namespace

DomainVector country_needs(const Countries& countries, int country) {
    return countries.dac_eligible[static_cast<std::size_t>(country)] ? kDevelopmentNeeds
                                                                     : kExchangeNeeds;
}

void country_weights(const World& world, int authority, const PartnershipParameters& p,
                     bool historical_only, std::vector<double>& weights) {
    const Countries& c = world.countries;
    weights.resize(c.size());
    const auto priority = world.authorities.priority.row(authority);
    for (std::size_t k = 0; k < c.size(); ++k) {
        double w = c.tie_weight[k];
        if (!world.context.suspended_country.empty() && world.context.suspended_country[k]) w = 0.0;
        if (!historical_only) {
            if (c.francophone[k]) w *= p.francophone_bonus;
            if (c.eu[k]) w *= p.eu_bonus;
            w *= std::exp(-c.distance_km[k] / p.distance_scale_km);
        }
        // Alignment is 0 for a uniform priority vector, positive when priorities match needs.
        const double alignment =
            kDomainCount * priority.dot(country_needs(c, static_cast<int>(k))) - 1.0;
        w *= std::max(0.05, 1.0 + p.alignment_weight * alignment);
        weights[k] = w;
    }
}

Proposal draw_proposal(const World& world, int authority, const std::vector<double>& weights,
                       RandomStream& random) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (total <= 0.0) return {};
    const int country = random.weighted_index(weights, total);
    const Countries& c = world.countries;
    const auto k = static_cast<std::size_t>(country);
    Proposal proposal;
    // Within the country, foreign authorities are sought in proportion to their capacity: larger
    // cities attract more French partners and can hold them.
    const auto& cumulative = world.partners.capacity_cumulative;
    const auto first = cumulative.begin() + c.first_partner[k];
    const auto last = first + c.partner_count[k];
    const double before = c.first_partner[k] > 0 ? *(first - 1) : 0.0;
    const double target = before + random.uniform() * (*(last - 1) - before);
    proposal.partner =
        static_cast<std::int32_t>(std::upper_bound(first, last - 1, target) - cumulative.begin());
    const DomainVector mix =
        world.authorities.priority.row(authority).cwiseProduct(country_needs(c, country));
    proposal.domain = static_cast<Domain>(random.weighted_index(mix, mix.sum()));
    proposal.kind = (c.dac_eligible[k] && c.continent[k] != Continent::Europe)
                        ? PartnershipKind::Cooperation
                        : PartnershipKind::Twinning;
    return proposal;
}

} // namespace paradiplo
