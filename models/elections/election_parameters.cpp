#include "models/elections/election_parameters.hpp"

#include <functional>
#include <numeric>
#include <string>
#include <vector>

namespace paradiplo {

ParameterList<ElectionParameters> ElectionParameters::describe() {
    using P = ElectionParameters;
    constexpr auto A = Basis::Assumption;
    ParameterList<P> list;
    for (std::size_t k = 0; k < kAuthorityKindCount; ++k) {
        for (std::size_t d = 0; d < kDomainCount; ++d)
            list.real("typical_programme." + std::string(kAuthorityKindLabels[k].key) + "." +
                          std::string(kDomainLabels[d].key),
                      std::function<double&(P&)>(
                          [k, d](P& p) -> double& { return p.typical_programme[k][d]; }),
                      {0.0, 1.0}, "1", A,
                      "Weight of " + std::string(kDomainLabels[d].english) +
                          " in the typical programme of a new " +
                          std::string(kAuthorityKindLabels[k].english) +
                          " team (normalised over the domains).");
        std::vector<std::string> keys;
        keys.reserve(kDomainCount);
        for (const Label& label : kDomainLabels)
            keys.push_back("typical_programme." + std::string(kAuthorityKindLabels[k].key) + "." +
                           std::string(label.key));
        list.check(keys, "at least one domain with a positive weight", [k](const P& p) {
            const auto& row = p.typical_programme[k];
            return std::accumulate(row.begin(), row.end(), 0.0) > 0.0;
        });
    }
    list.real("programme_concentration", &P::programme_concentration, {0.1, 1000.0}, "1", A,
              "Dirichlet concentration of new programmes around their mean (higher = more "
              "alike).")
        .real("debate_share", &P::debate_share, {0.0, 1.0}, "1", A,
              "Weight of the public debate (salience) against the kind's typical programme in a "
              "new programme's mean.")
        .real("commitment_change_sigma", &P::commitment_change_sigma, {0.0, 2.0}, "1", A,
              "Log-normal sigma of a new team's change of commitment.")
        .real("cabinet_volatility", &P::cabinet_volatility, {0.0, 10.0}, "1", A,
              "That sigma's multiplier when the service is attached to the cabinet: it rises and "
              "falls with the team.")
        .real("perimeter_change_probability", &P::perimeter_change_probability, {0.0, 1.0}, "1", A,
              "Probability that a new team hands the international delegation to another "
              "perimeter (drawn among the four).")
        .real("reattachment_probability", &P::reattachment_probability, {0.0, 1.0}, "1", A,
              "Probability that a new team moves the service's attachment (drawn among the "
              "four).")
        .integer("reserve_months", &P::reserve_months, {0, 24}, "months", A,
                 "Months of pre-election reserve before a vote.")
        .real("reserve_strength", &P::reserve_strength, {0.0, 1.0}, "1", A,
              "Share of new partnerships withheld during the reserve.");
    return list;
}

} // namespace paradiplo
