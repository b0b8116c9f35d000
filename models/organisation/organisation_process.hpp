#pragma once
#include "models/organisation/organisation_parameters.hpp"
#include "engine/core/process.hpp"

#include <vector>

namespace paradiplo {

/// Process 7: staff follow the budget with a lag; services are created, downsized, or shared
/// between a city and its intercommunality.
class OrganisationProcess final : public Process {
  public:
    explicit OrganisationProcess(const OrganisationParameters& parameters)
        : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "organisation"; }
    void step(World& world) override;

  private:
    OrganisationParameters parameters_;
    std::vector<std::uint8_t> merges_;
};

} // namespace paradiplo
