#pragma once
#include "engine/core/process.hpp"
#include "models/budget/budget_parameters.hpp"
#include "models/organisation/organisation_parameters.hpp"
#include "models/partnerships/partner_choice.hpp"
#include "models/population/population_parameters.hpp"

#include <vector>

namespace paradiplo {

using FormationAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::population, &Authorities::engaged,
          &Authorities::archetype, &Authorities::staff_fte, &Authorities::international_budget_eur,
          &Authorities::cofinancing_eur, &Authorities::active_partnerships, &Authorities::priority,
          &Context::reserve_factor, &Context::travel_restriction, &Context::suspended_country,
          &Countries::tie_weight, &Countries::francophone, &Countries::eu, &Countries::distance_km,
          &Countries::dac_eligible, &Countries::continent, &Countries::first_partner,
          &Countries::partner_count, &Partners::capacity, &Partners::capacity_cumulative,
          &Partnerships::partner>,
    // New partnerships are added as rows; the index is rebuilt.
    Writes<&Partners::partnership_count, &PartnershipIndex::offset, &PartnershipIndex::rows>,
    Appends<&World::partnerships>>;

/// Process 6: authorities with budget and staff capacity seek partners. Proposals are drawn in
/// parallel, then resolved in authority order against the partners' capacity.
class FormationProcess final : public ProcessOf<FormationAccess> {
  public:
    FormationProcess(const PartnershipParameters& parameters,
                     const PopulationParameters& population,
                     const OrganisationParameters& organisation, const BudgetParameters& budget,
                     double reserve_strength)
        : parameters_(parameters), population_(population), organisation_(organisation),
          budget_(budget), reserve_strength_(reserve_strength) {}
    [[nodiscard]] std::string_view name() const override { return "partnership formation"; }

    /// Monthly probability that authority `i` seeks a new partner.
    [[nodiscard]] double seeking_probability(const Access& view, std::size_t i) const;

  private:
    void run(Access view) override;
    PartnershipParameters parameters_;
    PopulationParameters population_;
    OrganisationParameters organisation_;
    BudgetParameters budget_;
    double reserve_strength_;
    std::vector<Proposal> proposals_;
};

} // namespace paradiplo
