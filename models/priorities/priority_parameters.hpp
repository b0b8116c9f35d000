#pragma once
// Priority vectors over the domains ([model.priorities]).
namespace paradiplo {

struct PriorityParameters {
    double adjustment_rate; ///< share of the gap to the target closed each month
    double programme_weight, peer_weight, salience_weight, perimeter_weight; ///< target mix
    double noise; ///< log-normal sigma of monthly noise on each component
    int peers;    ///< peers per authority in the influence matrix
};

} // namespace paradiplo
