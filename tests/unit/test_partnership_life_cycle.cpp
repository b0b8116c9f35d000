// The partnership life cycle on worlds of a few agents: funding up to need in priority order,
// dormancy, revival, suspension, ending, partner choice, co-financing and APD, each against
// figures computed by hand.
#include "models/accounting/authority_money.hpp"
#include "models/budget/budget_process.hpp"
#include "models/partnerships/activity_process.hpp"
#include "models/partnerships/partner_choice.hpp"
#include "tests/support/hand_world.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

/// Needs of 1,000 EUR a month per unit of scale, no noise, no chance events.
PartnershipParameters plain() {
    PartnershipParameters p{};
    p.twinning_need_eur = 1000;
    p.domain_need_factor.fill(1.0);
    p.partner_size_need_step = 0;
    p.activity_noise = 0;
    p.momentum_loss = 0;
    p.revival_probability = 0;
    p.end_probability = 0;
    return p;
}

BudgetParameters no_humanitarian() {
    BudgetParameters b{};
    b.humanitarian_share = 0;
    return b;
}

/// One authority whose priorities put Health (0.5) before Europe (0.3) and Culture (0.2), with a
/// partnership in each: needs 5,000, 6,000 and 3,000 EUR a month.
struct ThreePartnerships {
    HandWorld hand{1, 4};
    std::size_t health, europe, culture;
    ThreePartnerships() {
        auto& priority = hand.world.authorities.priority;
        priority.setZero();
        priority(0, static_cast<int>(Domain::Health)) = 0.5;
        priority(0, static_cast<int>(Domain::Europe)) = 0.3;
        priority(0, static_cast<int>(Domain::Culture)) = 0.2;
        europe = hand.partnership(0, 0, Domain::Europe, 6.0);
        health = hand.partnership(0, 1, Domain::Health, 5.0);
        culture = hand.partnership(0, 2, Domain::Culture, 3.0);
    }
    void budget(double eur_per_year) {
        hand.world.authorities.international_budget_eur[0] = eur_per_year;
    }
    const Partnerships& rows() const { return hand.world.partnerships; }
};

} // namespace

TEST_CASE("partnerships are funded up to their need in the order of the authority's priorities; "
          "what is left stays in the line",
          "[life_cycle]") {
    ThreePartnerships t;
    ActivityProcess activity(plain(), no_humanitarian());
    // 10,000 EUR a month: Health gets its 5,000, Europe the 5,000 left of its 6,000, Culture none.
    t.budget(120000);
    activity.step(t.hand.world);
    CHECK(t.rows().funding_eur[t.health] == Approx(5000));
    CHECK(t.rows().funding_eur[t.europe] == Approx(5000));
    CHECK(t.rows().funding_eur[t.culture] == 0.0);
    CHECK(t.hand.world.authorities.partnership_spending_eur[0] == Approx(10000));
    CHECK(t.hand.world.authorities.partnership_room_eur[0] == 0.0);
    // 20,000 EUR a month: every need is met and 6,000 are left: spending is a result.
    t.budget(240000);
    activity.step(t.hand.world);
    CHECK(t.rows().funding_eur[t.europe] == Approx(6000));
    CHECK(t.rows().funding_eur[t.culture] == Approx(3000));
    CHECK(t.hand.world.authorities.partnership_spending_eur[0] == Approx(14000));
    CHECK(t.hand.world.authorities.partnership_room_eur[0] == Approx(6000));
    // Costs up 50%: needs follow (7,500, 9,000, 4,500), and Culture gets the 3,500 left.
    t.hand.world.context.cost_index = 1.5;
    activity.step(t.hand.world);
    CHECK(t.rows().funding_eur[t.health] == Approx(7500));
    CHECK(t.rows().funding_eur[t.europe] == Approx(9000));
    CHECK(t.rows().funding_eur[t.culture] == Approx(3500));
}

TEST_CASE("domains of equal priority are funded in the order the domains are listed, whatever "
          "their rows",
          "[life_cycle]") {
    ThreePartnerships t;
    auto& priority = t.hand.world.authorities.priority;
    priority(0, static_cast<int>(Domain::Health)) = 0.35;
    priority(0, static_cast<int>(Domain::Culture)) = 0.35; // listed before Health, a later row
    ActivityProcess activity(plain(), no_humanitarian());
    // 6,000 EUR a month: Culture's 3,000 first, then 3,000 of Health's 5,000.
    t.budget(72000);
    activity.step(t.hand.world);
    CHECK(t.rows().funding_eur[t.culture] == Approx(3000));
    CHECK(t.rows().funding_eur[t.health] == Approx(3000));
    CHECK(t.rows().funding_eur[t.europe] == 0.0);
}

TEST_CASE("an unfunded partnership loses activity, falls dormant after the dormancy months and "
          "ends after its dormant months",
          "[life_cycle]") {
    ThreePartnerships t;
    PartnershipParameters p = plain();
    p.activity_rate = 0.15;
    p.activity_threshold = 0.2;
    p.dormancy_months = 6;
    p.end_after_months = 3;
    p.end_probability = 1.0;
    ActivityProcess activity(p, no_humanitarian());
    t.budget(120000);
    // Culture, unfunded: 0.5 * 0.85^n falls below 0.2 at n = 6 (0.1886); six months low later,
    // in month 11, it is dormant. Europe, funded 5/6, tends to 0.833 and stays.
    for (int month = 1; month <= 10; ++month)
        activity.step(t.hand.world);
    CHECK(t.rows().activity[t.culture] == Approx(0.5 * std::pow(0.85, 10)));
    CHECK(t.rows().months_low[t.culture] == 5);
    CHECK(t.rows().status[t.culture] == PartnershipStatus::Active);
    activity.step(t.hand.world);
    CHECK(t.rows().status[t.culture] == PartnershipStatus::Dormant);
    CHECK(t.rows().event[t.culture] == PartnershipEvent::Dormant);
    CHECK(t.rows().months_dormant[t.culture] == 0);
    CHECK(t.rows().status[t.europe] == PartnershipStatus::Active);
    // Dormant for three months, then it ends.
    activity.step(t.hand.world);
    activity.step(t.hand.world);
    CHECK(t.rows().status[t.culture] == PartnershipStatus::Dormant);
    activity.step(t.hand.world);
    CHECK(t.rows().status[t.culture] == PartnershipStatus::Ended);
    CHECK(t.rows().event[t.culture] == PartnershipEvent::Ended);
}

TEST_CASE("a dormant partnership revives only with money the active ones left, and its clocks "
          "restart",
          "[life_cycle]") {
    ThreePartnerships t;
    // Dormant, in the authority's first domain: it still waits for the active ones.
    const std::size_t dormant = t.hand.partnership(0, 3, Domain::Health, 2.0);
    t.hand.world.partnerships.status[dormant] = PartnershipStatus::Dormant;
    t.hand.world.partnerships.months_dormant[dormant] = 7;
    t.hand.world.partnerships.months_low[dormant] = 9;
    PartnershipParameters p = plain();
    p.revival_probability = 1.0;
    p.revival_activity = 0.3;
    ActivityProcess activity(p, no_humanitarian());
    // The active ones take the whole line: nothing left, no revival whatever the probability.
    t.budget(120000);
    activity.step(t.hand.world);
    CHECK(t.rows().status[dormant] == PartnershipStatus::Dormant);
    CHECK(t.rows().months_dormant[dormant] == 8);
    CHECK(t.rows().funding_eur[t.europe] == Approx(5000));
    // 6,000 left after the 14,000 of needs: it revives and takes its 2,000.
    t.budget(240000);
    activity.step(t.hand.world);
    CHECK(t.rows().status[dormant] == PartnershipStatus::Active);
    CHECK(t.rows().event[dormant] == PartnershipEvent::Revived);
    CHECK(t.rows().funding_eur[dormant] == Approx(2000));
    CHECK(t.rows().activity[dormant] == 0.3);
    CHECK(t.rows().months_dormant[dormant] == 0);
    CHECK(t.rows().months_low[dormant] == 0);
    CHECK(t.hand.world.authorities.partnership_room_eur[0] == Approx(4000));
}

TEST_CASE("a suspension freezes partnerships: dormant, unfunded, clocks at zero, never ended",
          "[life_cycle]") {
    ThreePartnerships t;
    t.hand.world.partnerships.status[t.culture] = PartnershipStatus::Dormant;
    t.hand.world.partnerships.months_dormant[t.culture] = 30;
    PartnershipParameters p = plain();
    p.end_after_months = 1;
    p.end_probability = 1.0;
    ActivityProcess activity(p, no_humanitarian());
    t.budget(240000);
    t.hand.world.context.suspended_country = {1};
    for (int month = 0; month < 3; ++month)
        activity.step(t.hand.world);
    for (const std::size_t row : {t.health, t.europe, t.culture}) {
        CHECK(t.rows().status[row] == PartnershipStatus::Dormant);
        CHECK(t.rows().funding_eur[row] == 0.0);
        CHECK(t.rows().months_dormant[row] == 0);
    }
    CHECK(t.hand.world.authorities.partnership_spending_eur[0] == 0.0);
}

TEST_CASE("a partner is sought in proportion to its capacity times its connections, never when "
          "full",
          "[life_cycle]") {
    HandWorld hand(1, 2);
    hand.world.partners.capacity = {2, 2};
    hand.world.partners.partnership_count = {1, 0};
    PartnershipParameters p = plain();
    p.preferential_attachment = 0.3;
    const std::vector<double> weights{1.0};
    const auto share_of_first = [&] {
        int first = 0, none = 0;
        for (int draw = 0; draw < 4000; ++draw) {
            RandomStream random(7, 0, draw, StreamTag::Formation);
            PartnerSampler sampler;
            sampler.rebuild(hand.world.partners.capacity, hand.world.partners.partnership_count,
                            p.preferential_attachment);
            const Proposal proposal =
                draw_proposal(PartnerChoiceAccess(hand.world), 0, p, weights, sampler, random);
            first += proposal.partner == 0;
            none += proposal.partner < 0;
        }
        return none == 4000 ? -1.0 : first / 4000.0;
    };
    // Weights 2 * (1 + 0.3 * 1) = 2.6 and 2: 0.565 of the draws go to the connected one.
    CHECK(share_of_first() == Approx(2.6 / 4.6).margin(0.025));
    p.preferential_attachment = 0.0;
    CHECK(share_of_first() == Approx(0.5).margin(0.025));
    hand.world.partners.partnership_count = {2, 0};
    CHECK(share_of_first() == 0.0);
    hand.world.partners.partnership_count = {2, 2};
    CHECK(share_of_first() == -1.0);
}

TEST_CASE("APD counts own development spending, humanitarian aid and refugee costs",
          "[life_cycle]") {
    struct Columns {
        std::vector<double> partnership_spending_eur{10000}, cofinancing_eur{24000},
            dac_spending_eur{6000}, humanitarian_eur{500}, refugees_eur{700};
    } money;
    // Co-financing of 2,000 a month is a fifth of partnership spending: the state's APD.
    const AuthorityApd apd = authority_apd(money, 0);
    CHECK(apd.development == Approx(6000 * 0.8));
    CHECK(apd.humanitarian == 500);
    CHECK(apd.refugees == 700);
    CHECK(apd.total() == Approx(6000));
    CHECK(authority_spending(money, 0) == Approx(11200));
}

TEST_CASE("the partner sampler draws by running weight within a country's range and follows "
          "updates",
          "[life_cycle]") {
    // Weights 2 x 1.3 = 2.6 (one partner held), 2, 0 (full) and 1: total 5.6.
    const std::vector<std::int16_t> capacity{2, 2, 1, 1};
    std::vector<std::int16_t> held{1, 0, 1, 0};
    PartnerSampler sampler;
    sampler.rebuild(capacity, held, 0.3);
    CHECK(sampler.draw(0, 4, 0.4) == 0);  // 2.24 < 2.6
    CHECK(sampler.draw(0, 4, 0.5) == 1);  // 2.8 in (2.6, 4.6]
    CHECK(sampler.draw(0, 4, 0.99) == 3); // 5.54: the full partner is never drawn
    CHECK(sampler.draw(1, 2, 0.99) == 1); // within partners 1 and 2 only partner 1 has room
    CHECK(sampler.draw(2, 1, 0.5) == -1);
    held[0] = 2; // partner 0 becomes full
    sampler.update(0, capacity[0], held[0]);
    CHECK(sampler.draw(0, 4, 0.0) == 1);
    CHECK(sampler.draw(0, 4, 0.7) == 3); // 2.1 of a total of 3
}

TEST_CASE("the partner sampler draws what a walk over the range's weights draws, through repeated "
          "updates",
          "[life_cycle]") {
    // 37 partners (not a power of two) in random states; after each of 300 new partnerships the
    // tree must agree with a walk over the current weights, for ranges that start anywhere.
    std::mt19937_64 bits(7);
    const auto below = [&](std::size_t n) { return static_cast<std::size_t>(bits() % n); };
    const std::size_t n = 37;
    std::vector<std::int16_t> capacity(n), held(n);
    for (std::size_t j = 0; j < n; ++j) {
        capacity[j] = static_cast<std::int16_t>(1 + below(6));
        held[j] = static_cast<std::int16_t>(below(static_cast<std::size_t>(capacity[j]) + 1));
    }
    PartnerSampler sampler;
    sampler.rebuild(capacity, held, 0.3);
    for (int update = 0; update < 300; ++update) {
        const std::size_t first = below(n), count = 1 + below(n - first);
        const double u = static_cast<double>(bits() >> 11) * 0x1.0p-53;
        std::int32_t walked = -1;
        double total = 0.0;
        for (std::size_t j = first; j < first + count; ++j)
            total += partner_weight(capacity[j], held[j], 0.3);
        double running = 0.0;
        for (std::size_t j = first; j < first + count && total > 0.0; ++j) {
            running += partner_weight(capacity[j], held[j], 0.3);
            if (partner_weight(capacity[j], held[j], 0.3) > 0.0 && running > u * total) {
                walked = static_cast<std::int32_t>(j);
                break;
            }
        }
        INFO("update " << update << ", range [" << first << ", " << first + count << "), u " << u);
        CHECK(sampler.draw(first, count, u) == walked);
        // A partner takes one more French partner, or leaves one.
        const std::size_t j = below(n);
        held[j] = static_cast<std::int16_t>(held[j] < capacity[j] ? held[j] + 1 : held[j] - 1);
        sampler.update(j, capacity[j], held[j]);
    }
}
