#include "models/calls/call_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"
#include "models/calls/call_rules.hpp"
#include "models/partnerships/partnership_need.hpp"

#include <algorithm>

namespace paradiplo {

std::optional<CallRequest> CallProcess::request(const Access& view, std::size_t i, Call call,
                                                RandomStream& random) const {
    const CallTerms& terms = parameters_.calls[static_cast<std::size_t>(call)];
    const CallRules& rules = kCallRules[static_cast<std::size_t>(call)];
    const auto& offset = view.read<&PartnershipIndex::offset>();
    const auto& rows = view.read<&PartnershipIndex::rows>();
    const auto& status = view.read<&Partnerships::status>();
    const auto& kind = view.read<&Partnerships::kind>();
    const auto& domain = view.read<&Partnerships::domain>();
    const auto& partner = view.read<&Partnerships::partner>();
    const auto& country = view.read<&Partners::country>();
    const auto& size_class = view.read<&Partners::population_class>();
    const auto& dac_eligible = view.read<&Countries::dac_eligible>();
    const double cost_index = view.read<&Context::cost_index>();
    // The project: the authority's running partnerships the call funds, over the call's years.
    double monthly_cost = 0;
    for (std::int32_t k = offset[i]; k < offset[i + 1]; ++k) {
        const auto row = static_cast<std::size_t>(rows[static_cast<std::size_t>(k)]);
        const auto p = static_cast<std::size_t>(partner[row]);
        const bool eligible =
            status[row] == PartnershipStatus::Active &&
            dac_eligible[static_cast<std::size_t>(country[p])] &&
            (!rules.cooperation_only || kind[row] == PartnershipKind::Cooperation) &&
            (rules.domains >> static_cast<int>(domain[row]) & 1U) != 0;
        if (eligible)
            monthly_cost += partnership_need_eur(partnerships_, kind[row], domain[row],
                                                 view.read<&Partnerships::intensity>()[row],
                                                 size_class[p], cost_index);
    }
    const double amount = std::min(terms.grant_max_eur, terms.rate * monthly_cost * kMonthsPerYear *
                                                            terms.project_years);
    if (monthly_cost <= 0 || amount < terms.grant_min_eur) return std::nullopt;
    // Capacity of the organisation, and priority for the call's domains against an average one.
    const auto priority = view.read<&Authorities::priority>().row(static_cast<Eigen::Index>(i));
    double priority_sum = 0;
    int domains = 0;
    for (int d = 0; d < kDomainCount; ++d)
        if ((rules.domains >> d & 1U) != 0) {
            priority_sum += priority[d];
            ++domains;
        }
    const double interest = priority_sum / domains * kDomainCount;
    const double capacity =
        budget_.call_success[static_cast<std::size_t>(view.read<&Authorities::archetype>()[i])];
    if (!random.bernoulli(terms.apply_rate * capacity * interest)) return std::nullopt;
    // Reviewers rank projects by the applicant's means and focus and the proposal's quality.
    return CallRequest{i, amount, capacity * interest * random.uniform()};
}

void CallProcess::decide(const Access& view, Call call, int years_ago) const {
    const auto c = static_cast<Eigen::Index>(call);
    const CallTerms& terms = parameters_.calls[static_cast<std::size_t>(call)];
    const auto& engaged = view.read<&Authorities::engaged>();
    auto& grant_eur_year = view.write<&Authorities::grant_eur_year>();
    auto& grant_end = view.write<&Authorities::grant_end>();
    const int now = view.month().serial();
    const int decided = YearMonth{view.month().year - years_ago, terms.decision_month}.serial();
    std::vector<std::optional<CallRequest>> drawn(engaged.size());
    parallel_for_each_index(engaged.size(), [&](std::size_t i) {
        // One project per call at a time: an authority with a running grant does not apply.
        if (!engaged[i] || grant_end(static_cast<Eigen::Index>(i), c) >= now) return;
        // A stream per round and call: earlier rounds take the steps before the start.
        const int round = view.step() - years_ago * kMonthsPerYear;
        RandomStream random(view.seed(), static_cast<std::uint32_t>(i),
                            round * kCallCount + static_cast<int>(call), StreamTag::Cofinancing);
        drawn[i] = request(view, i, call, random);
    });
    std::vector<CallRequest> requests;
    for (const auto& r : drawn)
        if (r) requests.push_back(*r);
    // Earlier rounds were decided on the envelope of the start.
    const double index = years_ago == 0 ? view.read<&Context::cofinancing_index>() : 1.0;
    const CallOutcome outcome = select_requests(requests, terms.envelope_eur * index);
    for (std::size_t r = 0; r < requests.size(); ++r) {
        if (outcome.awarded_eur[r] <= 0) continue;
        const auto i = static_cast<Eigen::Index>(requests[r].authority);
        grant_eur_year(i, c) = outcome.awarded_eur[r] / terms.project_years;
        grant_end(i, c) = decided + terms.project_years * kMonthsPerYear - 1;
    }
    if (years_ago > 0) return;
    CallIndicators& month = view.write<&World::calls>();
    const auto k = static_cast<std::size_t>(call);
    month.applications[k] = static_cast<std::int32_t>(requests.size());
    month.selected[k] = static_cast<std::int32_t>(outcome.selected);
    month.requested[k] = outcome.requested_eur;
    month.awarded[k] = outcome.awarded_total_eur;
    month.unspent[k] = outcome.unspent_eur;
}

void CallProcess::run(Access view) {
    view.write<&World::calls>() = {};
    const YearMonth month = view.month();
    for (int k = 0; k < kCallCount; ++k) {
        const auto call = static_cast<Call>(k);
        const CallTerms& terms = parameters_.calls[static_cast<std::size_t>(k)];
        // At the start, the rounds of the previous years whose projects still run.
        if (view.step() == 0)
            for (int years_ago = terms.project_years; years_ago >= 1; --years_ago)
                if (YearMonth{month.year - years_ago, terms.decision_month}.serial() +
                        terms.project_years * kMonthsPerYear >
                    month.serial())
                    decide(view, call, years_ago);
        if (month.month == terms.decision_month) decide(view, call, 0);
    }
    // Grants pay a twelfth of their year each month until their last month.
    const int now = month.serial();
    const auto& grant_eur_year = view.read<&Authorities::grant_eur_year>();
    const auto& grant_end = view.read<&Authorities::grant_end>();
    auto& cofinancing_eur = view.write<&Authorities::cofinancing_eur>();
    CallIndicators& indicators = view.write<&World::calls>();
    for (std::size_t i = 0; i < cofinancing_eur.size(); ++i) {
        double total = 0;
        for (int k = 0; k < kCallCount; ++k) {
            const auto row = static_cast<Eigen::Index>(i);
            if (grant_end(row, k) < now) continue;
            total += grant_eur_year(row, k);
            indicators.paid[static_cast<std::size_t>(k)] += grant_eur_year(row, k) / kMonthsPerYear;
        }
        cofinancing_eur[i] = total;
    }
}

} // namespace paradiplo
