#pragma once
#include "engine/core/process.hpp"
#include "models/budget/budget_parameters.hpp"
#include "models/organisation/organisation_parameters.hpp"

#include <vector>

namespace paradiplo {

using OrganisationAccess =
    WorldAccess<Reads<&Authorities::kind, &Authorities::parent_epci, &Authorities::engaged,
                      &Authorities::base_revenue_eur, &Authorities::commitment_share,
                      &Authorities::international_budget_eur>,
                Writes<&Authorities::archetype, &Authorities::attachment,
                       &Authorities::delegate_perimeter, &Authorities::staff_fte>>;

/// Process 9: staff follow the budget with a lag; services are created or upgraded up to a
/// dedicated directorate (a reorganisation that attaches them to the general direction),
/// dissolved after a deep cut (back to a part-time officer in the cabinet, with the narrowest
/// delegation), or shared between a city and its intercommunality.
class OrganisationProcess final : public ProcessOf<OrganisationAccess> {
  public:
    OrganisationProcess(const OrganisationParameters& parameters, const BudgetParameters& budget)
        : parameters_(parameters), budget_(budget) {}
    [[nodiscard]] std::string_view name() const override { return "organisation"; }

    /// The archetype an authority moves to this month, given its budget, its plan and the
    /// month's draw `u` (pure: unit-tested by hand).
    [[nodiscard]] Archetype next_archetype(Archetype archetype, bool engaged, double budget_eur,
                                           double planned_eur, double u) const;

  private:
    void run(Access view) override;
    OrganisationParameters parameters_;
    BudgetParameters budget_;
    std::vector<std::uint8_t> merges_;
};

} // namespace paradiplo
