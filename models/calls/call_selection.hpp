#pragma once
// Selection in a call for projects: when the requests fit the envelope all are funded and the rest
// stays unspent; otherwise the best-scored are funded whole while the envelope lasts. Pure, so
// that under- and oversubscribed calls are tested on hand-built requests.
#include <cstddef>
#include <span>
#include <vector>

namespace paradiplo {

struct CallRequest {
    std::size_t authority; ///< row of the applicant
    double amount_eur;     ///< co-financing asked for over the project, EUR
    double score;          ///< the project's rank: higher is funded first
};

struct CallOutcome {
    std::vector<double> awarded_eur; ///< per request, in the order given (0 when not selected)
    std::size_t selected = 0;
    double requested_eur = 0, awarded_total_eur = 0, unspent_eur = 0;
};

/// Requests funded whole, by decreasing score then earlier row, while the envelope lasts; one
/// that no longer fits is passed over, so a smaller one after it may still be funded (a call
/// funds projects, not parts of them).
CallOutcome select_requests(std::span<const CallRequest> requests, double envelope_eur);

} // namespace paradiplo
