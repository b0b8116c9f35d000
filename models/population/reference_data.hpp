#pragma once
// Public reference data compiled into the model: French regions, departements, large cities and
// metropoles (approximate INSEE populations, 2020), and foreign countries with the attributes the
// partner choice uses. Sources and approximations: docs/calibration.md.
#include "engine/core/taxonomy.hpp"

#include <span>
#include <string_view>

namespace paradiplo::reference {

struct Region {
    std::string_view name;
    int population_thousands;
};
struct Departement {
    std::string_view code, name;
    int region;
    int population_thousands;
};
/// A named large commune, optionally member of a metropole.
struct City {
    std::string_view name, departement_code;
    int population_thousands;
    int metropole; ///< index in metropoles(), or -1
};
struct Metropole {
    std::string_view name, departement_code;
    int population_thousands;
};
struct Country {
    std::string_view iso3, name;
    Continent continent;
    bool eu, francophone, dac_eligible;
    double latitude, longitude; ///< of the capital, degrees
    double tie_weight;          ///< relative weight in the stock of French partnerships
};

std::span<const Region> regions();
std::span<const Departement> departements();
std::span<const City> cities();
std::span<const Metropole> metropoles();
std::span<const Country> countries();

inline constexpr int kCommunes = 34970; ///< INSEE/DGCL, 1 January 2020 (approximate)
inline constexpr int kEpcis = 1232;     ///< intercommunalities other than the 22 metropoles

/// Great-circle distance from Paris, km.
double distance_from_paris_km(double latitude, double longitude);

} // namespace paradiplo::reference
