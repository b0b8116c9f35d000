#include "tests/support/calibration.hpp"

#include "engine/scenario/scenario_loader.hpp"
#include "models/accounting/accounting_process.hpp"
#include "models/population/geography.hpp"
#include "models/population/population_generator.hpp"
#include "models/schedule.hpp"

#include <algorithm>
#include <cmath>

#ifndef PARADIPLO_SOURCE_DIR
#error "PARADIPLO_SOURCE_DIR must name the source tree"
#endif

namespace paradiplo::testing {

bool Target::met(const CalibrationResult& r) const {
    return std::abs(deviation(r)) <= tolerance;
}

double Target::deviation(const CalibrationResult& r) const {
    return absolute ? measure(r) - target : measure(r) / target - 1.0;
}

const std::vector<Target>& calibration_targets() {
    static const std::vector<Target> targets{
        {"engaged authorities, mean 2021", 4700, 0.05, false,
         [](const CalibrationResult& r) { return r.engaged_2021; }},
        {"running partnerships, mean 2021", 10440, 0.05, false,
         [](const CalibrationResult& r) { return r.partnerships_2021; }},
        {"distinct foreign partners, mean 2021", 8150, 0.05, false,
         [](const CalibrationResult& r) { return r.partners_2021; }},
        {"APD 2021 (M EUR)", 126.7e6, 0.10, false,
         [](const CalibrationResult& r) { return r.apd_2021; }},
        {"APD 2021 refugees (M EUR)", 72.3e6, 0.15, false,
         [](const CalibrationResult& r) { return r.refugees_2021; }},
        {"APD 2021 non-refugee (M EUR)", 54.4e6, 0.15, false,
         [](const CalibrationResult& r) { return r.non_refugee_2021; }},
        {"Paris share of 2021 non-refugee APD", 0.214, 0.05, true,
         [](const CalibrationResult& r) { return r.paris_share_2021; }},
        {"APD 2020 (M EUR)", 122e6, 0.10, false,
         [](const CalibrationResult& r) { return r.apd_2020; }},
        // The 2012 counts (Senate report r12-123) as consistency checks, wider for the years.
        {"engaged intercommunalities, mean 2021", 250, 0.25, false,
         [](const CalibrationResult& r) { return r.engaged_intercommunalities_2021; }},
        {"share of departement councils engaged, mean 2021", 0.80, 0.10, true,
         [](const CalibrationResult& r) { return r.engaged_departement_share_2021; }},
        // AFD's FICOL, 2017-2022: 63 projects and 48 M EUR, a yearly average against 2020-2022.
        {"FICOL projects a year, 2020-2022", 10.5, 0.25, false,
         [](const CalibrationResult& r) { return r.ficol_projects; }},
        {"FICOL grants a year, 2020-2022 (M EUR)", 8.0e6, 0.25, false,
         [](const CalibrationResult& r) { return r.ficol_awarded; }},
    };
    return targets;
}

void CalibrationObserver::on_month(const World& world) {
    const int year = world.calendar.at(world.step - 1).year;
    const MonthlyIndicators& m = world.indicators;
    if (year == 2020) sums_.apd_2020 += m.apd_total();
    if (year >= 2020 && year <= 2022) {
        const auto ficol = static_cast<std::size_t>(Call::Ficol);
        sums_.ficol_projects += m.calls.selected[ficol] / 3.0;
        sums_.ficol_awarded += m.calls.awarded[ficol] / 3.0;
    }
    if (year != 2021) return;
    ++months_2021_;
    sums_.engaged_2021 += m.engaged_authorities;
    sums_.partnerships_2021 += m.partnerships_active;
    sums_.partners_2021 += m.foreign_partners;
    sums_.apd_2021 += m.apd_total();
    sums_.refugees_2021 += m.apd_refugees;
    sums_.non_refugee_2021 += m.apd_development + m.apd_humanitarian;
    const Authorities& a = world.authorities;
    double departements = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const bool intercommunality =
            a.kind[i] == AuthorityKind::Epci || a.kind[i] == AuthorityKind::Metropole;
        sums_.engaged_intercommunalities_2021 += intercommunality ? a.engaged[i] : 0;
        sums_.engaged_departement_share_2021 +=
            a.kind[i] == AuthorityKind::Departement ? a.engaged[i] : 0;
        departements += a.kind[i] == AuthorityKind::Departement ? 1 : 0;
    }
    departements_ = departements;
    if (paris_ < 0) paris_ = find_authority(world.authorities, kParisId);
    const AuthorityApd apd = authority_apd(world.authorities, static_cast<std::size_t>(paris_));
    paris_2021_ += apd.development + apd.humanitarian;
}

CalibrationResult CalibrationObserver::result() const {
    CalibrationResult r = sums_;
    const double months = std::max(1, months_2021_);
    r.engaged_2021 /= months;
    r.partnerships_2021 /= months;
    r.partners_2021 /= months;
    r.engaged_intercommunalities_2021 /= months;
    r.engaged_departement_share_2021 /= months * std::max(1.0, departements_);
    r.paris_share_2021 = r.non_refugee_2021 > 0 ? paris_2021_ / r.non_refugee_2021 : 0.0;
    return r;
}

CalibrationResult measure_baseline(std::uint64_t seed, std::vector<std::string> overrides) {
    overrides.push_back("seed=" + std::to_string(seed));
    const ScenarioConfig scenario = load_scenario_file(
        std::string(PARADIPLO_SOURCE_DIR) + "/scenarios/baseline.toml", overrides);
    Simulation simulation = make_simulation(scenario.model, scenario.calendar(), seed);
    CalibrationObserver observer;
    simulation.run({&observer});
    return observer.result();
}

CalibrationResult median(const std::vector<CalibrationResult>& results) {
    const auto middle = [&](double CalibrationResult::*field) {
        std::vector<double> values;
        for (const auto& r : results)
            values.push_back(r.*field);
        std::sort(values.begin(), values.end());
        const std::size_t n = values.size();
        return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    };
    CalibrationResult m;
    for (auto field : {&CalibrationResult::engaged_2021, &CalibrationResult::partnerships_2021,
                       &CalibrationResult::partners_2021, &CalibrationResult::apd_2020,
                       &CalibrationResult::apd_2021, &CalibrationResult::refugees_2021,
                       &CalibrationResult::non_refugee_2021, &CalibrationResult::paris_share_2021,
                       &CalibrationResult::engaged_intercommunalities_2021,
                       &CalibrationResult::engaged_departement_share_2021,
                       &CalibrationResult::ficol_projects, &CalibrationResult::ficol_awarded})
        m.*field = middle(field);
    return m;
}

} // namespace paradiplo::testing
