#include "outputs/output_variables.hpp"

#include "engine/core/world.hpp"
#include "models/accounting/authority_money.hpp"
#include "models/population/reference_data.hpp"
#include "outputs/hdf5/netcdf_writer.hpp"

namespace paradiplo {
namespace {

template <class Member> auto scalar(Member member) {
    return [member](const MonthlyIndicators& m, std::vector<double>& row) {
        row.push_back(static_cast<double>(m.*member));
    };
}
/// One reception count or cost.
template <class Member> auto reception(Member member) {
    return [member](const MonthlyIndicators& m, std::vector<double>& row) {
        row.push_back(static_cast<double>(m.reception.*member));
    };
}
/// One reception category's count.
auto category_count(std::array<std::int32_t, kReceptionCategoryCount> ReceptionIndicators::*member,
                    ReceptionCategory category) {
    return [member, category](const MonthlyIndicators& m, std::vector<double>& row) {
        row.push_back((m.reception.*member)[static_cast<std::size_t>(category)]);
    };
}
/// One value per call.
template <class Member> auto by_call(Member member) {
    return [member](const MonthlyIndicators& m, std::vector<double>& row) {
        for (const auto value : m.calls.*member)
            row.push_back(static_cast<double>(value));
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
        {"arrivals_minors", "1", "unaccompanied foreign minors placed during the month",
         "mineurs non accompagnés accueillis dans le mois", I, T,
         category_count(&ReceptionIndicators::arrivals, ReceptionCategory::Minors)},
        {"arrivals_displaced", "1", "displaced people housed during the month",
         "personnes déplacées accueillies dans le mois", I, T,
         category_count(&ReceptionIndicators::arrivals, ReceptionCategory::Displaced)},
        {"arrivals_by_origin", "1", "people received during the month by continent of origin",
         "personnes accueillies dans le mois par continent d'origine", I, SeriesAxis::Continent,
         [](const M& m, std::vector<double>& row) {
             for (const auto people : m.reception.arrivals_by_continent)
                 row.push_back(people);
         }},
        {"hosted_minors", "1", "unaccompanied foreign minors in care (end of month)",
         "mineurs non accompagnés pris en charge (fin de mois)", I, T,
         category_count(&ReceptionIndicators::hosted, ReceptionCategory::Minors)},
        {"hosted_displaced", "1", "displaced people housed (end of month)",
         "personnes déplacées hébergées (fin de mois)", I, T,
         category_count(&ReceptionIndicators::hosted, ReceptionCategory::Displaced)},
        {"reception_cost", "EUR", "hosting costs of the month, every person hosted",
         "coût de l'accueil du mois, toutes personnes accueillies", F, T,
         reception(&ReceptionIndicators::cost)},
        {"reception_cost_eligible", "EUR",
         "hosting costs of people in their first 12 months (APD-eligible, declared or not)",
         "coût de l'accueil des personnes arrivées depuis moins de 12 mois (éligible à l'APD)", F,
         T, reception(&ReceptionIndicators::eligible_cost)},
        {"cofinancing", "EUR", "state and EU co-financing received",
         "cofinancements de l'État et de l'UE reçus", F, T, scalar(&M::cofinancing)},
        {"call_applications", "1", "projects applying to the round a call decided this month",
         "projets candidats à la session décidée dans le mois", I, SeriesAxis::Call,
         by_call(&CallIndicators::applications)},
        {"call_selected", "1", "projects selected by the round a call decided this month",
         "projets retenus par la session décidée dans le mois", I, SeriesAxis::Call,
         by_call(&CallIndicators::selected)},
        {"call_requested", "EUR", "co-financing asked for in the round decided this month",
         "cofinancements demandés à la session décidée dans le mois", F, SeriesAxis::Call,
         by_call(&CallIndicators::requested)},
        {"call_awarded", "EUR", "co-financing awarded by the round decided this month",
         "cofinancements accordés par la session décidée dans le mois", F, SeriesAxis::Call,
         by_call(&CallIndicators::awarded)},
        {"call_unspent", "EUR", "envelope the round decided this month left unawarded",
         "enveloppe non attribuée par la session décidée dans le mois", F, SeriesAxis::Call,
         by_call(&CallIndicators::unspent)},
        {"cofinancing_by_call", "EUR", "co-financing paid during the month on running grants",
         "cofinancements versés dans le mois sur les projets en cours", F, SeriesAxis::Call,
         by_call(&CallIndicators::paid)},
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
        {"apd_refugees_by_kind", "EUR", "APD for refugee reception by kind of authority",
         "APD pour l'accueil des réfugiés par type de collectivité", F, SeriesAxis::AuthorityKind,
         series(&M::apd_refugees_by_kind)},
        {"spending_by_kind", "EUR", "international spending by kind of authority",
         "dépenses internationales par type de collectivité", F, SeriesAxis::AuthorityKind,
         series(&M::spending_by_kind)},
    };
    return table;
}

namespace {

/// Reads `value(authorities, i)` for every authority. The per-authority function is a template
/// argument, inlined in the loop: one indirect call per month, not per authority.
template <class Value> AuthorityReader each_authority(Value value) {
    return [value](const Authorities& a, std::span<double> values) {
        for (std::size_t i = 0; i < a.size(); ++i)
            values[i] = static_cast<double>(value(a, i));
    };
}

/// Reads a plain column of the authority table.
template <class Values> AuthorityReader column_of(Values Authorities::*member) {
    return each_authority([member](const Authorities& a, std::size_t i) { return (a.*member)[i]; });
}

/// Reads a column of the table that holds one value per authority and domain.
AuthorityReader domain_column_of(DomainMatrix Authorities::*member) {
    return [member](const Authorities& a, std::span<double> values) {
        const DomainMatrix& matrix = a.*member;
        for (std::size_t i = 0; i < a.size(); ++i)
            for (int d = 0; d < kDomainCount; ++d)
                values[i * kDomainCount + static_cast<std::size_t>(d)] =
                    matrix(static_cast<Eigen::Index>(i), d);
    };
}

constexpr std::string_view kAuthorityEngagedMeanings[] = {"not_engaged", "engaged"};

} // namespace

const std::vector<AuthorityVariable>& authority_variables() {
    using A = Authorities;
    constexpr auto F = AuthorityValueType::Float32;
    constexpr std::span<const std::string_view> uncoded;
    static const std::vector<AuthorityVariable> table{
        {"authority_spending", "EUR", "international spending of the authority during the month",
         "dépenses internationales du mois", F, uncoded, false, 0,
         each_authority([](const A& a, std::size_t i) { return authority_spending(a, i); })},
        {"authority_apd", "EUR", "APD declared by the authority for the month",
         "APD déclarée pour le mois", F, uncoded, false, 0,
         each_authority([](const A& a, std::size_t i) { return authority_apd(a, i).total(); })},
        {"authority_budget", "EUR/yr", "yearly international budget in force",
         "budget international annuel en vigueur", F, uncoded, false, 0,
         column_of(&A::international_budget_eur)},
        {"authority_staff_fte", "FTE", "staff on international action",
         "agents affectés à l'action internationale", F, uncoded, false, 0,
         column_of(&A::staff_fte)},
        {"authority_partnerships", "1", "active partnerships of the authority",
         "partenariats actifs", AuthorityValueType::Int32, uncoded, false, 0,
         column_of(&A::active_partnerships)},
        {"authority_engaged", "1", "authority has at least one active partnership",
         "collectivité engagée", AuthorityValueType::Int8, kAuthorityEngagedMeanings, false, 0,
         column_of(&A::engaged)},
        // 12 bits: the dropped bits are noise below the precision of a priority share, and would
        // defeat compression.
        {"authority_priority", "1", "priority vector of the authority (sums to 1 over domains)",
         "priorités de la collectivité", F, uncoded, true, 12, domain_column_of(&A::priority)},
    };
    return table;
}

} // namespace paradiplo

namespace paradiplo {

const char* dimension_of(SeriesAxis axis) {
    switch (axis) {
    case SeriesAxis::Domain:
        return "domain";
    case SeriesAxis::Continent:
        return "continent";
    case SeriesAxis::Country:
        return "country";
    case SeriesAxis::AuthorityKind:
        return "authority_kind";
    case SeriesAxis::Call:
        return "call";
    case SeriesAxis::None:
        break;
    }
    return "";
}

std::size_t values_per_month(SeriesAxis axis, std::size_t countries) {
    switch (axis) {
    case SeriesAxis::Domain:
        return kDomainCount;
    case SeriesAxis::Continent:
        return kContinentCount;
    case SeriesAxis::Country:
        return countries;
    case SeriesAxis::AuthorityKind:
        return kAuthorityKindCount;
    case SeriesAxis::Call:
        return kCallCount;
    case SeriesAxis::None:
        break;
    }
    return 1;
}

std::vector<double> flatten_aggregates(const std::vector<MonthlyIndicators>& months) {
    std::vector<double> values;
    for (const auto& variable : aggregate_variables())
        for (const auto& month : months)
            variable.values(month, values);
    return values;
}

namespace {

template <std::size_t N> std::vector<std::string> keys(const std::array<Label, N>& labels) {
    std::vector<std::string> out;
    out.reserve(N);
    for (const auto& l : labels)
        out.emplace_back(l.key);
    return out;
}

} // namespace

void write_aggregate_coordinates(h5::NetcdfWriter& f, const Calendar& calendar) {
    std::vector<double> days(static_cast<std::size_t>(calendar.months()));
    for (int t = 0; t < calendar.months(); ++t)
        days[static_cast<std::size_t>(t)] = calendar.days_since_start(t);
    f.coordinate<double>("time", days);
    f.attribute("time", "units", "days since " + calendar.start().to_string() + "-01 00:00:00");
    f.attribute("time", "calendar", std::string("standard"));
    f.attribute("time", "standard_name", std::string("time"));
    f.attribute("time", "axis", std::string("T"));
    f.attribute("time", "long_name", std::string("first day of the simulated month"));

    const auto label_coordinate = [&](const std::string& name, const auto& labels,
                                      const std::string& long_name) {
        f.string_coordinate(name, keys(labels));
        f.attribute(name, "long_name", long_name);
        std::vector<std::string> english, french;
        for (const auto& l : labels) {
            english.emplace_back(l.english);
            french.emplace_back(l.french);
        }
        f.string_variable(name + "_label", name, english);
        f.attribute(name + "_label", "long_name", long_name + " (English label)");
        f.string_variable(name + "_label_fr", name, french);
        f.attribute(name + "_label_fr", "long_name", long_name + " (French label)");
    };
    label_coordinate("domain", kDomainLabels, "thematic domain");
    label_coordinate("continent", kContinentLabels, "continent of the foreign partner");
    label_coordinate("authority_kind", kAuthorityKindLabels, "kind of French local authority");
    label_coordinate("call", kCallLabels, "the state's call for projects");
    std::vector<std::string> iso3, names;
    for (const auto& country : reference::countries()) {
        iso3.emplace_back(country.iso3);
        names.emplace_back(country.name);
    }
    f.string_coordinate("country", iso3);
    f.attribute("country", "long_name",
                std::string("country of the foreign partner (ISO 3166 alpha-3)"));
    f.string_variable("country_name", "country", names);
    f.attribute("country_name", "long_name", std::string("country name"));
}

void describe_aggregate(h5::NetcdfWriter& f, const std::string& name,
                        const AggregateVariable& variable) {
    f.attribute(name, "units", std::string(variable.units));
    f.attribute(name, "long_name", std::string(variable.long_name));
    f.attribute(name, "long_name_fr", std::string(variable.long_name_fr));
}

} // namespace paradiplo
