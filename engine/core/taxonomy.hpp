#pragma once
// Fixed classifications of the model: thematic domains, kinds of authority, continents and
// organisation archetypes, reception categories, each with the English and French labels used in
// outputs and reports.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace paradiplo {

struct Label {
    std::string_view key;     ///< identifier used in scenario files (snake_case)
    std::string_view english; ///< long name in English
    std::string_view french;  ///< long name in French
};

inline constexpr int kDomainCount = 9;
enum class Domain : std::uint8_t {
    Climate,
    Services,
    Solidarity,
    Economy,
    Europe,
    Education,
    Culture,
    Health,
    Governance
};
inline constexpr std::array<Label, kDomainCount> kDomainLabels{{
    {"climate", "climate and ecological transition", "climat et transition écologique"},
    {"services", "water, sanitation, waste and energy services",
     "eau, assainissement, déchets et énergie"},
    {"solidarity", "solidarity, development and humanitarian aid",
     "solidarité, développement et aide humanitaire"},
    {"economy", "economic attractiveness", "attractivité économique"},
    {"europe", "Europe, twinning and citizenship", "Europe, jumelages et citoyenneté"},
    {"education", "education, youth and higher education",
     "éducation, jeunesse et enseignement supérieur"},
    {"culture", "culture, sport and international profile",
     "culture, sport et rayonnement international"},
    {"health", "health", "santé"},
    {"governance", "governance, local democracy and gender equality",
     "gouvernance, démocratie locale et égalité femmes-hommes"},
}};

inline constexpr int kAuthorityKindCount = 5;
enum class AuthorityKind : std::uint8_t { Commune, Epci, Metropole, Departement, Region };
inline constexpr std::array<Label, kAuthorityKindCount> kAuthorityKindLabels{{
    {"commune", "commune", "commune"},
    {"epci", "intercommunality (EPCI)", "intercommunalité (EPCI)"},
    {"metropole", "metropole", "métropole"},
    {"departement", "departement", "département"},
    {"region", "region", "région"},
}};

inline constexpr int kContinentCount = 6;
enum class Continent : std::uint8_t { Europe, Africa, Asia, Americas, MiddleEast, Oceania };
inline constexpr std::array<Label, kContinentCount> kContinentLabels{{
    {"europe", "Europe", "Europe"},
    {"africa", "Africa", "Afrique"},
    {"asia", "Asia", "Asie"},
    {"americas", "Americas", "Amériques"},
    {"middle_east", "Middle East", "Moyen-Orient"},
    {"oceania", "Oceania", "Océanie"},
}};

inline constexpr int kArchetypeCount = 5;
/// How international action is organised inside an authority, by increasing capacity.
enum class Archetype : std::uint8_t { None, PartTimeOfficer, Unit, Directorate, SharedService };
inline constexpr std::array<Label, kArchetypeCount> kArchetypeLabels{{
    {"none", "no dedicated staff", "pas de moyens dédiés"},
    {"part_time_officer", "part-time officer", "chargé de mission à temps partiel"},
    {"unit", "unit inside another directorate", "service au sein d'une autre direction"},
    {"directorate", "dedicated directorate", "direction dédiée"},
    {"shared_service", "service shared by a city and its intercommunality",
     "service mutualisé ville-intercommunalité"},
}};

inline constexpr int kAttachmentCount = 4;
enum class Attachment : std::uint8_t { Cabinet, GeneralDirection, EconomicDevelopment, Europe };
inline constexpr std::array<Label, kAttachmentCount> kAttachmentLabels{{
    {"cabinet", "mayor's or president's cabinet", "cabinet"},
    {"general_direction", "general direction", "direction générale"},
    {"economic_development", "economic development", "développement économique"},
    {"europe", "Europe directorate", "direction de l'Europe"},
}};

inline constexpr int kElectionScopeCount = 3;
/// Municipal elections renew communes and, through them, intercommunalities and metropoles.
enum class ElectionScope : std::uint8_t { Municipal, Departmental, Regional };
inline constexpr std::array<Label, kElectionScopeCount> kElectionScopeLabels{{
    {"municipal", "municipal elections", "élections municipales"},
    {"departmental", "departmental elections", "élections départementales"},
    {"regional", "regional elections", "élections régionales"},
}};

inline constexpr int kReceptionCategoryCount = 2;
/// People received by French authorities, by who hosts them: unaccompanied foreign minors are in
/// the care of the authorities with département competences by law; displaced people (temporary
/// protection, resettlement) are housed with the help of communes.
enum class ReceptionCategory : std::uint8_t { Minors, Displaced };
inline constexpr std::array<Label, kReceptionCategoryCount> kReceptionCategoryLabels{{
    {"minors", "unaccompanied foreign minors", "mineurs non accompagnés"},
    {"displaced", "displaced people (temporary protection)", "personnes déplacées"},
}};

inline constexpr int kCallCount = 2;
/// The state's calls for projects of local authorities' external action.
enum class Call : std::uint8_t { Daect, Ficol };
inline constexpr std::array<Label, kCallCount> kCallLabels{{
    {"daect", "foreign ministry's calls for decentralised cooperation (DAECT)",
     "appels à projets de la DAECT"},
    {"ficol", "AFD's facility for local authorities (FICOL)", "FICOL de l'AFD"},
}};

template <std::size_t N>
std::optional<int> find_label(const std::array<Label, N>& labels, std::string_view key) {
    for (std::size_t i = 0; i < N; ++i)
        if (labels[i].key == key) return static_cast<int>(i);
    return std::nullopt;
}

} // namespace paradiplo
