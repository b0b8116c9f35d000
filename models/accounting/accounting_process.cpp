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
    std::array<double, kAuthorityKindCount> apd_by_kind{}, spending_by_kind{}, refugees_by_kind{};

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
            refugees_by_kind[k] += o.refugees_by_kind[k];
        }
        return *this;
    }
};

} // namespace

/// The money columns of the authorities, as read through the view.
struct MoneyColumns {
    const std::vector<double>& partnership_spending_eur;
    const std::vector<double>& cofinancing_eur;
    const std::vector<double>& dac_spending_eur;
    const std::vector<double>& humanitarian_eur;
    const std::vector<double>& refugees_eur;
};

void AccountingProcess::run(Access view) {
    const auto& kind = view.read<&Authorities::kind>();
    const auto& staff_fte = view.read<&Authorities::staff_fte>();
    const auto& priority = view.read<&Authorities::priority>();
    const MoneyColumns money{
        .partnership_spending_eur = view.read<&Authorities::partnership_spending_eur>(),
        .cofinancing_eur = view.read<&Authorities::cofinancing_eur>(),
        .dac_spending_eur = view.read<&Authorities::dac_spending_eur>(),
        .humanitarian_eur = view.read<&Authorities::humanitarian_eur>(),
        .refugees_eur = view.read<&Authorities::refugees_eur>(),
    };
    const auto& authority_of = view.read<&Partnerships::authority>();
    const auto& partner_of = view.read<&Partnerships::partner>();
    const auto& domain = view.read<&Partnerships::domain>();
    const auto& status = view.read<&Partnerships::status>();
    const auto& event = view.read<&Partnerships::event>();
    const auto& partner_country = view.read<&Partners::country>();
    const auto& dac_eligible = view.read<&Countries::dac_eligible>();
    const auto& continent = view.read<&Countries::continent>();
    auto& active_partnerships = view.write<&Authorities::active_partnerships>();
    auto& dac_partnerships = view.write<&Authorities::dac_partnerships>();
    auto& engaged = view.write<&Authorities::engaged>();
    auto& partnership_count = view.write<&Partners::partnership_count>();
    MonthlyIndicators& out = view.write<&World::indicators>();

    // Partnership side: integer counts, exact in any order.
    std::vector<std::int32_t> active_by_partner(partner_country.size(), 0);
    std::fill(partnership_count.begin(), partnership_count.end(), 0);
    std::fill(active_partnerships.begin(), active_partnerships.end(), 0);
    std::fill(dac_partnerships.begin(), dac_partnerships.end(), 0);
    out.partnerships_active = out.partnerships_dormant = 0;
    out.partnerships_new = out.partnerships_ended = out.partnerships_revived =
        out.partnerships_to_dormant = 0;
    out.partnerships_by_domain = {};
    out.partnerships_by_continent = {};
    out.partnerships_by_country.assign(dac_eligible.size(), 0);
    for (std::size_t row = 0; row < status.size(); ++row) {
        switch (event[row]) {
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
        if (status[row] == PartnershipStatus::Ended) continue;
        const auto partner = static_cast<std::size_t>(partner_of[row]);
        ++partnership_count[partner];
        if (status[row] == PartnershipStatus::Dormant) {
            ++out.partnerships_dormant;
            continue;
        }
        const auto country = static_cast<std::size_t>(partner_country[partner]);
        const auto authority = static_cast<std::size_t>(authority_of[row]);
        ++out.partnerships_active;
        ++active_by_partner[partner];
        ++active_partnerships[authority];
        if (dac_eligible[country]) ++dac_partnerships[authority];
        ++out.partnerships_by_domain[static_cast<std::size_t>(domain[row])];
        ++out.partnerships_by_continent[static_cast<std::size_t>(continent[country])];
        ++out.partnerships_by_country[country];
    }
    out.foreign_partners = static_cast<std::int32_t>(std::count_if(
        active_by_partner.begin(), active_by_partner.end(), [](std::int32_t n) { return n > 0; }));

    // Authority side: money summed in fixed blocks.
    const AuthorityTotals totals =
        ordered_reduce<AuthorityTotals>(kind.size(), [&](AuthorityTotals& t, std::size_t i) {
            engaged[i] = active_partnerships[i] > 0 ? 1 : 0;
            const AuthorityApd apd = authority_apd(money, i);
            const double spending = authority_spending(money, i);
            const auto kind_index = static_cast<std::size_t>(kind[i]);
            t.spending += spending;
            t.development += apd.development;
            t.humanitarian += apd.humanitarian;
            t.refugees += apd.refugees;
            // Co-financing a partnership line left unspent is not spent either.
            t.cofinancing += std::min(money.cofinancing_eur[i] / kMonthsPerYear,
                                      money.partnership_spending_eur[i]);
            t.staff += staff_fte[i];
            t.apd_by_kind[kind_index] += apd.total();
            t.spending_by_kind[kind_index] += spending;
            t.refugees_by_kind[kind_index] += apd.refugees;
            if (engaged[i]) {
                ++t.engaged;
                for (int d = 0; d < kDomainCount; ++d)
                    t.priority[static_cast<std::size_t>(d)] +=
                        priority(static_cast<Eigen::Index>(i), d);
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
    out.apd_refugees_by_kind = totals.refugees_by_kind;
    out.reception = view.read<&World::reception>();
    out.calls = view.read<&World::calls>();
    for (int d = 0; d < kDomainCount; ++d)
        out.priority_mean[static_cast<std::size_t>(d)] =
            totals.engaged > 0 ? totals.priority[static_cast<std::size_t>(d)] / totals.engaged
                               : 0.0;
}

} // namespace paradiplo
