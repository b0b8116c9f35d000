#include "scenario_loader.hpp"

#include "errors.hpp"
#include "parameter_schema.hpp"
#include "population/reference_data.hpp"

#define TOML_ENABLE_FORMATTERS 0
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace paradiplo {
namespace {

std::string describe(const toml::node& node) {
    if (auto s = node.value<std::string>(); s && node.is_string()) return "\"" + *s + "\"";
    if (node.is_integer()) return std::to_string(*node.value<std::int64_t>());
    if (node.is_floating_point()) {
        char text[64];
        std::snprintf(text, sizeof text, "%.10g", *node.value<double>());
        return text;
    }
    if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
    if (node.is_table()) return "a table";
    if (node.is_array()) return "an array";
    return "a date or time";
}

std::string last_component(std::string_view key) {
    const auto dot = key.rfind('.');
    return std::string(dot == std::string_view::npos ? key : key.substr(dot + 1));
}

std::string parent_of(std::string_view key) {
    const auto dot = key.rfind('.');
    return dot == std::string_view::npos ? "" : std::string(key.substr(0, dot));
}

/// Tables that may appear in a scenario ("model", "model.budget", ...).
const std::set<std::string>& known_tables() {
    static const std::set<std::string> tables = [] {
        std::set<std::string> result;
        for (const auto& decl : parameter_declarations())
            for (std::string table = parent_of(decl.key); !table.empty(); table = parent_of(table))
                result.insert(table);
        return result;
    }();
    return tables;
}

/// Known keys and tables directly under `parent`.
std::vector<std::string> children_of(const std::string& parent) {
    std::vector<std::string> names;
    const auto add = [&](const std::string& key) {
        if (parent_of(key) == parent) names.push_back(last_component(key));
    };
    for (const auto& decl : parameter_declarations()) add(std::string(decl.key));
    for (const auto& table : known_tables()) add(table);
    if (parent.empty()) {
        names.emplace_back("extends");
        names.emplace_back("shock");
    }
    return names;
}

std::string suggestion(const std::string& key) {
    const std::string name = last_component(key);
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (const auto& candidate : children_of(parent_of(key))) {
        const std::size_t d = edit_distance(name, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    if (best.empty()) { // maybe misplaced: look for the name anywhere
        for (const auto& decl : parameter_declarations())
            if (last_component(decl.key) == name) return "; did you mean " + std::string(decl.key) + "?";
        return "";
    }
    return "; did you mean " + best + "?";
}

std::string number_text(double value, int digits) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    return text;
}

class Loader {
public:
    Loader() : config_(default_scenario()) {}

    void load_file(const std::string& path, std::vector<std::string> chain) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            problems_.push_back(path + ": cannot read the file (" +
                                (std::filesystem::exists(path) ? "permission denied" : "no such file") + ")");
            return;
        }
        std::stringstream text;
        text << in.rdbuf();
        load_text(text.str(), path, std::move(chain));
    }

    void load_text(std::string_view text, const std::string& name, std::vector<std::string> chain) {
        toml::table table;
        try {
            table = toml::parse(text, name);
        } catch (const toml::parse_error& error) {
            problems_.push_back(location(name, error.source()) + ": TOML syntax error: " +
                                std::string(error.description()));
            return;
        }
        chain.push_back(name);
        if (const toml::node* extends = table.get("extends")) {
            if (!extends->is_string()) {
                problems_.push_back(location(name, extends->source()) +
                                    ": extends: expected the path of a scenario file, found " + describe(*extends));
            } else {
                const auto parent = (std::filesystem::path(name).parent_path() / *extends->value<std::string>()).lexically_normal().string();
                if (std::find(chain.begin(), chain.end(), parent) != chain.end())
                    problems_.push_back(location(name, extends->source()) + ": extends: \"" + parent +
                                        "\" is already in the chain of extended files (a cycle)");
                else
                    load_file(parent, chain);
            }
        }
        apply_table(table, "", name);
    }

    void apply_override(const std::string& argument) {
        const std::string where = "--set " + argument;
        const auto equals = argument.find('=');
        if (equals == std::string::npos || equals == 0) {
            problems_.push_back(where + ": expected key.path=value");
            return;
        }
        const std::string key = argument.substr(0, equals);
        const std::string value = argument.substr(equals + 1);
        toml::table parsed;
        try {
            parsed = toml::parse(std::string_view("v = " + value), std::string_view("--set"));
        } catch (const toml::parse_error&) {
            parsed = toml::table{{"v", value}}; // not a TOML literal: take it as text
        }
        const toml::node& node = *parsed.get("v");
        if (key.rfind("shock.", 0) == 0) {
            apply_shock_override(key, node, where);
            return;
        }
        const ParameterDecl* decl = find_parameter(key);
        if (decl == nullptr) {
            problems_.push_back(where + ": " + key + ": unknown key" + suggestion(key));
            return;
        }
        assign(*decl, node, where);
    }

    ScenarioConfig finish(const std::string& source) {
        check_consistency();
        if (!problems_.empty()) throw ScenarioError(problems_);
        config_.model.shocks.clear();
        for (auto& entry : shocks_) config_.model.shocks.push_back(entry.shock);
        config_.source = source;
        config_.resolved_text = resolved_scenario_text(config_);
        return config_;
    }

private:
    struct ShockEntry {
        Shock shock;
        std::string origin;       ///< where the [[shock]] table starts
        std::string value_origin; ///< where its value was last set
    };

    static std::string location(const std::string& file, const toml::source_region& region) {
        return file + ":" + std::to_string(region.begin.line) + ":" + std::to_string(region.begin.column);
    }

    void apply_table(const toml::table& table, const std::string& prefix, const std::string& file) {
        for (const auto& [key_node, node] : table) {
            const std::string key = prefix.empty() ? std::string(key_node.str()) : prefix + "." + std::string(key_node.str());
            const std::string where = location(file, key_node.source());
            if (key == "extends") continue;
            if (key == "shock") {
                apply_shocks(node, file, where);
                continue;
            }
            if (const ParameterDecl* decl = find_parameter(key)) {
                assign(*decl, node, where);
            } else if (known_tables().count(key)) {
                if (const toml::table* sub = node.as_table()) apply_table(*sub, key, file);
                else problems_.push_back(where + ": " + key + ": expected a table, found " + describe(node));
            } else {
                problems_.push_back(where + ": " + key + ": unknown key" + suggestion(key));
            }
        }
    }

    void assign(const ParameterDecl& decl, const toml::node& node, const std::string& where) {
        const auto fail = [&] {
            problems_.push_back(where + ": " + std::string(decl.key) + ": expected " + expectation(decl) +
                                ", found " + describe(node));
        };
        switch (decl.type) {
        case ValueType::Real: {
            if (!node.is_number()) return fail();
            const double v = *node.value<double>();
            if (!std::isfinite(v) || v < decl.min || v > decl.max) return fail();
            std::get<double& (*)(ScenarioConfig&)>(decl.field)(config_) = v;
            return;
        }
        case ValueType::Integer: {
            if (!node.is_integer()) return fail();
            const auto v = *node.value<std::int64_t>();
            if (static_cast<double>(v) < decl.min || static_cast<double>(v) > decl.max) return fail();
            std::visit([&](auto field) {
                auto& target = field(config_);
                using T = std::remove_reference_t<decltype(target)>;
                if constexpr (std::is_integral_v<T>) target = static_cast<T>(v);
            }, decl.field);
            return;
        }
        case ValueType::Text:
            if (!node.is_string()) return fail();
            std::get<std::string& (*)(ScenarioConfig&)>(decl.field)(config_) = *node.value<std::string>();
            return;
        case ValueType::Month: {
            const auto month = node.is_string() ? parse_year_month(*node.value<std::string>()) : std::nullopt;
            if (!month) return fail();
            std::get<YearMonth& (*)(ScenarioConfig&)>(decl.field)(config_) = *month;
            return;
        }
        case ValueType::Choice: {
            if (!node.is_string()) return fail();
            const std::string v = *node.value<std::string>();
            if (std::find(decl.choices.begin(), decl.choices.end(), v) == decl.choices.end()) return fail();
            std::get<std::string& (*)(ScenarioConfig&)>(decl.field)(config_) = v;
            return;
        }
        }
    }

    void apply_shocks(const toml::node& node, const std::string& file, const std::string& where) {
        const toml::array* array = node.as_array();
        if (array == nullptr) {
            problems_.push_back(where + ": shock: expected an array of tables ([[shock]]), found " + describe(node));
            return;
        }
        for (const toml::node& element : *array) {
            const toml::table* table = element.as_table();
            const std::string origin = location(file, element.source());
            if (table == nullptr) {
                problems_.push_back(origin + ": shock: expected a table, found " + describe(element));
                continue;
            }
            const toml::node* id = table->get("id");
            if (id == nullptr || !id->is_string() || id->value<std::string>()->empty()) {
                problems_.push_back(origin + ": shock.id: expected a non-empty text naming the shock, found " +
                                    (id ? describe(*id) : std::string("nothing")));
                continue;
            }
            const std::string name = *id->value<std::string>();
            auto existing = std::find_if(shocks_.begin(), shocks_.end(), [&](const ShockEntry& e) { return e.shock.id == name; });
            if (const toml::node* enabled = table->get("enabled")) {
                if (!enabled->is_boolean()) {
                    problems_.push_back(location(file, enabled->source()) + ": shock." + name +
                                        ".enabled: expected true or false, found " + describe(*enabled));
                } else if (!*enabled->value<bool>()) {
                    if (existing != shocks_.end()) shocks_.erase(existing);
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
                apply_shock_field(entry, field, value, location(file, key_node.source()));
            }
            if (!has_type) problems_.push_back(origin + ": shock." + name + ".type: missing; expected" + shock_types_text());
            if (!has_start) problems_.push_back(origin + ": shock." + name + ".start: missing; expected a month \"YYYY-MM\"");
            if (existing != shocks_.end()) *existing = std::move(entry);
            else shocks_.push_back(std::move(entry));
        }
    }

    static std::string shock_types_text() {
        std::string text = " one of";
        for (std::size_t i = 0; i < kShockTypes.size(); ++i)
            text += (i ? ", \"" : " \"") + std::string(kShockTypes[i].key) + "\"";
        return text;
    }

    void apply_shock_override(const std::string& key, const toml::node& node, const std::string& where) {
        const auto rest = key.substr(6);
        const auto dot = rest.rfind('.');
        const std::string id = dot == std::string::npos ? "" : rest.substr(0, dot);
        auto entry = std::find_if(shocks_.begin(), shocks_.end(), [&](const ShockEntry& e) { return e.shock.id == id; });
        if (entry == shocks_.end()) {
            problems_.push_back(where + ": " + key + ": expected shock.ID.field with the id of a shock of the scenario");
            return;
        }
        apply_shock_field(*entry, rest.substr(dot + 1), node, where);
    }

    template <class T, std::size_t N>
    std::optional<T> label_value(const std::array<Label, N>& labels, const toml::node& node) {
        if (!node.is_string()) return std::nullopt;
        if (const auto index = find_label(labels, *node.value<std::string>())) return static_cast<T>(*index);
        return std::nullopt;
    }

    template <std::size_t N> static std::string labels_text(const std::array<Label, N>& labels) {
        std::string text = "one of";
        for (std::size_t i = 0; i < N; ++i) text += (i ? ", \"" : " \"") + std::string(labels[i].key) + "\"";
        return text;
    }

    void apply_shock_field(ShockEntry& entry, const std::string& field, const toml::node& node, const std::string& where) {
        Shock& shock = entry.shock;
        const std::string key = "shock." + shock.id + "." + field;
        const auto fail = [&](const std::string& expected) {
            problems_.push_back(where + ": " + key + ": expected " + expected + ", found " + describe(node));
        };
        const auto month = [&]() -> std::optional<YearMonth> {
            return node.is_string() ? parse_year_month(*node.value<std::string>()) : std::nullopt;
        };
        if (field == "type") {
            const auto* info = node.is_string() ? std::find_if(kShockTypes.begin(), kShockTypes.end(), [&](const ShockTypeInfo& t) { return t.key == *node.value<std::string>(); }) : kShockTypes.end();
            if (info == kShockTypes.end()) return fail(shock_types_text().substr(1));
            shock.type = info->type;
        } else if (field == "start" || field == "end") {
            const auto value = month();
            if (!value) return fail("a month \"YYYY-MM\"");
            (field == "start" ? shock.start : shock.end.emplace()) = *value;
        } else if (field == "ramp_in" || field == "ramp_out") {
            if (!node.is_integer() || *node.value<std::int64_t>() < 0 || *node.value<std::int64_t>() > 120)
                return fail("an integer number of months in [0, 120]");
            (field == "ramp_in" ? shock.ramp_in : shock.ramp_out) = static_cast<int>(*node.value<std::int64_t>());
        } else if (field == "value") {
            if (!node.is_number() || !std::isfinite(*node.value<double>())) return fail("a number");
            shock.value = *node.value<double>();
            entry.value_origin = where;
        } else if (field == "domain") {
            const auto domain = label_value<Domain>(kDomainLabels, node);
            if (!domain) return fail(labels_text(kDomainLabels));
            shock.domain = *domain;
        } else if (field == "scope") {
            const auto scope = label_value<ElectionScope>(kElectionScopeLabels, node);
            if (!scope) return fail(labels_text(kElectionScopeLabels));
            shock.scope = *scope;
        } else if (field == "kinds" || field == "countries" || field == "authorities") {
            const toml::array* array = node.as_array();
            if (array == nullptr) return fail("an array");
            for (const toml::node& item : *array) apply_list_item(shock, field, item, where);
        } else {
            std::string best;
            std::size_t best_distance = 3;
            for (const auto& decl : shock_field_declarations())
                if (const auto d = edit_distance(field, decl.key); d < best_distance) {
                    best_distance = d;
                    best = decl.key;
                }
            problems_.push_back(where + ": " + key + ": unknown shock field" + (best.empty() ? "" : "; did you mean " + best + "?"));
        }
    }

    void apply_list_item(Shock& shock, const std::string& field, const toml::node& item, const std::string& where) {
        const std::string key = "shock." + shock.id + "." + field;
        const auto fail = [&](const std::string& expected) {
            problems_.push_back(where + ": " + key + ": expected " + expected + ", found " + describe(item));
        };
        if (field == "kinds") {
            const auto kind = label_value<AuthorityKind>(kAuthorityKindLabels, item);
            if (!kind) return fail(labels_text(kAuthorityKindLabels));
            shock.kinds.push_back(*kind);
        } else if (field == "countries") {
            const auto countries = reference::countries();
            if (!item.is_string() || std::none_of(countries.begin(), countries.end(), [&](const auto& c) { return c.iso3 == *item.value<std::string>(); }))
                return fail("an ISO 3166 alpha-3 code of a country of the model (e.g. \"MLI\")");
            shock.countries.push_back(*item.value<std::string>());
        } else {
            if (!item.is_string() || !is_named_authority(*item.value<std::string>()))
                return fail("the name of a region, departement, metropole or large city of the model (e.g. \"Lyon\")");
            shock.authorities.push_back(*item.value<std::string>());
        }
    }

    static bool is_named_authority(const std::string& name) {
        const auto match = [&](const auto& list) {
            return std::any_of(list.begin(), list.end(), [&](const auto& entry) { return entry.name == name; });
        };
        return match(reference::regions()) || match(reference::departements()) ||
               match(reference::metropoles()) || match(reference::cities());
    }

    void check_consistency() {
        if (config_.time.end < config_.time.start)
            problems_.push_back(config_.source + ": time.end: expected a month not before time.start (" +
                                config_.time.start.to_string() + "), found " + config_.time.end.to_string());
        const std::string period = config_.time.start.to_string() + " to " + config_.time.end.to_string();
        for (const auto& [shock, origin, value_origin] : shocks_) {
            const std::string key = "shock." + shock.id;
            if (shock.start < config_.time.start || shock.start > config_.time.end)
                problems_.push_back(origin + ": " + key + ".start: expected a month inside the simulated period (" +
                                    period + "), found " + shock.start.to_string());
            if (shock.end && *shock.end < shock.start)
                problems_.push_back(origin + ": " + key + ".end: expected a month not before start (" +
                                    shock.start.to_string() + "), found " + shock.end->to_string());
            const auto& info = *std::find_if(kShockTypes.begin(), kShockTypes.end(), [&](const auto& t) { return t.type == shock.type; });
            if (shock.value < info.min_value || shock.value > info.max_value) {
 problems_.push_back(value_origin + ": " + key + ".value: expected a number in [" + number_text(info.min_value, 10) +
                                    ", " + number_text(info.max_value, 10) + "] for a " + std::string(info.key) +
                                    " shock, found " + number_text(shock.value, 10));
            }
            const bool needs_domain = shock.type == ShockType::Salience || shock.type == ShockType::Programme;
            if (needs_domain && !shock.domain)
                problems_.push_back(origin + ": " + key + ".domain: missing; expected " + labels_text(kDomainLabels));
            if (shock.type == ShockType::Suspension && shock.countries.empty())
                problems_.push_back(origin + ": " + key + ".countries: missing; expected an array of ISO 3166 alpha-3 codes");
            if (shock.type == ShockType::Programme && shock.authorities.empty())
                problems_.push_back(origin + ": " + key + ".authorities: missing; expected an array of authority names");
        }
    }

    ScenarioConfig config_;
    std::vector<ShockEntry> shocks_;
    std::vector<std::string> problems_;
};

void write_value(std::ostream& out, const ParameterDecl& decl, ScenarioConfig& config) {
    std::visit([&](auto field) {
        auto& v = field(config);
        using T = std::remove_reference_t<decltype(v)>;
        if constexpr (std::is_same_v<T, double>) out << number_text(v, 17);
        else if constexpr (std::is_integral_v<T>) out << v;
        else if constexpr (std::is_same_v<T, std::string>) out << toml_literal(v, ValueType::Text);
        else out << '"' << v.to_string() << '"';
    }, decl.field);
}

std::string string_array(const auto& items, const auto& to_text) {
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? ", " : "") + toml_literal(std::string(to_text(items[i])), ValueType::Text);
    return text + "]";
}

} // namespace

ScenarioConfig load_scenario_file(const std::string& path, const std::vector<std::string>& overrides) {
    Loader loader;
    loader.load_file(path, {});
    for (const auto& o : overrides) loader.apply_override(o);
    return loader.finish(path);
}

ScenarioConfig load_scenario_text(std::string_view text, const std::string& source_name,
                                  const std::vector<std::string>& overrides) {
    Loader loader;
    loader.load_text(text, source_name, {});
    for (const auto& o : overrides) loader.apply_override(o);
    return loader.finish(source_name);
}

std::string resolved_scenario_text(const ScenarioConfig& original) {
    ScenarioConfig config = original; // accessors take a mutable reference
    std::ostringstream out;
    out << "# Resolved scenario: every parameter and shock, as run.\n";
    std::vector<std::string> tables;
    for (const auto& decl : parameter_declarations()) {
        const std::string table = parent_of(decl.key);
        if (std::find(tables.begin(), tables.end(), table) == tables.end()) tables.push_back(table);
    }
    for (const auto& table : tables) {
        if (!table.empty()) out << "\n[" << table << "]\n";
        for (const auto& decl : parameter_declarations()) {
            if (parent_of(decl.key) != table) continue;
            out << last_component(decl.key) << " = ";
            write_value(out, decl, config);
            out << "\n";
        }
    }
    for (const Shock& s : config.model.shocks) {
        out << "\n[[shock]]\nid = " << toml_literal(s.id, ValueType::Text) << "\n";
        const auto& info = *std::find_if(kShockTypes.begin(), kShockTypes.end(), [&](const auto& t) { return t.type == s.type; });
        out << "type = \"" << info.key << "\"\nstart = \"" << s.start.to_string() << "\"\n";
        if (s.end) out << "end = \"" << s.end->to_string() << "\"\n";
        out << "ramp_in = " << s.ramp_in << "\nramp_out = " << s.ramp_out << "\nvalue = " << number_text(s.value, 17) << "\n";
        if (!s.kinds.empty()) out << "kinds = " << string_array(s.kinds, [](AuthorityKind k) { return kAuthorityKindLabels[static_cast<std::size_t>(k)].key; }) << "\n";
        if (s.domain) out << "domain = \"" << kDomainLabels[static_cast<std::size_t>(*s.domain)].key << "\"\n";
        if (!s.countries.empty()) out << "countries = " << string_array(s.countries, [](const std::string& c) { return c; }) << "\n";
        if (!s.authorities.empty()) out << "authorities = " << string_array(s.authorities, [](const std::string& c) { return c; }) << "\n";
        if (s.type == ShockType::Election) out << "scope = \"" << kElectionScopeLabels[static_cast<std::size_t>(s.scope)].key << "\"\n";
    }
    return out.str();
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace paradiplo
