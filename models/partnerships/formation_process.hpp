#pragma once
#include "engine/core/process.hpp"
#include "models/organisation/organisation_parameters.hpp"
#include "models/partnerships/partner_choice.hpp"
#include "models/population/population_parameters.hpp"

#include <vector>

namespace paradiplo {

using FormationAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::population, &Authorities::engaged,
          &Authorities::archetype, &Authorities::staff_fte, &Authorities::partnership_room_eur,
          &Authorities::priority, &Context::reserve_factor, &Context::travel_restriction,
          &Context::suspended_country, &Context::cost_index, &Countries::tie_weight,
          &Countries::francophone, &Countries::eu, &Countries::distance_km,
          &Countries::dac_eligible, &Countries::continent, &Countries::first_partner,
          &Countries::partner_count, &Partners::capacity, &Partnerships::partner>,
    // New partnerships are added as rows; the index is rebuilt.
    Writes<&Partners::partnership_count, &PartnershipIndex::offset, &PartnershipIndex::rows>,
    Appends<&World::partnerships>>;

/// Process 8: authorities with money left in their partnership line and staff capacity seek
/// partners. Proposals are drawn in parallel, then resolved in authority order against the
/// partners' capacity.
class FormationProcess final : public ProcessOf<FormationAccess> {
  public:
    FormationProcess(const PartnershipParameters& parameters,
                     const PopulationParameters& population,
                     const OrganisationParameters& organisation, double reserve_strength)
        : parameters_(parameters), population_(population), organisation_(organisation),
          reserve_strength_(reserve_strength) {}
    [[nodiscard]] std::string_view name() const override { return "partnership formation"; }

    /// Monthly probability that authority `i` seeks a new partner.
    [[nodiscard]] double seeking_probability(const Access& view, std::size_t i) const;

  private:
    void run(Access view) override;
    PartnershipParameters parameters_;
    PopulationParameters population_;
    OrganisationParameters organisation_;
    double reserve_strength_;
    std::vector<Proposal> proposals_;
    PartnerSampler sampler_;
};

} // namespace paradiplo
