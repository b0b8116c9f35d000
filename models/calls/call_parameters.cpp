#include "models/calls/call_parameters.hpp"

#include <functional>
#include <string>

namespace paradiplo {
namespace {

using P = CallParameters;

template <class T> std::function<T&(P&)> term(Call call, T CallTerms::*member) {
    return [call, member](P& p) -> T& { return p.calls[static_cast<std::size_t>(call)].*member; };
}

std::string key(Call call, std::string_view field) {
    return std::string(kCallLabels[static_cast<std::size_t>(call)].key) + "." + std::string(field);
}

} // namespace

ParameterList<CallParameters> CallParameters::describe() {
    constexpr auto F = Basis::Fact;
    constexpr auto A = Basis::Assumption;
    constexpr Range kMonths{1, 12};
    constexpr Range kYears{1, 5};
    constexpr Range kShare{0.0, 1.0};
    constexpr Range kEnvelope{0.0, 1.0e9};
    // Apart, so that any smallest grant is below any largest one.
    constexpr Range kGrantMin{0.0, 500000.0};
    constexpr Range kGrantMax{500000.0, 1.0e7};
    const Call daect = Call::Daect;
    const Call ficol = Call::Ficol;
    ParameterList<P> list;
    list.integer(key(daect, "decision_month"), term(daect, &CallTerms::decision_month), kMonths,
                 "month", F,
                 "Month of the year the ministry's call selects its projects (applications close "
                 "at the end of March or in early May, decisions follow in summer).")
        .integer(key(daect, "project_years"), term(daect, &CallTerms::project_years), kYears, "yr",
                 F, "Years a selected project is co-financed (triennial calls, 2022-2026).")
        .real(key(daect, "envelope_eur"), term(daect, &CallTerms::envelope_eur), kEnvelope, "EUR",
              A,
              "Co-financing a yearly round may award, over its projects' years: no yearly "
              "envelope is published (the 2007-2009 line was 8.3 to 11.5 M EUR a year).")
        .real(key(daect, "rate"), term(daect, &CallTerms::rate), kShare, "1", F,
              "Share of a project's cost the call co-finances: up to 70% (90% with the least "
              "developed countries, 2024).")
        .real(key(daect, "grant_min_eur"), term(daect, &CallTerms::grant_min_eur), kGrantMin, "EUR",
              A, "Smallest grant: smaller projects do not apply.")
        .real(key(daect, "grant_max_eur"), term(daect, &CallTerms::grant_max_eur), kGrantMax, "EUR",
              A, "Largest grant: a larger project asks for it.")
        .real(key(daect, "apply_rate"), term(daect, &CallTerms::apply_rate), kShare, "1", A,
              "Probability that an eligible authority applies, at the capacity of a dedicated "
              "directorate and with average priority for the call's domains.")
        .integer(key(ficol, "decision_month"), term(ficol, &CallTerms::decision_month), kMonths,
                 "month", F,
                 "Month of the year FICOL selects its projects (calls open January to "
                 "September).")
        .integer(key(ficol, "project_years"), term(ficol, &CallTerms::project_years), kYears, "yr",
                 A, "Years a selected project is co-financed.")
        .real(key(ficol, "envelope_eur"), term(ficol, &CallTerms::envelope_eur), kEnvelope, "EUR",
              F, "Grants a yearly round awards at most: 48 M EUR over 2017-2022, 8 M EUR a year.")
        .real(key(ficol, "rate"), term(ficol, &CallTerms::rate), kShare, "1", F,
              "Share of a project's cost FICOL co-finances: the authorities and their partners "
              "bring at least 30%.")
        .real(key(ficol, "grant_min_eur"), term(ficol, &CallTerms::grant_min_eur), kGrantMin, "EUR",
              F, "Smallest FICOL grant: 200,000 EUR.")
        .real(key(ficol, "grant_max_eur"), term(ficol, &CallTerms::grant_max_eur), kGrantMax, "EUR",
              F, "Largest FICOL grant: 1.5 M EUR.")
        .real(key(ficol, "apply_rate"), term(ficol, &CallTerms::apply_rate), kShare, "1", A,
              "Probability that an eligible authority applies, at full capacity and average "
              "priority for development domains.");
    return list;
}

} // namespace paradiplo
