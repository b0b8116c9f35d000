#include "models/priorities/priority_parameters.hpp"

namespace paradiplo {

ParameterList<PriorityParameters> PriorityParameters::describe() {
    using P = PriorityParameters;
    constexpr auto A = Basis::Assumption;
    ParameterList<P> list;
    list.real("adjustment_rate", &P::adjustment_rate, {0.0, 1.0}, "1/month", A,
              "Share of the gap to the target priorities closed each month.")
        .real("programme_weight", &P::programme_weight, {0.0, 1.0}, "1", A,
              "Weight of the programme in the target.")
        .real("peer_weight", &P::peer_weight, {0.0, 1.0}, "1", A,
              "Weight of peers (region and networks) in the target.")
        .real("salience_weight", &P::salience_weight, {0.0, 1.0}, "1", A,
              "Weight of public debate (domain salience) in the target.")
        .real("perimeter_weight", &P::perimeter_weight, {0.0, 1.0}, "1", A,
              "Weight of the delegate's perimeter in the target.")
        .real("noise", &P::noise, {0.0, 1.0}, "1", A,
              "Log-normal sigma of monthly noise on each priority.")
        .integer("peers", &P::peers, {1, 50}, "authorities", A,
                 "Peers per authority in the influence matrix.")
        // The target is the weighted mean of four vectors: it needs some weight.
        .check({"programme_weight", "peer_weight", "salience_weight", "perimeter_weight"},
               "weights of the target not all zero", [](const P& p) {
                   return p.programme_weight + p.peer_weight + p.salience_weight +
                              p.perimeter_weight >
                          0.0;
               });
    return list;
}

} // namespace paradiplo
