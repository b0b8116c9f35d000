#pragma once
#include "engine/core/process.hpp"
#include "models/organisation/organisation_parameters.hpp"

#include <vector>

namespace paradiplo {

using OrganisationAccess =
    WorldAccess<Reads<&Authorities::kind, &Authorities::parent_epci, &Authorities::engaged,
                      &Authorities::base_revenue_eur, &Authorities::commitment_share,
                      &Authorities::international_budget_eur>,
                Writes<&Authorities::archetype, &Authorities::staff_fte>>;

/// Process 7: staff follow the budget with a lag; services are created, downsized, or shared
/// between a city and its intercommunality.
class OrganisationProcess final : public ProcessOf<OrganisationAccess> {
  public:
    explicit OrganisationProcess(const OrganisationParameters& parameters)
        : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "organisation"; }

  private:
    void run(Access view) override;
    OrganisationParameters parameters_;
    std::vector<std::uint8_t> merges_;
};

} // namespace paradiplo
