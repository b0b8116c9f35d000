#pragma once
// Priority vectors over the domains ([model.priorities]).
#include "engine/core/parameters.hpp"

namespace paradiplo {

struct PriorityParameters {
    double adjustment_rate = 0.05; ///< share of the gap to the target closed each month
    double programme_weight = 0.4; ///< weights of the target mix: programme,
    double peer_weight = 0.25;     ///< peers,
    double salience_weight = 0.15; ///< public debate,
    double perimeter_weight = 0.2; ///< and the delegate's perimeter
    double noise = 0.02;           ///< log-normal sigma of monthly noise on each component
    int peers = 6;                 ///< peers per authority in the influence matrix

    static ParameterList<PriorityParameters> describe();
};

} // namespace paradiplo
