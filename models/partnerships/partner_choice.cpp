#include "models/partnerships/partner_choice.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace paradiplo {
namespace {

/// What a partner of this development status asks for, normalised over the domains.
DomainVector needs_of(bool dac_eligible, const PartnershipParameters& parameters) {
    const auto& needs = dac_eligible ? parameters.development_needs : parameters.exchange_needs;
    DomainVector v;
    for (int d = 0; d < kDomainCount; ++d)
        v[d] = needs[static_cast<std::size_t>(d)];
    return v / v.sum();
}

} // namespace

void country_weights(const PartnerChoiceAccess& view, int authority,
                     const PartnershipParameters& parameters, bool historical_only,
                     std::vector<double>& weights) {
    const auto& tie_weight = view.read<&Countries::tie_weight>();
    const auto& francophone = view.read<&Countries::francophone>();
    const auto& eu = view.read<&Countries::eu>();
    const auto& distance_km = view.read<&Countries::distance_km>();
    const auto& dac_eligible = view.read<&Countries::dac_eligible>();
    const auto& suspended_country = view.read<&Context::suspended_country>();
    weights.resize(tie_weight.size());
    const auto priority = view.read<&Authorities::priority>().row(authority);
    // Alignment is 0 for a uniform priority vector, positive when priorities match needs.
    const double exchange_alignment =
        kDomainCount * priority.dot(needs_of(false, parameters)) - 1.0;
    const double development_alignment =
        kDomainCount * priority.dot(needs_of(true, parameters)) - 1.0;
    for (std::size_t k = 0; k < tie_weight.size(); ++k) {
        double w = tie_weight[k];
        if (!suspended_country.empty() && suspended_country[k]) w = 0.0;
        if (!historical_only) {
            if (francophone[k]) w *= parameters.francophone_bonus;
            if (eu[k]) w *= parameters.eu_bonus;
            w *= std::exp(-distance_km[k] / parameters.distance_scale_km);
        }
        w *= std::max(parameters.alignment_floor,
                      1.0 + parameters.alignment_weight *
                                (dac_eligible[k] ? development_alignment : exchange_alignment));
        weights[k] = w;
    }
}

Proposal draw_proposal(const PartnerChoiceAccess& view, int authority,
                       const PartnershipParameters& parameters, const std::vector<double>& weights,
                       const PartnerSampler& sampler, RandomStream& random) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (total <= 0.0) return {};
    const auto k = static_cast<std::size_t>(random.weighted_index(weights, total));
    const auto first = static_cast<std::size_t>(view.read<&Countries::first_partner>()[k]);
    const auto count = static_cast<std::size_t>(view.read<&Countries::partner_count>()[k]);
    Proposal proposal;
    proposal.partner = sampler.draw(first, count, random.uniform());
    if (proposal.partner < 0) return proposal;
    const bool development = view.read<&Countries::dac_eligible>()[k] != 0;
    const DomainVector mix = view.read<&Authorities::priority>().row(authority).cwiseProduct(
        needs_of(development, parameters));
    proposal.domain = static_cast<Domain>(random.weighted_index(mix, mix.sum()));
    proposal.kind = (development && view.read<&Countries::continent>()[k] != Continent::Europe)
                        ? PartnershipKind::Cooperation
                        : PartnershipKind::Twinning;
    // Log-normal of mean 1.
    const double sigma = parameters.intensity_sigma;
    proposal.scale = std::exp(sigma * random.normal() - sigma * sigma / 2.0);
    return proposal;
}

} // namespace paradiplo
