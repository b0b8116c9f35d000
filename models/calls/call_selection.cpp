#include "models/calls/call_selection.hpp"

#include <algorithm>
#include <numeric>

namespace paradiplo {

CallOutcome select_requests(std::span<const CallRequest> requests, double envelope_eur) {
    CallOutcome outcome;
    outcome.awarded_eur.assign(requests.size(), 0.0);
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (requests[a].score != requests[b].score) return requests[a].score > requests[b].score;
        return requests[a].authority < requests[b].authority;
    });
    double left = envelope_eur;
    for (const std::size_t r : order) {
        outcome.requested_eur += requests[r].amount_eur;
        if (requests[r].amount_eur > left) continue;
        outcome.awarded_eur[r] = requests[r].amount_eur;
        left -= requests[r].amount_eur;
        ++outcome.selected;
    }
    outcome.awarded_total_eur = envelope_eur - left;
    outcome.unspent_eur = left;
    return outcome;
}

} // namespace paradiplo
