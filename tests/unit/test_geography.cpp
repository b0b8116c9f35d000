// The committed geography against the official totals (data/geography/PROVENANCE.md,
// docs/geography.md), the statuses of special councils, and the population built from it.
#include "engine/core/csv_reader.hpp"
#include "engine/core/errors.hpp"
#include "engine/core/sha256.hpp"
#include "models/population/geography.hpp"
#include "models/population/population_generator.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

const OfficialAuthority& by_id(std::string_view id) {
    const OfficialAuthority* a = official_geography().find_id(id);
    REQUIRE(a != nullptr);
    return *a;
}

std::int64_t population_of_communes(const std::function<bool(const OfficialAuthority&)>& where) {
    std::int64_t sum = 0;
    for (const auto& a : official_geography().authorities)
        if (a.kind == AuthorityKind::Commune && where(a)) sum += a.population;
    return sum;
}

} // namespace

TEST_CASE("the geography holds the official 2021 counts", "[geography]") {
    const auto& g = official_geography();
    std::map<AuthorityKind, int> kinds;
    std::set<std::string> ids;
    int memberships = 0;
    for (const auto& a : g.authorities) {
        ++kinds[a.kind];
        ids.insert(a.id);
        memberships += a.epci.empty() ? 0 : 1;
    }
    CHECK(kinds[AuthorityKind::Commune] == 34965);
    CHECK(kinds[AuthorityKind::Epci] == 995 + 223 + 14);
    CHECK(kinds[AuthorityKind::Metropole] == 21 + 1);
    CHECK(kinds[AuthorityKind::Departement] == 95);
    CHECK(kinds[AuthorityKind::Region] == 17);
    CHECK(ids.size() == g.authorities.size());
    CHECK(memberships == 34961);
    CHECK(g.departements.size() == 101);
    CHECK(g.regions.size() == 18);
    CHECK(population_of_communes([](const auto&) { return true; }) == 67244921);
}

TEST_CASE("every commune lies in the departement and region its code says", "[geography]") {
    const auto& g = official_geography();
    std::map<std::string, std::string> region_of;
    for (const Area& d : g.departements)
        region_of[d.code] = d.region;
    for (const auto& a : g.authorities) {
        if (a.kind != AuthorityKind::Commune) continue;
        // Overseas codes have three digits of departement (971..976), others two (01..95, 2A, 2B).
        const std::size_t digits = a.id.rfind("97", 0) == 0 ? 3 : 2;
        INFO(a.id << " " << a.name);
        CHECK(a.id.size() == 5);
        CHECK(a.id.substr(0, digits) == a.departement);
        CHECK(region_of.at(a.departement) == a.region);
        if (!a.epci.empty()) {
            const OfficialAuthority* epci = g.find_id(a.epci);
            REQUIRE(epci != nullptr);
            CHECK((epci->kind == AuthorityKind::Epci || epci->kind == AuthorityKind::Metropole));
        }
    }
}

TEST_CASE("councils with a special status are one authority each, of the documented kind",
          "[geography]") {
    const auto& g = official_geography();
    const auto in_departement = [](std::string code) {
        return [code](const OfficialAuthority& a) { return a.departement == code; };
    };
    // Ville de Paris: one commune with departement competences, no Paris departement council.
    CHECK(by_id(kParisId).kind == AuthorityKind::Commune);
    CHECK(by_id(kParisId).also == AuthorityKind::Departement);
    // Lyon: the metropole holds the departement's competences; the Rhone council the rest.
    CHECK(by_id("200046977").kind == AuthorityKind::Metropole);
    CHECK(by_id("200046977").also == AuthorityKind::Departement);
    CHECK(by_id("D69").population + by_id("200046977").population ==
          population_of_communes(in_departement("69")));
    // Alsace: one departement-level council for the Bas-Rhin and the Haut-Rhin.
    CHECK(by_id("D6AE").kind == AuthorityKind::Departement);
    CHECK(by_id("D6AE").population == population_of_communes(in_departement("67")) +
                                          population_of_communes(in_departement("68")));
    // Corsica, Martinique, Guyane: single collectivities; Mayotte: a departement with the
    // region's competences; Guadeloupe and La Reunion keep both councils.
    for (const char* id : {"R94", "R02", "R03"}) {
        CHECK(by_id(id).kind == AuthorityKind::Region);
        CHECK(by_id(id).also == AuthorityKind::Departement);
    }
    CHECK(by_id("R94").population == population_of_communes(in_departement("2A")) +
                                         population_of_communes(in_departement("2B")));
    CHECK(by_id("D976").also == AuthorityKind::Region);
    for (const char* id : {"D971", "R01", "D974", "R04"})
        CHECK(by_id(id).also == std::nullopt);
    for (const char* absent : {"D75", "D67", "D68", "D2A", "D2B", "D972", "D973", "R06"})
        CHECK(g.find_id(absent) == nullptr);
}

TEST_CASE("a scenario designates an authority by id or by a name only it bears", "[geography]") {
    const auto& g = official_geography();
    REQUIRE(g.designated("69123").size() == 1);
    CHECK(g.designated("Lyon").front()->id == "69123");
    CHECK(g.designated("Paris").front()->id == kParisId);
    CHECK(g.designated("Saint-Denis").size() == 4);
    CHECK(g.designated("Atlantis").empty());
}

TEST_CASE("the threshold keeps every council and the larger communes and intercommunalities",
          "[geography]") {
    const World world = simulation_of(baseline_scenario(50000)).world();
    const Authorities& a = world.authorities;
    std::map<AuthorityKind, int> kinds;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ++kinds[a.kind[i]];
        if (a.kind[i] == AuthorityKind::Commune || a.kind[i] == AuthorityKind::Epci)
            CHECK(a.population[i] >= 50000);
        if (a.parent_epci[i] >= 0) // a kept commune's intercommunality is kept, by its id
            CHECK(a.id[static_cast<std::size_t>(a.parent_epci[i])] ==
                  official_geography().find_id(a.id[i])->epci);
    }
    CHECK(kinds[AuthorityKind::Region] == 17);
    CHECK(kinds[AuthorityKind::Departement] == 95);
    CHECK(kinds[AuthorityKind::Commune] ==
          std::count_if(official_geography().authorities.begin(),
                        official_geography().authorities.end(), [](const auto& o) {
                            return o.kind == AuthorityKind::Commune && o.population >= 50000;
                        }));
    CHECK(find_authority(a, kParisId) >= 0);
    CHECK(find_authority(a, "01001") == -1); // L'Abergement-Clemenciat, 779 inhabitants
}

TEST_CASE("an authority with two kinds' competences has both revenues", "[geography]") {
    const ScenarioConfig scenario = baseline_scenario(50000);
    const World world = simulation_of(scenario).world();
    const auto& revenue = scenario.model.population.revenue_per_capita_eur;
    const auto paris = static_cast<std::size_t>(find_authority(world.authorities, kParisId));
    const auto lyon = static_cast<std::size_t>(find_authority(world.authorities, "69123"));
    CHECK(world.authorities.base_revenue_eur[paris] ==
          Approx(2165423.0 * (revenue[0] + revenue[3])));
    CHECK(world.authorities.base_revenue_eur[lyon] == Approx(522969.0 * revenue[0]));
}

TEST_CASE("CSV text is read with the position of every field", "[geography]") {
    const auto records = read_csv("a,\"b,c\"\r\n\n\"say \"\"hi\"\"\",,x\n", "t.csv");
    REQUIRE(records.size() == 2);
    CHECK(records[0][1].text == "b,c");
    CHECK(records[0][1].column == 3);
    CHECK(records[1][0].text == "say \"hi\"");
    CHECK(records[1][0].line == 3);
    CHECK(records[1][1].text.empty());
    CHECK(records[1][2].column == 15);
    CHECK_THROWS_WITH(read_csv("a,\"open\n", "t.csv"),
                      Catch::Contains("t.csv:1:3: a quoted field is not closed"));
    CHECK_THROWS_WITH(read_csv("a,b\"c\n", "t.csv"),
                      Catch::Contains("t.csv:1:4: a quote inside an unquoted field"));
    CHECK_THROWS_WITH(read_csv("\"a\"b\n", "t.csv"),
                      Catch::Contains("t.csv:1:4: expected a comma"));
}

TEST_CASE("SHA-256 matches the FIPS 180-4 examples", "[geography]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
