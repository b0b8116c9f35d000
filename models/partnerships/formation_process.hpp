#pragma once
#include "models/budget/budget_parameters.hpp"
#include "models/organisation/organisation_parameters.hpp"
#include "models/partnerships/partner_choice.hpp"
#include "models/population/population_parameters.hpp"
#include "engine/core/process.hpp"

#include <vector>

namespace paradiplo {

/// Process 6: authorities with budget and staff capacity seek partners. Proposals are drawn in
/// parallel, then resolved in authority order against the partners' capacity.
class FormationProcess final : public Process {
  public:
    FormationProcess(const PartnershipParameters& parameters,
                     const PopulationParameters& population,
                     const OrganisationParameters& organisation, const BudgetParameters& budget,
                     double reserve_strength)
        : parameters_(parameters), population_(population), organisation_(organisation),
          budget_(budget), reserve_strength_(reserve_strength) {}
    [[nodiscard]] std::string_view name() const override { return "partnership formation"; }
    void step(World& world) override;

    /// Monthly probability that authority `i` seeks a new partner.
    [[nodiscard]] double seeking_probability(const World& world, std::size_t i) const;

  private:
    PartnershipParameters parameters_;
    PopulationParameters population_;
    OrganisationParameters organisation_;
    BudgetParameters budget_;
    double reserve_strength_;
    std::vector<Proposal> proposals_;
};

} // namespace paradiplo
