#include "engine/scenario/scenario_loader.hpp"

#include "engine/core/errors.hpp"
#include "engine/scenario/input_file.hpp"
#include "engine/scenario/parameter_schema.hpp"
#include "engine/scenario/population_table.hpp"
#include "engine/scenario/shock_reader.hpp"
#include "engine/scenario/toml_support.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace paradiplo {
namespace {

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
    for (const auto& decl : parameter_declarations())
        add(std::string(decl.key));
    for (const auto& table : known_tables())
        add(table);
    if (parent.empty()) {
        names.emplace_back("extends");
        names.emplace_back("shock");
    }
    return names;
}

std::string suggestion(const std::string& key) {
    // Keys of earlier versions, and what replaced them.
    if (key == "population.scale")
        return "; it was replaced by population.threshold (docs/geography.md)";
    const std::string name = last_component(key);
    const auto best = closest_name(name, children_of(parent_of(key)),
                                   std::max<std::size_t>(2, name.size() / 3) + 1);
    if (best) return "; did you mean " + *best + "?";
    // Maybe misplaced: the same name elsewhere (never the key itself, which is unknown here).
    for (const auto& decl : parameter_declarations())
        if (last_component(decl.key) == name && decl.key != key)
            return "; did you mean " + std::string(decl.key) + "?";
    return "";
}

/// The first declared parameter inside `table`, as an example of a key --set takes.
std::string first_parameter_under(const std::string& table) {
    for (const auto& decl : parameter_declarations())
        if (decl.key.rfind(table + ".", 0) == 0) return decl.key;
    return table + ".KEY";
}

/// Longest chain of scenarios extending one another (the loader recurses once per file).
constexpr std::size_t kMaxExtendsChain = 32;

class Loader {
  public:
    Loader() : config_(default_scenario()) {}

    /// `named_at` is where an `extends` names the file ("" for the file given by the user).
    void load_file(const std::string& path, std::vector<std::string> chain,
                   const std::string& named_at = "") {
        const InputFile file = read_input_file(path);
        if (!file.text) {
            problems_.push_back(named_at.empty()
                                    ? path + ": cannot read the file (" + file.problem + ")"
                                    : named_at + ": extends: cannot read " + quoted_text(path) +
                                          " (" + file.problem + ")");
            return;
        }
        load_text(*file.text, path, std::move(chain));
    }

    void load_text(std::string_view text, const std::string& name, std::vector<std::string> chain) {
        if (const std::string problem = toml_text_problem(text, name); !problem.empty()) {
            problems_.push_back(problem);
            return;
        }
        toml::table table;
        try {
            table = toml::parse(text, name);
        } catch (const toml::parse_error& error) {
            problems_.push_back(location(name, error.source()) +
                                ": TOML syntax error: " + std::string(error.description()));
            return;
        }
        // A hypothesis fragment has no version; a scenario file states the one it is written for,
        // so that an empty or stray file is not run as the defaults.
        if (!table.contains("schema_version"))
            problems_.push_back(name +
                                ":1:1: schema_version: missing; expected schema_version = 1 at "
                                "the top of a scenario file");
        chain.push_back(name);
        if (const toml::node* extends = table.get("extends")) {
            if (!extends->is_string()) {
                problems_.push_back(location(name, extends->source()) +
                                    ": extends: expected the path of a scenario file, found " +
                                    describe(*extends));
            } else {
                const auto parent =
                    (std::filesystem::path(name).parent_path() / *extends->value<std::string>())
                        .lexically_normal()
                        .string();
                if (std::find(chain.begin(), chain.end(), parent) != chain.end())
                    problems_.push_back(location(name, extends->source()) + ": extends: \"" +
                                        parent +
                                        "\" is already in the chain of extended files (a cycle)");
                else if (chain.size() >= kMaxExtendsChain)
                    problems_.push_back(location(name, extends->source()) +
                                        ": extends: a chain of more than " +
                                        std::to_string(kMaxExtendsChain) +
                                        " files; expected a shorter chain of extended scenarios");
                else
                    load_file(parent, chain, location(name, extends->source()));
            }
        }
        loaded_files_.push_back(name);
        if (const toml::node* drivers = table.get("drivers")) apply_drivers(*drivers, name);
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
            shocks_.override_field(key, node, where);
            return;
        }
        const ParameterDecl* decl = find_parameter(key);
        if (decl == nullptr && known_tables().count(key)) {
            problems_.push_back(where + ": " + key +
                                ": a table; expected the key of one of its "
                                "parameters, e.g. " +
                                first_parameter_under(key) + "=...");
            return;
        }
        if (decl == nullptr) {
            problems_.push_back(where + ": " + key + ": unknown key" + suggestion(key));
            return;
        }
        assign(*decl, node, where);
        if (key == "population.table") resolve_table_path("");
    }

    ScenarioConfig finish(const std::string& source) {
        check_consistency(source);
        read_table();
        if (!problems_.empty()) throw ScenarioError(problems_);
        config_.model.shocks = shocks_.shocks();
        config_.source = source;
        config_.resolved_text = resolved_scenario_text(config_);
        return config_;
    }

  private:
    /// Applies the hypothesis chosen for each driver, in driver order; two fragments setting the
    /// same key or shock are reported with both files.
    void apply_drivers(const toml::node& node, const std::string& file) {
        const toml::table* drivers = node.as_table();
        if (drivers == nullptr) {
            problems_.push_back(location(file, node.source()) +
                                ": drivers: expected a table of driver = \"hypothesis\", found " +
                                describe(node));
            return;
        }
        std::map<std::string, std::string> set_by; // key or shock id -> fragment that set it
        for (const auto& [driver_key, choice] : *drivers) {
            const std::string driver(driver_key.str());
            const std::string where = location(file, driver_key.source());
            if (!choice.is_string()) {
                problems_.push_back(where + ": drivers." + driver +
                                    ": expected the name of a hypothesis, found " +
                                    describe(choice));
                continue;
            }
            const std::string hypothesis = *choice.value<std::string>();
            // Both names become a folder and a file under hypotheses/: nothing may lead out.
            if (!is_safe_name(driver)) {
                problems_.push_back(where + ": drivers." + quoted_text(driver) + ": expected " +
                                    "a driver " + std::string(kSafeNameForm).substr(2) +
                                    ", found " + quoted_text(driver));
                continue;
            }
            if (!is_safe_name(hypothesis)) {
                problems_.push_back(location(file, choice.source()) + ": drivers." + driver +
                                    ": expected a hypothesis " +
                                    std::string(kSafeNameForm).substr(2) + ", found " +
                                    quoted_text(hypothesis));
                continue;
            }
            if (const auto previous = config_.hypotheses.find(driver);
                previous != config_.hypotheses.end()) {
                problems_.push_back(where + ": drivers." + driver + ": already chosen (\"" +
                                    previous->second +
                                    "\") by an extended scenario; extend one "
                                    "that leaves this driver open");
                continue;
            }
            const auto path = find_hypothesis(driver, hypothesis, where);
            if (!path) continue;
            config_.hypotheses[driver] = hypothesis;
            apply_fragment(*path, driver, hypothesis, set_by);
        }
    }

    std::optional<std::string> find_hypothesis(const std::string& driver,
                                               const std::string& hypothesis,
                                               const std::string& where) {
        std::vector<std::string> drivers_seen, hypotheses_seen;
        for (auto file = loaded_files_.rbegin(); file != loaded_files_.rend(); ++file) {
            const auto folder = std::filesystem::path(*file).parent_path() / "hypotheses";
            const auto candidate = folder / driver / (hypothesis + ".toml");
            if (std::filesystem::exists(candidate)) return candidate.lexically_normal().string();
            if (std::filesystem::is_directory(folder / driver))
                for (const auto& entry : std::filesystem::directory_iterator(folder / driver))
                    hypotheses_seen.push_back(entry.path().stem().string());
            else if (std::filesystem::is_directory(folder))
                for (const auto& entry : std::filesystem::directory_iterator(folder))
                    drivers_seen.push_back(entry.path().filename().string());
        }
        const auto one_of = [](std::vector<std::string> names) {
            std::sort(names.begin(), names.end());
            names.erase(std::unique(names.begin(), names.end()), names.end());
            std::string text;
            for (const auto& n : names)
                text += (text.empty() ? "\"" : ", \"") + n + "\"";
            return text.empty() ? std::string("none found") : "one of " + text;
        };
        if (!hypotheses_seen.empty())
            problems_.push_back(where + ": drivers." + driver + ": unknown hypothesis \"" +
                                hypothesis + "\"; expected " + one_of(hypotheses_seen));
        else
            problems_.push_back(where + ": drivers." + driver + ": unknown driver; expected " +
                                one_of(drivers_seen) + " (folders of hypotheses/)");
        return std::nullopt;
    }

    void apply_fragment(const std::string& path, const std::string& driver,
                        const std::string& hypothesis, std::map<std::string, std::string>& set_by) {
        const InputFile file = read_input_file(path);
        if (!file.text) {
            problems_.push_back(path + ": cannot read the file (" + file.problem + ")");
            return;
        }
        if (const std::string problem = toml_text_problem(*file.text, path); !problem.empty()) {
            problems_.push_back(problem);
            return;
        }
        toml::table fragment;
        try {
            fragment = toml::parse(*file.text, path);
        } catch (const toml::parse_error& error) {
            problems_.push_back(location(path, error.source()) +
                                ": TOML syntax error: " + std::string(error.description()));
            return;
        }
        const auto declared = fragment["hypothesis"]["driver"].value<std::string>();
        if (declared != driver || fragment["hypothesis"]["name"].value<std::string>() != hypothesis)
            problems_.push_back(path + ": hypothesis: expected driver = \"" + driver +
                                "\" and name = \"" + hypothesis + "\" (its folder and file name)");
        for (const char* field : {"title", "rationale", "rationale_fr"})
            if (!fragment["hypothesis"][field].value<std::string>())
                problems_.push_back(path + ": hypothesis." + field + ": missing; expected a text");
        if (const auto* sources = fragment["hypothesis"]["sources"].as_array();
            !sources || sources->empty())
            problems_.push_back(path +
                                ": hypothesis.sources: missing; expected an array of sources");
        for (const char* key : {"extends", "drivers", "seed", "meta", "time", "output"})
            if (fragment.contains(key))
                problems_.push_back(
                    location(path, fragment.get(key)->source()) + ": " + key +
                    ": a hypothesis holds only model parameters, population settings "
                    "and shocks");
        std::vector<std::pair<std::string, std::string>> keys;
        collect_keys(fragment, "", path, keys);
        for (const auto& [key, where] : keys) {
            const auto [it, inserted] = set_by.emplace(key, where);
            if (!inserted)
                problems_.push_back(where + ": " + key + ": set by two hypotheses: here and at " +
                                    it->second);
        }
        in_fragment_ = true;
        apply_table(fragment, "", path);
        in_fragment_ = false;
    }

    /// Every parameter key and shock id a fragment sets, with its location.
    static void collect_keys(const toml::table& table, const std::string& prefix,
                             const std::string& file,
                             std::vector<std::pair<std::string, std::string>>& keys) {
        for (const auto& [key_node, node] : table) {
            const std::string key = prefix.empty() ? std::string(key_node.str())
                                                   : prefix + "." + std::string(key_node.str());
            if (key == "hypothesis") continue;
            if (key == "shock" && node.is_array()) {
                for (const auto& element : *node.as_array())
                    if (const auto id = element.as_table()
                                            ? (*element.as_table())["id"].value<std::string>()
                                            : std::nullopt)
                        keys.emplace_back("shock." + *id, location(file, element.source()));
            } else if (const toml::table* sub = node.as_table()) {
                collect_keys(*sub, key, file, keys);
            } else {
                keys.emplace_back(key, location(file, key_node.source()));
            }
        }
    }

    void apply_table(const toml::table& table, const std::string& prefix, const std::string& file) {
        for (const auto& [key_node, node] : table) {
            const std::string key = prefix.empty() ? std::string(key_node.str())
                                                   : prefix + "." + std::string(key_node.str());
            const std::string where = location(file, key_node.source());
            if (key == "extends" || key == "drivers") continue;
            if (key == "hypothesis" && in_fragment_) continue;
            if (key == "shock") {
                shocks_.read(node, file, where);
                continue;
            }
            if (const ParameterDecl* decl = find_parameter(key)) {
                assign(*decl, node, where);
                if (key == "population.table") resolve_table_path(file);
            } else if (known_tables().count(key)) {
                if (const toml::table* sub = node.as_table())
                    apply_table(*sub, key, file);
                else
                    problems_.push_back(where + ": " + key + ": expected a table, found " +
                                        describe(node));
            } else {
                problems_.push_back(where + ": " + key + ": unknown key" + suggestion(key));
            }
        }
    }

    /// Reads population.table; a given population.table_sha256 must be the file's.
    void read_table() {
        auto& population = config_.model.population;
        if (population.table.empty()) {
            if (!population.table_sha256.empty())
                problems_.push_back(set_at_["population.table_sha256"] +
                                    ": population.table_sha256: expected \"\" without a "
                                    "population.table, found " +
                                    quoted_text(population.table_sha256));
            return;
        }
        PopulationTable table =
            read_population_table(population.table, set_at_["population.table"], problems_);
        if (!population.table_sha256.empty() && !table.sha256.empty() &&
            population.table_sha256 != table.sha256)
            problems_.push_back(set_at_["population.table_sha256"] +
                                ": population.table_sha256: expected the SHA-256 of " +
                                quoted_text(population.table) + " (" + table.sha256 +
                                ": the table changed since), found " +
                                quoted_text(population.table_sha256));
        population.overrides = std::move(table.rows);
        population.table_sha256 = std::move(table.sha256);
    }

    /// A table named in a scenario file is found beside it, as `extends` is; one given with
    /// --set, from the current folder. The path is kept absolute, so that the resolved text
    /// names the same file wherever it is read again.
    void resolve_table_path(const std::string& file) {
        std::string& table = config_.model.population.table;
        if (table.empty()) return;
        std::error_code error;
        const auto path =
            std::filesystem::absolute(std::filesystem::path(file).parent_path() / table, error);
        if (!error) table = path.lexically_normal().string();
    }

    void assign(const ParameterDecl& decl, const toml::node& node, const std::string& where) {
        const auto fail = [&] {
            problems_.push_back(where + ": " + decl.key + ": expected " + expectation(decl) +
                                ", found " + describe(node));
        };
        const auto in_range = [&](double v) { return v >= decl.range.min && v <= decl.range.max; };
        const auto set = [&](const auto& value) {
            visit_field(decl, config_, [&](auto& field) {
                using Field = std::remove_reference_t<decltype(field)>;
                using Value = std::remove_cvref_t<decltype(value)>;
                if constexpr (std::is_integral_v<Field> && std::is_integral_v<Value>)
                    field = static_cast<Field>(value);
                else if constexpr (std::is_same_v<Field, Value>)
                    field = value;
            });
            set_at_[decl.key] = where;
        };
        switch (decl.type) {
        case ValueType::Real: {
            if (!node.is_number()) return fail();
            const double v = *node.value<double>();
            if (!std::isfinite(v) || !in_range(v)) return fail();
            return set(v);
        }
        case ValueType::Integer: {
            if (!node.is_integer()) return fail();
            const auto v = *node.value<std::int64_t>();
            if (!in_range(static_cast<double>(v))) return fail();
            return set(v);
        }
        case ValueType::Text:
            if (!node.is_string()) return fail();
            return set(*node.value<std::string>());
        case ValueType::Month: {
            const auto month =
                node.is_string() ? parse_year_month(*node.value<std::string>()) : std::nullopt;
            if (!month) return fail();
            return set(*month);
        }
        case ValueType::Choice: {
            if (!node.is_string()) return fail();
            const std::string v = *node.value<std::string>();
            if (std::find(decl.choices.begin(), decl.choices.end(), v) == decl.choices.end())
                return fail();
            return set(v);
        }
        }
    }

    /// The rules between parameters, each reported where the user set the first of its keys that
    /// was set (the scenario's name when none was), with the value of every key.
    void check_consistency(const std::string& source) {
        for (const auto& check : parameter_checks()) {
            if (check.holds(config_)) continue;
            const std::string* where = nullptr;
            std::string found;
            for (const auto& key : check.keys) {
                const auto set_at = set_at_.find(key);
                if (set_at != set_at_.end() && where == nullptr) where = &set_at->second;
                // One key: its value, as any error gives; several: each named.
                found += check.keys.size() == 1
                             ? value_text(key)
                             : (found.empty() ? "" : ", ") + key + " = " + value_text(key);
            }
            problems_.push_back((where ? *where : source) + ": " + check.keys.front() +
                                ": expected " + check.expected + ", found " + found);
        }
        shocks_.check(config_.time.start, config_.time.end);
    }

    /// The value of a declared parameter as the user would write it.
    std::string value_text(const std::string& key) {
        std::string text;
        visit_field(*find_parameter(key), config_, [&](const auto& field) {
            using T = std::remove_cvref_t<decltype(field)>;
            if constexpr (std::is_same_v<T, YearMonth>)
                text = field.to_string();
            else if constexpr (std::is_same_v<T, double>)
                text = number_text(field, 10);
            else if constexpr (std::is_integral_v<T>)
                text = std::to_string(field);
            else
                text = quoted_text(field);
        });
        return text;
    }

    ScenarioConfig config_;
    std::map<std::string, std::string> set_at_; ///< parameter key -> where it was last set
    std::vector<std::string> loaded_files_;     ///< files read so far, parents before children
    bool in_fragment_ = false;
    std::vector<std::string> problems_;
    ShockReader shocks_{problems_};
};

} // namespace

ScenarioConfig load_scenario_file(const std::string& path,
                                  const std::vector<std::string>& overrides) {
    Loader loader;
    loader.load_file(path, {});
    for (const auto& o : overrides)
        loader.apply_override(o);
    return loader.finish(path);
}

std::string text_override(const std::string& key, std::string_view text) {
    return key + "=" + quoted_text(text);
}

ScenarioConfig load_scenario_text(std::string_view text, const std::string& source_name,
                                  const std::vector<std::string>& overrides) {
    Loader loader;
    loader.load_text(text, source_name, {});
    for (const auto& o : overrides)
        loader.apply_override(o);
    return loader.finish(source_name);
}

} // namespace paradiplo
