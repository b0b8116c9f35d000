#include "models/budget/budget_parameters.hpp"

namespace paradiplo {

ParameterList<BudgetParameters> BudgetParameters::describe() {
    using P = BudgetParameters;
    constexpr auto K = Basis::Calibrated;
    constexpr auto A = Basis::Assumption;
    const auto organisation = [](std::size_t a) { return element(&P::organisation_factor, a); };
    const auto call = [](std::size_t a) { return element(&P::call_success, a); };
    constexpr Range kFactorRange{0.01, 10.0};
    ParameterList<P> list;
    list.real("growth_elasticity", &P::growth_elasticity, {0.0, 5.0}, "1", A,
              "Elasticity of the international budget to a rise of fiscal capacity (revenue over "
              "costs) since the last budget.")
        .real("cut_elasticity", &P::cut_elasticity, {0.0, 5.0}, "1", A,
              "The same to a fall: above 1, international action, a discretionary line, is cut "
              "harder than fiscal capacity falls (non-refugee APD -19.5% in 2016).")
        .real("inertia", &P::inertia, {0.0, 1.0}, "1", A,
              "Weight of the budget that followed fiscal capacity against the plan grown with "
              "revenue, at each revision.")
        .real("revision_threshold", &P::revision_threshold, {0.0, 1.0}, "1", A,
              "Change of fiscal capacity that triggers a mid-year revision.")
        .real("structured_resilience", &P::structured_resilience, {0.0, 1.0}, "1", A,
              "Cut elasticity multiplier for dedicated directorates and shared services.")
        .real("organisation_factor.none", organisation(0), kFactorRange, "1", A,
              "Budget multiplier of an authority without dedicated staff.")
        .real("organisation_factor.part_time_officer", organisation(1), kFactorRange, "1", A,
              "Budget multiplier with a part-time officer.")
        .real("organisation_factor.unit", organisation(2), kFactorRange, "1", A,
              "Budget multiplier with a unit inside another directorate.")
        .real("organisation_factor.directorate", organisation(3), kFactorRange, "1", A,
              "Budget multiplier with a dedicated directorate.")
        .real("organisation_factor.shared_service", organisation(4), kFactorRange, "1", A,
              "Budget multiplier with a service shared by a city and its intercommunality.")
        .real("perimeter_domain_weight", &P::perimeter_domain_weight, {0.0, 0.5}, "1", A,
              "Budget added per domain of the delegate's perimeter beyond three (removed per "
              "domain below): a wider delegation carries a larger line.")
        .real("humanitarian_share", &P::humanitarian_share, {0.0, 0.9}, "1", K,
              "Share of the international budget kept for humanitarian aid, at a solidarity "
              "priority of one domain in nine.")
        .choice("emergency_lines", &P::emergency_lines, {"on_top", "from_budget"},
                "Humanitarian aid beyond its share and refugee reception: paid on top of the "
                "international budget, or drawn from it (then partnerships get what is left).")
        .real("call_success.none", call(0), {0.0, 1.0}, "1", A,
              "Capacity to answer calls for projects without dedicated staff: it scales the "
              "chance of applying and the rank of a project.")
        .real("call_success.part_time_officer", call(1), {0.0, 1.0}, "1", A,
              "The same with a part-time officer.")
        .real("call_success.unit", call(2), {0.0, 1.0}, "1", A, "The same with a unit.")
        .real("call_success.directorate", call(3), {0.0, 1.0}, "1", A,
              "The same with a dedicated directorate.")
        .real("call_success.shared_service", call(4), {0.0, 1.0}, "1", A,
              "The same with a shared service.");
    return list;
}

} // namespace paradiplo
