#include "engine/scenario/shock_reader.hpp"

#include "engine/scenario/parameter_schema.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "models/population/geography.hpp"
#include "models/population/reference_data.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace paradiplo {

void ShockReader::read(const toml::node& node, const std::string& file, const std::string& where) {
    const toml::array* array = node.as_array();
    if (array == nullptr) {
        problems_.push_back(where + ": shock: expected an array of tables ([[shock]]), found " +
                            describe(node));
        return;
    }
    std::map<std::string, std::string> in_this_file; // id -> where it was first given
    for (const toml::node& element : *array) {
        const toml::table* table = element.as_table();
        const std::string origin = location(file, element.source());
        if (table == nullptr) {
            problems_.push_back(origin + ": shock: expected a table, found " + describe(element));
            continue;
        }
        const toml::node* id = table->get("id");
        if (id == nullptr || !id->is_string() || id->value<std::string>()->empty()) {
            problems_.push_back(origin +
                                ": shock.id: expected a non-empty text naming the shock, found " +
                                (id ? describe(*id) : std::string("nothing")));
            continue;
        }
        const std::string name = *id->value<std::string>();
        // Two shocks with one id in a file: the first would silently be replaced.
        if (const auto [first, fresh] = in_this_file.emplace(name, origin); !fresh) {
            problems_.push_back(origin + ": shock." + name +
                                ": a second shock with this id in the same file (the first is at " +
                                first->second + "); expected each id once per file");
            continue;
        }
        auto existing = std::find_if(entries_.begin(), entries_.end(),
                                     [&](const ShockEntry& e) { return e.shock.id == name; });
        if (const toml::node* enabled = table->get("enabled")) {
            if (!enabled->is_boolean()) {
                problems_.push_back(location(file, enabled->source()) + ": shock." + name +
                                    ".enabled: expected true or false, found " +
                                    describe(*enabled));
            } else if (!*enabled->value<bool>()) {
                if (existing != entries_.end()) entries_.erase(existing);
                continue;
            }
        }
        ShockEntry entry{Shock{}, origin, origin};
        entry.shock.id = name;
        bool has_type = false, has_start = false;
        for (const auto& [key_node, value] : *table) {
            const std::string field(key_node.str());
            if (field == "id" || field == "enabled") continue;
            has_type |= field == "type";
            has_start |= field == "start";
            apply_field(entry, field, value, location(file, key_node.source()));
        }
        if (!has_type)
            problems_.push_back(origin + ": shock." + name + ".type: missing; expected" +
                                shock_types_text());
        if (!has_start)
            problems_.push_back(origin + ": shock." + name +
                                ".start: missing; expected a month \"YYYY-MM\"");
        if (existing != entries_.end())
            *existing = std::move(entry);
        else
            entries_.push_back(std::move(entry));
    }
}

std::string ShockReader::shock_types_text() {
    std::string text = " one of";
    for (std::size_t i = 0; i < kShockTypes.size(); ++i)
        text += (i ? ", \"" : " \"") + std::string(kShockTypes[i].key) + "\"";
    return text;
}

void ShockReader::override_field(const std::string& key, const toml::node& node,
                                 const std::string& where) {
    const auto rest = key.substr(6);
    const auto dot = rest.rfind('.');
    const std::string id = dot == std::string::npos ? "" : rest.substr(0, dot);
    auto entry = std::find_if(entries_.begin(), entries_.end(),
                              [&](const ShockEntry& e) { return e.shock.id == id; });
    if (entry == entries_.end()) {
        problems_.push_back(where + ": " + key +
                            ": expected shock.ID.field with the id of a shock of the scenario");
        return;
    }
    const std::string field = rest.substr(dot + 1);
    if (field == "enabled") { // as in a file: false removes the shock, true keeps it
        if (!node.is_boolean())
            problems_.push_back(where + ": " + key + ": expected true or false, found " +
                                describe(node));
        else if (!*node.value<bool>())
            entries_.erase(entry);
        return;
    }
    if (field == "id") {
        problems_.push_back(where + ": " + key +
                            ": the id names the shock and cannot be changed; expected another "
                            "field of shock." +
                            id);
        return;
    }
    apply_field(*entry, field, node, where);
}

template <class T, std::size_t N>
std::optional<T> ShockReader::label_value(const std::array<Label, N>& labels,
                                          const toml::node& node) {
    if (!node.is_string()) return std::nullopt;
    if (const auto index = find_label(labels, *node.value<std::string>()))
        return static_cast<T>(*index);
    return std::nullopt;
}

void ShockReader::apply_field(ShockEntry& entry, const std::string& field, const toml::node& node,
                              const std::string& where) {
    Shock& shock = entry.shock;
    const std::string key = "shock." + shock.id + "." + field;
    const auto fail = [&](const std::string& expected) {
        problems_.push_back(where + ": " + key + ": expected " + expected + ", found " +
                            describe(node));
    };
    const auto month = [&]() -> std::optional<YearMonth> {
        return node.is_string() ? parse_year_month(*node.value<std::string>()) : std::nullopt;
    };
    if (field == "type") {
        const auto* info = node.is_string()
                               ? std::find_if(kShockTypes.begin(), kShockTypes.end(),
                                              [&](const ShockTypeInfo& t) {
                                                  return t.key == *node.value<std::string>();
                                              })
                               : kShockTypes.end();
        // Refugee reception was an index before it became arrivals: say what replaced it.
        if (info == kShockTypes.end() && node.is_string() &&
            *node.value<std::string>() == "refugees")
            return fail(shock_types_text().substr(1) +
                        " (refugee reception is simulated: an \"arrivals\" shock adds people a "
                        "month of a category, docs/scenario-reference.md)");
        if (info == kShockTypes.end()) return fail(shock_types_text().substr(1));
        shock.type = info->type;
    } else if (field == "start" || field == "end") {
        const auto value = month();
        if (!value) return fail("a month \"YYYY-MM\"");
        (field == "start" ? shock.start : shock.end.emplace()) = *value;
    } else if (field == "ramp_in" || field == "ramp_out") {
        if (!node.is_integer() || *node.value<std::int64_t>() < 0 ||
            *node.value<std::int64_t>() > 120)
            return fail("an integer number of months in [0, 120]");
        (field == "ramp_in" ? shock.ramp_in : shock.ramp_out) =
            static_cast<int>(*node.value<std::int64_t>());
    } else if (field == "value") {
        if (!node.is_number() || !std::isfinite(*node.value<double>())) return fail("a number");
        shock.value = *node.value<double>();
        entry.value_origin = where;
    } else if (field == "domain") {
        const auto domain = label_value<Domain>(kDomainLabels, node);
        if (!domain) return fail(labels_text(kDomainLabels));
        shock.domain = *domain;
    } else if (field == "category") {
        const auto category = label_value<ReceptionCategory>(kReceptionCategoryLabels, node);
        if (!category) return fail(labels_text(kReceptionCategoryLabels));
        shock.category = *category;
    } else if (field == "scope") {
        const auto scope = label_value<ElectionScope>(kElectionScopeLabels, node);
        if (!scope) return fail(labels_text(kElectionScopeLabels));
        shock.scope = *scope;
    } else if (field == "kinds" || field == "countries" || field == "authorities") {
        const toml::array* array = node.as_array();
        if (array == nullptr) return fail("an array");
        // A list replaces the one the shock had (a --set override is not an addition).
        if (field == "kinds") shock.kinds.clear();
        if (field == "countries") shock.countries.clear();
        if (field == "authorities") {
            shock.authorities.clear();
            entry.authorities_given = static_cast<int>(array->size());
        }
        for (const toml::node& item : *array)
            apply_list_item(shock, field, item, where);
    } else {
        std::vector<std::string> fields;
        for (const auto& decl : shock_field_declarations())
            fields.emplace_back(decl.key);
        const auto best = closest_name(field, fields, 3);
        problems_.push_back(where + ": " + key + ": unknown shock field" +
                            (best ? "; did you mean " + *best + "?" : ""));
    }
}

void ShockReader::apply_list_item(Shock& shock, const std::string& field, const toml::node& item,
                                  const std::string& where) {
    const std::string key = "shock." + shock.id + "." + field;
    const auto fail = [&](const std::string& expected) {
        problems_.push_back(where + ": " + key + ": expected " + expected + ", found " +
                            describe(item));
    };
    if (field == "kinds") {
        const auto kind = label_value<AuthorityKind>(kAuthorityKindLabels, item);
        if (!kind) return fail(labels_text(kAuthorityKindLabels));
        shock.kinds.push_back(*kind);
    } else if (field == "countries") {
        const auto countries = reference::countries();
        if (!item.is_string() ||
            std::none_of(countries.begin(), countries.end(),
                         [&](const auto& c) { return c.iso3 == *item.value<std::string>(); }))
            return fail("an ISO 3166 alpha-3 code of a country of the model (e.g. \"MLI\")");
        shock.countries.push_back(*item.value<std::string>());
    } else {
        constexpr std::string_view kExpected =
            "the id of a French authority, or a name that only one bears (e.g. \"69123\" or "
            "\"Lyon\"; docs/geography.md)";
        if (!item.is_string()) return fail(std::string(kExpected));
        const std::string text = *item.value<std::string>();
        const auto designated = official_geography().designated(text);
        if (designated.size() == 1) {
            shock.authorities.push_back(designated.front()->id);
        } else if (designated.empty()) {
            problems_.push_back(where + ": " + key + ": expected " + std::string(kExpected) +
                                ", found " + quoted_text(text) + authority_suggestion(text));
        } else {
            std::string candidates;
            for (const OfficialAuthority* a : designated)
                candidates += (candidates.empty() ? "" : ", ") + quoted_text(a->id) + " (" +
                              std::string(kAuthorityKindLabels[static_cast<int>(a->kind)].key) +
                              (a->departement.empty() ? "" : ", département " + a->departement) +
                              ")";
            problems_.push_back(where + ": " + key + ": " + quoted_text(text) + " names " +
                                std::to_string(designated.size()) +
                                " authorities; expected one of their ids: " + candidates);
        }
    }
}

std::string ShockReader::authority_suggestion(const std::string& text) {
    // Edit distances to 36,000 names: only for a text that could be a mistyped name.
    if (text.empty() || text.size() > 64) return "";
    const auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    std::vector<std::string> names;
    for (const auto& a : official_geography().authorities) {
        if (lower(a.name) == lower(text)) return "; did you mean " + quoted_text(a.name) + "?";
        names.push_back(a.name);
    }
    const auto best = closest_name(text, names, 3);
    return best ? "; did you mean " + quoted_text(*best) + "?" : "";
}

void ShockReader::check(YearMonth first, YearMonth last) {
    const std::string period = first.to_string() + " to " + last.to_string();
    for (const auto& [shock, origin, value_origin, authorities_given] : entries_) {
        const std::string key = "shock." + shock.id;
        if (shock.start < first || shock.start > last)
            problems_.push_back(origin + ": " + key +
                                ".start: expected a month inside the simulated period (" + period +
                                "), found " + shock.start.to_string());
        if (shock.end && *shock.end < shock.start)
            problems_.push_back(origin + ": " + key + ".end: expected a month not before start (" +
                                shock.start.to_string() + "), found " + shock.end->to_string());
        const ShockType type = shock.type; // clang 14 cannot capture a structured binding
        const auto& info = *std::find_if(kShockTypes.begin(), kShockTypes.end(),
                                         [type](const auto& t) { return t.type == type; });
        if (shock.value < info.min_value || shock.value > info.max_value) {
            problems_.push_back(value_origin + ": " + key + ".value: expected a number in [" +
                                number_text(info.min_value, 10) + ", " +
                                number_text(info.max_value, 10) + "] for a " +
                                std::string(info.key) + " shock, found " +
                                number_text(shock.value, 10));
        }
        const bool needs_domain =
            shock.type == ShockType::Salience || shock.type == ShockType::Programme;
        if (needs_domain && !shock.domain)
            problems_.push_back(origin + ": " + key + ".domain: missing; expected " +
                                labels_text(kDomainLabels));
        if (shock.type == ShockType::Arrivals && !shock.category)
            problems_.push_back(origin + ": " + key + ".category: missing; expected " +
                                labels_text(kReceptionCategoryLabels));
        if (shock.type != ShockType::Arrivals && shock.category)
            problems_.push_back(origin + ": " + key +
                                ".category: only an arrivals shock has a category; expected no "
                                "category for a " +
                                std::string(info.key) + " shock");
        if (shock.type != ShockType::Arrivals && shock.type != ShockType::Suspension &&
            !shock.countries.empty())
            problems_.push_back(origin + ": " + key +
                                ".countries: only suspension and arrivals shocks name countries; "
                                "expected none for a " +
                                std::string(info.key) + " shock");
        if (shock.type == ShockType::Suspension && shock.countries.empty())
            problems_.push_back(origin + ": " + key +
                                ".countries: missing; expected an array of ISO 3166 alpha-3 codes");
        // Items refused were reported each; an array given empty or none at all is reported here.
        if (shock.type == ShockType::Programme && shock.authorities.empty() &&
            authorities_given <= 0)
            problems_.push_back(origin + ": " + key + ".authorities: " +
                                (authorities_given == 0
                                     ? "expected at least one authority id, found an empty array"
                                     : "missing; expected an array of authority ids"));
    }
}

std::vector<Shock> ShockReader::shocks() const {
    std::vector<Shock> result;
    for (const auto& entry : entries_)
        result.push_back(entry.shock);
    return result;
}

} // namespace paradiplo
