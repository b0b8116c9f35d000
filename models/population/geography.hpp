#pragma once
// The official French administrative geography of 2021 (data/geography/, derived from INSEE's
// COG and the DGCL's list of intercommunalities; docs/geography.md): every authority that exists
// as a council, with its stable id, and the départements and régions as areas. The tables are
// compiled into the program: building and running never read them from disk or the network.
#include "engine/core/taxonomy.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace paradiplo {

struct OfficialAuthority {
    std::string id;   ///< INSEE code (communes), SIREN (intercommunalities), D.. or R.. (councils)
    std::string name; ///< official name (councils: "Conseil départemental de l'Ain", ...)
    AuthorityKind kind;
    std::optional<AuthorityKind> also; ///< competences it also holds (Ville de Paris: departement)
    std::int32_t population;           ///< INSEE municipal population summed over its communes
    std::string departement, region;   ///< area codes (an intercommunality: those holding most of
                                       ///< its population; "" for region-level councils and D6AE)
    std::string epci;                  ///< commune: SIREN of its intercommunality, or ""
};

struct Area {
    std::string code, name, region; ///< a département's region, or a region's own code
};

struct OfficialGeography {
    std::vector<OfficialAuthority>
        authorities; ///< regions, départements, metropoles, EPCIs, communes
    std::vector<Area> regions, departements;

    /// The authority with this id, or nullptr.
    [[nodiscard]] const OfficialAuthority* find_id(std::string_view id) const;
    /// Every authority of this exact name.
    [[nodiscard]] std::vector<const OfficialAuthority*> named(std::string_view name) const;

    /// What a scenario means by `text`: the authority of that id, else every authority of that
    /// exact name (one: found; several: ambiguous; none: unknown).
    [[nodiscard]] std::vector<const OfficialAuthority*> designated(std::string_view text) const;

    /// Indexes the authorities by id (after they are all added).
    void index();

  private:
    std::unordered_map<std::string, std::size_t> by_id_;
};

/// The 2021 geography, parsed once.
const OfficialGeography& official_geography();

/// Stable id of the Ville de Paris (the commune with département competences).
inline constexpr std::string_view kParisId = "75056";

} // namespace paradiplo
