#pragma once
// Builds the initial world of January 2020: every French local authority, the foreign partners
// and the stock of partnerships, drawn from counter-based streams of the run's seed.
#include "engine/core/world.hpp"
#include "models/model_parameters.hpp"

namespace paradiplo {

World generate_world(const ModelParameters& parameters, const Calendar& calendar,
                     std::uint64_t seed);

/// Probability that an authority of this kind and population is engaged internationally.
double engagement_propensity(AuthorityKind kind, std::int32_t population,
                             const PopulationParameters& p);

/// Row of the authority with this stable id, or -1 (not simulated, or no such id).
std::int32_t find_authority(const Authorities& authorities, std::string_view id);

} // namespace paradiplo
