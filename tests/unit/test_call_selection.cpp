#include "models/calls/call_selection.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace paradiplo;

TEST_CASE("an undersubscribed call funds every request and leaves the rest unspent", "[calls]") {
    const std::vector<CallRequest> requests{{3, 30.0, 0.2}, {7, 50.0, 0.9}};
    const CallOutcome outcome = select_requests(requests, 100.0);
    CHECK(outcome.awarded_eur == std::vector<double>{30.0, 50.0});
    CHECK(outcome.selected == 2);
    CHECK(outcome.requested_eur == 80.0);
    CHECK(outcome.awarded_total_eur == 80.0);
    CHECK(outcome.unspent_eur == 20.0); // 100 - 30 - 50
}

TEST_CASE("an oversubscribed call funds the best-scored whole while the envelope lasts",
          "[calls]") {
    // By score: row 4 (40, 0.95), row 1 (60, 0.9), row 2 (50, 0.8), row 3 (30, 0.5).
    // 40 + 60 = 100 spends the envelope: 50 and 30 no longer fit.
    const std::vector<CallRequest> requests{
        {1, 60.0, 0.9}, {2, 50.0, 0.8}, {3, 30.0, 0.5}, {4, 40.0, 0.95}};
    const CallOutcome outcome = select_requests(requests, 100.0);
    CHECK(outcome.awarded_eur == std::vector<double>{60.0, 0.0, 0.0, 40.0});
    CHECK(outcome.selected == 2);
    CHECK(outcome.requested_eur == 180.0);
    CHECK(outcome.unspent_eur == 0.0);
}

TEST_CASE("a request that no longer fits is passed over for a smaller one after it", "[calls]") {
    // 70 first (score 0.9), leaving 30: 50 (0.8) does not fit, 20 (0.1) does; 10 stays unspent.
    const std::vector<CallRequest> requests{{1, 70.0, 0.9}, {2, 50.0, 0.8}, {3, 20.0, 0.1}};
    const CallOutcome outcome = select_requests(requests, 100.0);
    CHECK(outcome.awarded_eur == std::vector<double>{70.0, 0.0, 20.0});
    CHECK(outcome.selected == 2);
    CHECK(outcome.unspent_eur == 10.0);
}

TEST_CASE("equal scores are funded by earlier row; an empty envelope funds nothing", "[calls]") {
    const std::vector<CallRequest> requests{{9, 60.0, 0.5}, {2, 60.0, 0.5}};
    const CallOutcome outcome = select_requests(requests, 100.0);
    CHECK(outcome.awarded_eur == std::vector<double>{0.0, 60.0}); // row 2 before row 9
    const CallOutcome none = select_requests(requests, 0.0);
    CHECK(none.selected == 0);
    CHECK(none.awarded_total_eur == 0.0);
    CHECK(none.requested_eur == 120.0);
}
