#include "models/population/geography.hpp"

#include "engine/core/csv_reader.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace paradiplo {
namespace embedded {
extern const std::string_view authorities_2021_csv;
extern const std::string_view areas_2021_csv;
} // namespace embedded

namespace {

AuthorityKind kind_of(const std::string& key) {
    const auto kind = find_label(kAuthorityKindLabels, key);
    if (!kind) throw std::logic_error("geography table: unknown kind " + key);
    return static_cast<AuthorityKind>(*kind);
}

OfficialGeography parse() {
    OfficialGeography g;
    // The tables are generated and tested (tests/unit/test_geography.cpp): a fault here is a
    // build fault, not a user's.
    const auto authorities = read_csv(embedded::authorities_2021_csv, "authorities-2021.csv");
    for (std::size_t r = 1; r < authorities.size(); ++r) {
        const auto& f = authorities[r];
        OfficialAuthority a{f[0].text, f[2].text, kind_of(f[1].text), std::nullopt,
                            0,         f[4].text, f[5].text,          f[6].text};
        std::from_chars(f[3].text.data(), f[3].text.data() + f[3].text.size(), a.population);
        if (!f[7].text.empty()) a.also = kind_of(f[7].text);
        g.authorities.push_back(std::move(a));
    }
    const auto areas = read_csv(embedded::areas_2021_csv, "areas-2021.csv");
    for (std::size_t r = 1; r < areas.size(); ++r) {
        const auto& f = areas[r];
        (f[0].text == "region" ? g.regions : g.departements)
            .push_back({f[1].text, f[2].text, f[3].text});
    }
    g.index();
    return g;
}

} // namespace

void OfficialGeography::index() {
    by_id_.clear();
    for (std::size_t i = 0; i < authorities.size(); ++i)
        by_id_.emplace(authorities[i].id, i);
}

const OfficialAuthority* OfficialGeography::find_id(std::string_view id) const {
    const auto found = by_id_.find(std::string(id));
    return found == by_id_.end() ? nullptr : &authorities[found->second];
}

std::vector<const OfficialAuthority*> OfficialGeography::named(std::string_view name) const {
    std::vector<const OfficialAuthority*> found;
    for (const auto& a : authorities)
        if (a.name == name) found.push_back(&a);
    return found;
}

std::vector<const OfficialAuthority*> OfficialGeography::designated(std::string_view text) const {
    if (const OfficialAuthority* a = find_id(text)) return {a};
    return named(text);
}

const OfficialGeography& official_geography() {
    static const OfficialGeography geography = parse();
    return geography;
}

} // namespace paradiplo
