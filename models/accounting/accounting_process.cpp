#include "models/accounting/accounting_process.hpp"

#include "engine/core/parallel.hpp"

#include <algorithm>

namespace paradiplo {
namespace {

struct AuthorityTotals {
    std::int32_t engaged = 0;
    double spending = 0, development = 0, humanitarian = 0, refugees = 0, cofinancing = 0,
           staff = 0;
    std::array<double, kDomainCount> priority{};
    std::array<double, kAuthorityKindCount> apd_by_kind{}, spending_by_kind{};

    AuthorityTotals& operator+=(const AuthorityTotals& o) {
        engaged += o.engaged;
        spending += o.spending;
        development += o.development;
        humanitarian += o.humanitarian;
        refugees += o.refugees;
        cofinancing += o.cofinancing;
        staff += o.staff;
        for (int d = 0; d < kDomainCount; ++d)
            priority[d] += o.priority[d];
        for (int k = 0; k < kAuthorityKindCount; ++k) {
            apd_by_kind[k] += o.apd_by_kind[k];
            spending_by_kind[k] += o.spending_by_kind[k];
        }
        return *this;
    }
};

} // namespace

AuthorityApd authority_apd(const Authorities& a, std::size_t i) {
    const double pool = a.partnership_spending_eur[i];
    const double cofinancing = a.cofinancing_eur[i] / 12.0;
    const double own_share = pool > 0 ? std::max(0.0, 1.0 - cofinancing / pool) : 0.0;
    return {a.dac_spending_eur[i] * own_share, a.humanitarian_eur[i], a.refugees_eur[i]};
}

void AccountingProcess::step(World& world) {
    Authorities& a = world.authorities;
    const Partnerships& p = world.partnerships;
    MonthlyIndicators& out = world.indicators;

    // Partnership side: integer counts, exact in any order.
    std::vector<std::int32_t> active_by_partner(world.partners.size(), 0);
    std::fill(world.partners.partnership_count.begin(), world.partners.partnership_count.end(), 0);
    std::fill(a.active_partnerships.begin(), a.active_partnerships.end(), 0);
    std::fill(a.dac_partnerships.begin(), a.dac_partnerships.end(), 0);
    out.partnerships_active = out.partnerships_dormant = 0;
    out.partnerships_new = out.partnerships_ended = out.partnerships_revived =
        out.partnerships_to_dormant = 0;
    out.partnerships_by_domain = {};
    out.partnerships_by_continent = {};
    out.partnerships_by_country.assign(world.countries.size(), 0);
    for (std::size_t row = 0; row < p.size(); ++row) {
        switch (p.event[row]) {
        case PartnershipEvent::Created:
            ++out.partnerships_new;
            break;
        case PartnershipEvent::Ended:
            ++out.partnerships_ended;
            break;
        case PartnershipEvent::Revived:
            ++out.partnerships_revived;
            break;
        case PartnershipEvent::Dormant:
            ++out.partnerships_to_dormant;
            break;
        case PartnershipEvent::None:
            break;
        }
        if (p.status[row] == PartnershipStatus::Ended) continue;
        const auto partner = static_cast<std::size_t>(p.partner[row]);
        ++world.partners.partnership_count[partner];
        if (p.status[row] == PartnershipStatus::Dormant) {
            ++out.partnerships_dormant;
            continue;
        }
        const auto country = static_cast<std::size_t>(world.partners.country[partner]);
        const auto authority = static_cast<std::size_t>(p.authority[row]);
        ++out.partnerships_active;
        ++active_by_partner[partner];
        ++a.active_partnerships[authority];
        if (world.countries.dac_eligible[country]) ++a.dac_partnerships[authority];
        ++out.partnerships_by_domain[static_cast<std::size_t>(p.domain[row])];
        ++out.partnerships_by_continent[static_cast<std::size_t>(
            world.countries.continent[country])];
        ++out.partnerships_by_country[country];
    }
    out.foreign_partners = static_cast<std::int32_t>(std::count_if(
        active_by_partner.begin(), active_by_partner.end(), [](std::int32_t n) { return n > 0; }));

    // Authority side: money summed in fixed blocks.
    const AuthorityTotals totals =
        ordered_reduce<AuthorityTotals>(a.size(), [&](AuthorityTotals& t, std::size_t i) {
            a.engaged[i] = a.active_partnerships[i] > 0 ? 1 : 0;
            const AuthorityApd apd = authority_apd(a, i);
            const double spending = authority_spending(a, i);
            const auto kind = static_cast<std::size_t>(a.kind[i]);
            t.spending += spending;
            t.development += apd.development;
            t.humanitarian += apd.humanitarian;
            t.refugees += apd.refugees;
            t.cofinancing += a.partnership_spending_eur[i] > 0 ? a.cofinancing_eur[i] / 12.0 : 0.0;
            t.staff += a.staff_fte[i];
            t.apd_by_kind[kind] += apd.total();
            t.spending_by_kind[kind] += spending;
            if (a.engaged[i]) {
                ++t.engaged;
                for (int d = 0; d < kDomainCount; ++d)
                    t.priority[static_cast<std::size_t>(d)] +=
                        a.priority(static_cast<Eigen::Index>(i), d);
            }
        });
    out.engaged_authorities = totals.engaged;
    out.international_spending = totals.spending;
    out.apd_development = totals.development;
    out.apd_humanitarian = totals.humanitarian;
    out.apd_refugees = totals.refugees;
    out.cofinancing = totals.cofinancing;
    out.staff_fte = totals.staff;
    out.apd_by_kind = totals.apd_by_kind;
    out.spending_by_kind = totals.spending_by_kind;
    for (int d = 0; d < kDomainCount; ++d)
        out.priority_mean[static_cast<std::size_t>(d)] =
            totals.engaged > 0 ? totals.priority[static_cast<std::size_t>(d)] / totals.engaged
                               : 0.0;
}

} // namespace paradiplo
