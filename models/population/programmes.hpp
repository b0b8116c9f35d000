#pragma once
// Typical programmes by kind of authority (model.elections.typical_programme) and the delegate
// perimeters.
#include "engine/core/random_stream.hpp"
#include "engine/core/taxonomy.hpp"
#include "engine/core/world.hpp"
#include "models/elections/election_parameters.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace paradiplo {

/// Mean programme of a new team of this kind, normalised.
inline DomainVector typical_programme(AuthorityKind kind, const ElectionParameters& parameters) {
    DomainVector v;
    const auto& row = parameters.typical_programme[static_cast<std::size_t>(kind)];
    for (int d = 0; d < kDomainCount; ++d)
        v[d] = row[static_cast<std::size_t>(d)];
    return v / v.sum();
}

/// Draws a Dirichlet vector of mean `mean` and concentration `concentration`: a team's programme,
/// in the initial population and at elections.
inline DomainVector dirichlet(const DomainVector& mean, double concentration,
                              RandomStream& random) {
    DomainVector v;
    for (int d = 0; d < kDomainCount; ++d)
        v[d] = random.gamma(std::max(1e-3, concentration * mean[d]));
    return v / v.sum();
}

constexpr std::uint16_t domain_bit(Domain d) {
    return static_cast<std::uint16_t>(1u << static_cast<int>(d));
}

/// Delegate perimeters: international relations only; with Europe; with attractiveness; with
/// solidarity.
inline constexpr std::array<std::uint16_t, 4> kDelegatePerimeters{{
    static_cast<std::uint16_t>(domain_bit(Domain::Europe) | domain_bit(Domain::Culture)),
    static_cast<std::uint16_t>(domain_bit(Domain::Europe) | domain_bit(Domain::Education) |
                               domain_bit(Domain::Culture)),
    static_cast<std::uint16_t>(domain_bit(Domain::Economy) | domain_bit(Domain::Culture) |
                               domain_bit(Domain::Europe)),
    static_cast<std::uint16_t>(domain_bit(Domain::Solidarity) | domain_bit(Domain::Services) |
                               domain_bit(Domain::Health) | domain_bit(Domain::Governance)),
}};

/// Uniform distribution over the domains of a perimeter (a point of the simplex).
inline DomainVector perimeter_vector(std::uint16_t perimeter) {
    DomainVector v = DomainVector::Zero();
    for (int d = 0; d < kDomainCount; ++d)
        if (perimeter & (1u << d)) v[d] = 1.0;
    const double total = v.sum();
    return total > 0 ? DomainVector(v / total) : DomainVector::Constant(1.0 / kDomainCount);
}

} // namespace paradiplo
