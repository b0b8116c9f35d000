// Calls for projects on a hand-built world: who applies for what, under- and oversubscribed
// rounds, grants paid over the project's years, and the envelope index.
#include "models/calls/call_process.hpp"
#include "tests/support/hand_world.hpp"

#include <catch2/catch.hpp>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

constexpr auto kFicol = static_cast<std::size_t>(Call::Ficol);

/// Three directorates with uniform priorities and partners in a DAC-eligible country: a
/// cooperation on water (3,000 EUR a month), a twinning on Europe, a cooperation on health at
/// twice the scale (6,000 EUR a month). FICOL decides in July: half the cost of two years, any
/// size, everyone eligible applies; the ministry's call never decides in the tests' months.
struct ThreeApplicants {
    HandWorld hand{3, 3};
    CallParameters calls;
    BudgetParameters budget;
    PartnershipParameters partnerships;
    ThreeApplicants() {
        World& w = hand.world;
        w.countries.dac_eligible = {1};
        w.authorities.archetype.assign(3, Archetype::Directorate);
        hand.partnership(0, 0, Domain::Services, 1.0, 0.5, PartnershipKind::Cooperation);
        hand.partnership(1, 1, Domain::Europe, 1.0, 0.5, PartnershipKind::Twinning);
        hand.partnership(2, 2, Domain::Health, 2.0, 0.5, PartnershipKind::Cooperation);
        partnerships.cooperation_need_eur = 3000;
        partnerships.domain_need_factor.fill(1.0);
        partnerships.partner_size_need_step = 0.0;
        budget.call_success.fill(1.0);
        calls.calls[static_cast<std::size_t>(Call::Daect)].decision_month = 1;
        calls.calls[kFicol] = {7, 2, 0.0, 0.5, 0.0, 1e9, 1.0};
        at(18); // July 2021
    }
    void at(int step) {
        hand.world.step = step;
        hand.world.context.month = hand.world.calendar.at(step);
    }
    void decide(double envelope_eur) {
        calls.calls[kFicol].envelope_eur = envelope_eur;
        CallProcess(calls, budget, partnerships).step(hand.world);
    }
    const CallIndicators& round() const { return hand.world.calls; }
};

} // namespace

TEST_CASE("an authority asks the rate of what its eligible partnerships cost over the call's "
          "years, within the grant range",
          "[calls]") {
    ThreeApplicants t;
    const CallProcess process(t.calls, t.budget, t.partnerships);
    const CallAccess view(t.hand.world);
    RandomStream random(1, 0, 0, StreamTag::Cofinancing);
    // 0.5 x 3,000 x 12 x 2 years.
    CHECK(process.request(view, 0, Call::Ficol, random)->amount_eur == Approx(36000));
    // A twinning on Europe is neither a cooperation nor a development domain.
    CHECK_FALSE(process.request(view, 1, Call::Ficol, random));
    CHECK(process.request(view, 2, Call::Ficol, random)->amount_eur == Approx(72000));
    // Below the smallest grant nobody applies; above the largest the largest is asked.
    t.calls.calls[kFicol].grant_min_eur = 40000;
    t.calls.calls[kFicol].grant_max_eur = 50000;
    const CallProcess bounded(t.calls, t.budget, t.partnerships);
    CHECK_FALSE(bounded.request(view, 0, Call::Ficol, random));
    CHECK(bounded.request(view, 2, Call::Ficol, random)->amount_eur == Approx(50000));
    // The same partnerships with a partner outside the DAC list make no project.
    t.hand.world.countries.dac_eligible = {0};
    CHECK_FALSE(process.request(view, 2, Call::Ficol, random));
}

TEST_CASE("an undersubscribed round funds every project and leaves the rest", "[calls]") {
    ThreeApplicants t;
    t.decide(200000);
    CHECK(t.round().applications[kFicol] == 2);
    CHECK(t.round().selected[kFicol] == 2);
    CHECK(t.round().requested[kFicol] == Approx(108000));
    CHECK(t.round().awarded[kFicol] == Approx(108000));
    CHECK(t.round().unspent[kFicol] == Approx(92000));
    // Paid over two years: 18,000 and 36,000 a year, a twelfth of it this month.
    const Authorities& a = t.hand.world.authorities;
    CHECK(a.cofinancing_eur[0] == Approx(18000));
    CHECK(a.cofinancing_eur[1] == 0.0);
    CHECK(a.cofinancing_eur[2] == Approx(36000));
    CHECK(t.round().paid[kFicol] == Approx(54000.0 / 12));
}

TEST_CASE("an oversubscribed round funds whole projects while the envelope lasts", "[calls]") {
    ThreeApplicants t;
    t.decide(50000); // 72,000 never fits; 36,000 does, whatever the ranking
    CHECK(t.round().applications[kFicol] == 2);
    CHECK(t.round().selected[kFicol] == 1);
    CHECK(t.round().requested[kFicol] == Approx(108000));
    CHECK(t.round().awarded[kFicol] == Approx(36000));
    CHECK(t.round().unspent[kFicol] == Approx(14000));
    CHECK(t.hand.world.authorities.cofinancing_eur[2] == 0.0);
}

TEST_CASE("grants pay for the project's years, and a running grant keeps its holder out of the "
          "next round",
          "[calls]") {
    ThreeApplicants t;
    t.decide(200000);
    t.at(30); // July 2022: both grants run, nobody applies
    t.decide(200000);
    CHECK(t.round().applications[kFicol] == 0);
    CHECK(t.hand.world.authorities.cofinancing_eur[0] == Approx(18000));
    t.at(41); // June 2023: the last month of the 24
    t.decide(200000);
    CHECK(t.hand.world.authorities.cofinancing_eur[0] == Approx(18000));
    t.at(42); // July 2023: the grants have ended and both apply again
    t.decide(200000);
    CHECK(t.round().applications[kFicol] == 2);
}

TEST_CASE("the envelope index scales a round's envelope", "[calls]") {
    ThreeApplicants t;
    t.hand.world.context.cofinancing_index = 3.0; // 150,000: both projects fit
    t.decide(50000);
    CHECK(t.round().selected[kFicol] == 2);
    CHECK(t.round().unspent[kFicol] == Approx(150000 - 108000));
}
