#include "reference_data.hpp"

namespace paradiplo::reference {
namespace {

constexpr Region kRegions[] = {
    {"Auvergne-Rhône-Alpes", 8043}, {"Bourgogne-Franche-Comté", 2800}, {"Bretagne", 3355},
    {"Centre-Val de Loire", 2573},  {"Corse", 340},                    {"Grand Est", 5550},
    {"Hauts-de-France", 6004},      {"Île-de-France", 12262},          {"Normandie", 3327},
    {"Nouvelle-Aquitaine", 5999},   {"Occitanie", 5924},               {"Pays de la Loire", 3807},
    {"Provence-Alpes-Côte d'Azur", 5081}, {"Guadeloupe", 384}, {"Martinique", 364},
    {"Guyane", 286}, {"La Réunion", 861}, {"Mayotte", 279},
};

constexpr Departement kDepartements[] = {
    {"01", "Ain", 0, 652}, {"03", "Allier", 0, 335}, {"07", "Ardèche", 0, 328},
    {"15", "Cantal", 0, 144}, {"26", "Drôme", 0, 516}, {"38", "Isère", 0, 1271},
    {"42", "Loire", 0, 765}, {"43", "Haute-Loire", 0, 227}, {"63", "Puy-de-Dôme", 0, 662},
    {"69", "Rhône", 0, 1876}, {"73", "Savoie", 0, 436}, {"74", "Haute-Savoie", 0, 827},
    {"21", "Côte-d'Or", 1, 534}, {"25", "Doubs", 1, 543}, {"39", "Jura", 1, 259},
    {"58", "Nièvre", 1, 204}, {"70", "Haute-Saône", 1, 235}, {"71", "Saône-et-Loire", 1, 551},
    {"89", "Yonne", 1, 335}, {"90", "Territoire de Belfort", 1, 141},
    {"22", "Côtes-d'Armor", 2, 600}, {"29", "Finistère", 2, 915}, {"35", "Ille-et-Vilaine", 2, 1079},
    {"56", "Morbihan", 2, 759},
    {"18", "Cher", 3, 302}, {"28", "Eure-et-Loir", 3, 432}, {"36", "Indre", 3, 219},
    {"37", "Indre-et-Loire", 3, 610}, {"41", "Loir-et-Cher", 3, 330}, {"45", "Loiret", 3, 680},
    {"2A", "Corse-du-Sud", 4, 158}, {"2B", "Haute-Corse", 4, 181},
    {"08", "Ardennes", 5, 270}, {"10", "Aube", 5, 310}, {"51", "Marne", 5, 567},
    {"52", "Haute-Marne", 5, 172}, {"54", "Meurthe-et-Moselle", 5, 733}, {"55", "Meuse", 5, 184},
    {"57", "Moselle", 5, 1044}, {"67", "Bas-Rhin", 5, 1133}, {"68", "Haut-Rhin", 5, 764},
    {"88", "Vosges", 5, 364},
    {"02", "Aisne", 6, 531}, {"59", "Nord", 6, 2608}, {"60", "Oise", 6, 829},
    {"62", "Pas-de-Calais", 6, 1466}, {"80", "Somme", 6, 570},
    {"75", "Paris", 7, 2165}, {"77", "Seine-et-Marne", 7, 1421}, {"78", "Yvelines", 7, 1448},
    {"91", "Essonne", 7, 1301}, {"92", "Hauts-de-Seine", 7, 1624},
    {"93", "Seine-Saint-Denis", 7, 1655}, {"94", "Val-de-Marne", 7, 1407},
    {"95", "Val-d'Oise", 7, 1249},
    {"14", "Calvados", 8, 694}, {"27", "Eure", 8, 599}, {"50", "Manche", 8, 495},
    {"61", "Orne", 8, 280}, {"76", "Seine-Maritime", 8, 1255},
    {"16", "Charente", 9, 352}, {"17", "Charente-Maritime", 9, 651}, {"19", "Corrèze", 9, 240},
    {"23", "Creuse", 9, 117}, {"24", "Dordogne", 9, 413}, {"33", "Gironde", 9, 1623},
    {"40", "Landes", 9, 413}, {"47", "Lot-et-Garonne", 9, 331},
    {"64", "Pyrénées-Atlantiques", 9, 682}, {"79", "Deux-Sèvres", 9, 374},
    {"86", "Vienne", 9, 438}, {"87", "Haute-Vienne", 9, 372},
    {"09", "Ariège", 10, 153}, {"11", "Aude", 10, 374}, {"12", "Aveyron", 10, 279},
    {"30", "Gard", 10, 748}, {"31", "Haute-Garonne", 10, 1400}, {"32", "Gers", 10, 191},
    {"34", "Hérault", 10, 1176}, {"46", "Lot", 10, 174}, {"48", "Lozère", 10, 76},
    {"65", "Hautes-Pyrénées", 10, 228}, {"66", "Pyrénées-Orientales", 10, 479},
    {"81", "Tarn", 10, 389}, {"82", "Tarn-et-Garonne", 10, 260},
    {"44", "Loire-Atlantique", 11, 1429}, {"49", "Maine-et-Loire", 11, 818},
    {"53", "Mayenne", 11, 307}, {"72", "Sarthe", 11, 566}, {"85", "Vendée", 11, 685},
    {"04", "Alpes-de-Haute-Provence", 12, 164}, {"05", "Hautes-Alpes", 12, 141},
    {"06", "Alpes-Maritimes", 12, 1083}, {"13", "Bouches-du-Rhône", 12, 2043},
    {"83", "Var", 12, 1076}, {"84", "Vaucluse", 12, 561},
    {"971", "Guadeloupe", 13, 384}, {"972", "Martinique", 14, 364}, {"973", "Guyane", 15, 286},
    {"974", "La Réunion", 16, 861}, {"976", "Mayotte", 17, 279},
};

constexpr Metropole kMetropoles[] = {
    {"Métropole du Grand Paris", "75", 7070}, {"Métropole d'Aix-Marseille-Provence", "13", 1900},
    {"Métropole de Lyon", "69", 1400}, {"Métropole Européenne de Lille", "59", 1170},
    {"Bordeaux Métropole", "33", 810}, {"Toulouse Métropole", "31", 790},
    {"Nantes Métropole", "44", 670}, {"Métropole Nice Côte d'Azur", "06", 540},
    {"Eurométropole de Strasbourg", "67", 500}, {"Montpellier Méditerranée Métropole", "34", 480},
    {"Rennes Métropole", "35", 450}, {"Grenoble-Alpes Métropole", "38", 445},
    {"Métropole Rouen Normandie", "76", 490}, {"Métropole Toulon Provence Méditerranée", "83", 440},
    {"Saint-Étienne Métropole", "42", 405}, {"Métropole du Grand Nancy", "54", 255},
    {"Metz Métropole", "57", 222}, {"Tours Métropole Val de Loire", "37", 297},
    {"Orléans Métropole", "45", 290}, {"Dijon Métropole", "21", 255},
    {"Clermont Auvergne Métropole", "63", 295}, {"Brest Métropole", "29", 210},
};

constexpr City kCities[] = {
    {"Paris", "75", 2165, 0}, {"Marseille", "13", 870, 1}, {"Lyon", "69", 522, 2},
    {"Toulouse", "31", 493, 5}, {"Nice", "06", 342, 7}, {"Nantes", "44", 320, 6},
    {"Montpellier", "34", 295, 9}, {"Strasbourg", "67", 287, 8}, {"Bordeaux", "33", 260, 4},
    {"Lille", "59", 234, 3}, {"Rennes", "35", 222, 10}, {"Reims", "51", 182, -1},
    {"Toulon", "83", 178, 13}, {"Saint-Étienne", "42", 173, 14}, {"Le Havre", "76", 169, -1},
    {"Grenoble", "38", 158, 11}, {"Dijon", "21", 159, 19}, {"Angers", "49", 155, -1},
    {"Villeurbanne", "69", 152, 2}, {"Saint-Denis (La Réunion)", "974", 153, -1},
    {"Nîmes", "30", 148, -1}, {"Clermont-Ferrand", "63", 147, 20},
    {"Aix-en-Provence", "13", 145, 1}, {"Le Mans", "72", 143, -1}, {"Brest", "29", 139, 21},
    {"Tours", "37", 136, 17}, {"Amiens", "80", 133, -1}, {"Limoges", "87", 131, -1},
    {"Annecy", "74", 130, -1}, {"Perpignan", "66", 120, -1},
    {"Boulogne-Billancourt", "92", 121, 0}, {"Metz", "57", 117, 16}, {"Besançon", "25", 117, -1},
    {"Orléans", "45", 116, 18}, {"Saint-Denis", "93", 113, 0}, {"Rouen", "76", 111, 12},
    {"Argenteuil", "95", 110, 0}, {"Montreuil", "93", 109, 0}, {"Mulhouse", "68", 108, -1},
    {"Caen", "14", 106, -1}, {"Nancy", "54", 104, 15}, {"Avignon", "84", 91, -1},
    {"Poitiers", "86", 89, -1}, {"La Rochelle", "17", 77, -1}, {"Pau", "64", 76, -1},
};

} // namespace

std::span<const Region> regions() { return kRegions; }
std::span<const Departement> departements() { return kDepartements; }
std::span<const City> cities() { return kCities; }
std::span<const Metropole> metropoles() { return kMetropoles; }

} // namespace paradiplo::reference
