#pragma once
// Public reference data compiled into the model: foreign countries with the attributes the
// partner choice uses (sources and approximations: docs/calibration.md). French authorities come
// from the official geography (models/population/geography.hpp).
#include "engine/core/taxonomy.hpp"

#include <span>
#include <string_view>

namespace paradiplo::reference {

struct Country {
    std::string_view iso3, name;
    Continent continent;
    bool eu, francophone, dac_eligible;
    double latitude, longitude; ///< of the capital, degrees
    double tie_weight;          ///< relative weight in the stock of French partnerships
};

std::span<const Country> countries();

/// Great-circle distance from Paris, km.
double distance_from_paris_km(double latitude, double longitude);

} // namespace paradiplo::reference
