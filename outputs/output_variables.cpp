#include "output_variables.hpp"

namespace paradiplo {
namespace {

template <class Member> auto scalar(Member member) {
    return [member](const MonthlyIndicators& m, std::vector<double>& row) {
        row.push_back(static_cast<double>(m.*member));
    };
}
template <class Member> auto series(Member member) {
    return [member](const MonthlyIndicators& m, std::vector<double>& row) {
        for (auto v : m.*member)
            row.push_back(static_cast<double>(v));
    };
}

} // namespace

const std::vector<AggregateVariable>& aggregate_variables() {
    using M = MonthlyIndicators;
    constexpr auto I = SeriesType::Int32;
    constexpr auto F = SeriesType::Float64;
    constexpr auto T = SeriesAxis::None;
    static const std::vector<AggregateVariable> table{
        {"engaged_authorities", "1",
         "French local authorities with at least one active partnership",
         "collectivités françaises ayant au moins un partenariat actif", I, T,
         scalar(&M::engaged_authorities)},
        {"partnerships_active", "1", "active partnerships (end of month)",
         "partenariats actifs (fin de mois)", I, T, scalar(&M::partnerships_active)},
        {"partnerships_dormant", "1", "dormant partnerships (end of month)",
         "partenariats en sommeil (fin de mois)", I, T, scalar(&M::partnerships_dormant)},
        {"partnerships_new", "1", "partnerships created during the month",
         "partenariats créés dans le mois", I, T, scalar(&M::partnerships_new)},
        {"partnerships_ended", "1", "partnerships ended during the month",
         "partenariats terminés dans le mois", I, T, scalar(&M::partnerships_ended)},
        {"partnerships_revived", "1", "dormant partnerships revived during the month",
         "partenariats relancés dans le mois", I, T, scalar(&M::partnerships_revived)},
        {"partnerships_lapsed", "1", "active partnerships that became dormant during the month",
         "partenariats mis en sommeil dans le mois", I, T, scalar(&M::partnerships_to_dormant)},
        {"foreign_partners", "1",
         "distinct foreign authorities with at least one active partnership",
         "collectivités étrangères partenaires distinctes", I, T, scalar(&M::foreign_partners)},
        {"international_spending", "EUR", "spending on international action during the month",
         "dépenses d'action internationale du mois", F, T, scalar(&M::international_spending)},
        {"apd_total", "EUR", "official development assistance declared (total)",
         "aide publique au développement déclarée (total)", F, T,
         [](const M& m, std::vector<double>& row) { row.push_back(m.apd_total()); }},
        {"apd_development", "EUR", "APD: own funds spent with DAC-eligible partners",
         "APD : fonds propres versés aux partenaires éligibles", F, T, scalar(&M::apd_development)},
        {"apd_humanitarian", "EUR", "APD: humanitarian aid", "APD : aide humanitaire", F, T,
         scalar(&M::apd_humanitarian)},
        {"apd_refugees", "EUR", "APD: in-donor refugee-reception costs",
         "APD : accueil des réfugiés", F, T, scalar(&M::apd_refugees)},
        {"cofinancing", "EUR", "state and EU co-financing received",
         "cofinancements de l'État et de l'UE reçus", F, T, scalar(&M::cofinancing)},
        {"staff_fte", "FTE", "staff working on international action",
         "agents affectés à l'action internationale", F, T, scalar(&M::staff_fte)},
        {"priority_mean", "1", "mean priority vector over engaged authorities",
         "priorités moyennes des collectivités engagées", F, SeriesAxis::Domain,
         series(&M::priority_mean)},
        {"partnerships_by_domain", "1", "active partnerships by primary domain",
         "partenariats actifs par domaine principal", I, SeriesAxis::Domain,
         series(&M::partnerships_by_domain)},
        {"partnerships_by_continent", "1", "active partnerships by partner's continent",
         "partenariats actifs par continent du partenaire", I, SeriesAxis::Continent,
         series(&M::partnerships_by_continent)},
        {"partnerships_by_country", "1", "active partnerships by partner's country",
         "partenariats actifs par pays du partenaire", I, SeriesAxis::Country,
         series(&M::partnerships_by_country)},
        {"apd_by_kind", "EUR", "APD by kind of authority", "APD par type de collectivité", F,
         SeriesAxis::AuthorityKind, series(&M::apd_by_kind)},
        {"spending_by_kind", "EUR", "international spending by kind of authority",
         "dépenses internationales par type de collectivité", F, SeriesAxis::AuthorityKind,
         series(&M::spending_by_kind)},
    };
    return table;
}

} // namespace paradiplo
