#include "engine/sweep/sweep_loader.hpp"

#include "engine/core/errors.hpp"
#include "engine/core/sha256.hpp"
#include "engine/scenario/input_file.hpp"
#include "engine/scenario/parameter_schema.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "engine/scenario/toml_support.hpp"
#include "engine/sweep/samplers.hpp"
#include "engine/sweep/sweep_plan.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

namespace paradiplo {
namespace {

namespace fs = std::filesystem;

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

struct NumericKey {
    bool integer = false;
    double min = -kUnbounded, max = kUnbounded;
};

std::string suggestion(const std::string& key) {
    std::vector<std::string> keys;
    for (const auto& decl : parameter_declarations())
        keys.emplace_back(decl.key);
    const auto best = closest_name(key, keys, std::max<std::size_t>(2, key.size() / 4) + 1);
    return best ? "; did you mean " + *best + "?" : "";
}

/// The numeric parameter a sweep may vary under `key`, or the reason it may not.
std::optional<NumericKey> numeric_key(const std::string& key, std::string& why) {
    if (key.rfind("shock.", 0) == 0) {
        const std::string field = last_component(key);
        if (parent_of(key).find('.') == std::string::npos) {
            why = "expected shock.ID.field";
            return std::nullopt;
        }
        if (field == "value") return NumericKey{};
        if (field == "ramp_in" || field == "ramp_out") return NumericKey{true, 0, 120};
        why = "only value, ramp_in and ramp_out of a shock can be varied";
        return std::nullopt;
    }
    const ParameterDecl* decl = find_parameter(key);
    if (decl == nullptr) {
        why = "unknown parameter" + suggestion(key);
        return std::nullopt;
    }
    if (key == "schema_version" || key == "seed" || key.rfind("output.", 0) == 0) {
        why = "cannot be varied in a sweep (run seeds derive from the sweep's seed; the output is "
              "the sweep's)";
        return std::nullopt;
    }
    if (decl->type != ValueType::Real && decl->type != ValueType::Integer) {
        why = "only numeric parameters can be varied; put other choices on the scenario axis";
        return std::nullopt;
    }
    return NumericKey{decl->type == ValueType::Integer, decl->range.min, decl->range.max};
}

std::string range_text(const NumericKey& k) {
    std::string text = k.integer ? "an integer" : "a number";
    if (std::isfinite(k.min))
        text += " in [" + number_text(k.min, 10) + ", " + number_text(k.max, 10) + "]";
    return text;
}

/// Leaves of a table whose keys may be quoted ("a.b") or nested (a.b): arrays, and tables holding
/// any of `spec_keys` (or empty ones).
void collect_leaves(const toml::table& table, const std::string& prefix,
                    const std::vector<std::string_view>& spec_keys,
                    std::vector<std::pair<std::string, const toml::node*>>& leaves) {
    for (const auto& [name, node] : table) {
        const std::string key =
            prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
        const toml::table* inner = node.as_table();
        bool is_spec = inner == nullptr || inner->empty();
        if (inner != nullptr)
            for (auto spec : spec_keys)
                is_spec = is_spec || inner->contains(spec);
        if (is_spec)
            leaves.emplace_back(key, &node);
        else
            collect_leaves(*inner, key, spec_keys, leaves);
    }
}

class SweepReader {
  public:
    SweepReader(std::string file, fs::path folder, bool open_scenarios)
        : file_(std::move(file)), folder_(std::move(folder)), open_scenarios_(open_scenarios) {}

    SweepConfig read(const toml::table& root) {
        for (const auto& [name, node] : root) {
            const std::string key(name.str());
            if (key != "schema_version" && key != "sweep" && key != "parameters" && key != "sample")
                problem(node, key,
                        "unknown key; expected schema_version, [sweep], [parameters] "
                        "or [sample]");
        }
        if (const auto* version = root.get("schema_version"))
            if (version->value<std::int64_t>() != 1)
                problem(*version, "schema_version", "expected 1, found " + describe(*version));
        if (const auto* sweep = root.get_as<toml::table>("sweep"))
            read_sweep(*sweep);
        else
            problems_.push_back(file_ + ": sweep: missing; expected a [sweep] table");
        if (const auto* node = root.get("parameters")) {
            if (const auto* parameters = node->as_table())
                read_factors(*parameters);
            else
                problem(*node, "parameters", "expected a table, found " + describe(*node));
        }
        if (const auto* node = root.get("sample")) {
            if (const auto* sample = node->as_table())
                read_sample(*sample);
            else
                problem(*node, "sample", "expected a table, found " + describe(*node));
        }
        if (!problems_.empty()) throw ScenarioError(problems_);
        if (open_scenarios_) open_scenarios();
        if (!problems_.empty()) throw ScenarioError(problems_);
        return config_;
    }

  private:
    void problem(const toml::node& node, const std::string& key, const std::string& message) {
        problems_.push_back(location(file_, node.source()) + ": " + key + ": " + message);
    }

    template <class T>
    std::optional<T> get(const toml::table& table, const std::string& prefix, std::string_view name,
                         const std::string& expected) {
        const toml::node* node = table.get(name);
        if (node == nullptr) return std::nullopt;
        if (auto value = node->value_exact<T>()) return value;
        problem(*node, prefix + std::string(name),
                "expected " + expected + ", found " + describe(*node));
        return std::nullopt;
    }

    std::int64_t integer_in(const toml::table& table, const std::string& prefix,
                            std::string_view name, std::int64_t min, std::int64_t max,
                            std::int64_t fallback) {
        const std::string expected =
            "an integer in [" + std::to_string(min) + ", " + std::to_string(max) + "]";
        const auto value = get<std::int64_t>(table, prefix, name, expected);
        if (!value) return fallback;
        if (*value < min || *value > max) {
            problem(*table.get(name), prefix + std::string(name),
                    "expected " + expected + ", found " + std::to_string(*value));
            return fallback;
        }
        return *value;
    }

    void read_sweep(const toml::table& sweep) {
        static const std::vector<std::string_view> known{
            "name", "title",         "base",   "scenarios",        "replicates",
            "seed", "per_authority", "period", "population_table", "population_table_sha256"};
        for (const auto& [name, node] : sweep)
            if (std::find(known.begin(), known.end(), name.str()) == known.end())
                problem(node, "sweep." + std::string(name.str()),
                        "unknown key; expected one of name, title, base, scenarios, replicates, "
                        "seed, per_authority, period, population_table");
        read_name(sweep);
        config_.title = get<std::string>(sweep, "sweep.", "title", "a text").value_or("");
        config_.replicates =
            static_cast<int>(integer_in(sweep, "sweep.", "replicates", 1, 100000, 1));
        if (sweep.contains("seed"))
            config_.seed = static_cast<std::uint64_t>(integer_in(
                sweep, "sweep.", "seed", 0, std::numeric_limits<std::int64_t>::max(), 0));
        seed_given_ = sweep.contains("seed");
        config_.per_authority =
            get<bool>(sweep, "sweep.", "per_authority", "true or false").value_or(false);
        // Found beside the sweep file, as its scenarios are; kept absolute for shards and resumes.
        if (const auto table =
                get<std::string>(sweep, "sweep.", "population_table", "the path of a CSV file")) {
            const fs::path path(*table);
            config_.population_table =
                (path.is_absolute() ? path : folder_ / path).lexically_normal().string();
        }
        // A resolved sweep carries the checksum the table had; a sweep file gets it by reading
        // the table (its faults are reported when the scenarios are loaded with it).
        config_.population_table_sha256 =
            get<std::string>(sweep, "sweep.", "population_table_sha256", "a checksum").value_or("");
        if (open_scenarios_ && !config_.population_table.empty())
            if (const InputFile table = read_input_file(config_.population_table); table.text)
                config_.population_table_sha256 = sha256_hex(*table.text);

        read_period(sweep);
        const toml::node* base = sweep.get("base");
        const toml::node* scenarios = sweep.get("scenarios");
        if ((base == nullptr) == (scenarios == nullptr)) {
            problems_.push_back(file_ + ": sweep: expected either base = \"SCENARIO.toml\" or "
                                        "scenarios = [\"A.toml\", \"B.toml\", ...]");
            return;
        }
        if (base != nullptr) {
            add_scenario(*base, "sweep.base");
            return;
        }
        const toml::array* list = scenarios->as_array();
        if (list == nullptr || list->empty()) {
            problem(*scenarios, "sweep.scenarios",
                    "expected a non-empty array of scenario files, found " + describe(*scenarios));
            return;
        }
        for (const auto& entry : *list)
            add_scenario(entry, "sweep.scenarios");
    }

    /// The sweep's name, else its file's: a file name, a folder name and a word of the Slurm
    /// scripts, so only of the safe form.
    void read_name(const toml::table& sweep) {
        const std::string expected = std::string(kSafeNameForm);
        const auto name = get<std::string>(sweep, "sweep.", "name", expected);
        if (name && !is_safe_name(*name))
            problem(*sweep.get("name"), "sweep.name",
                    "expected " + expected + ", found " + quoted_text(*name));
        config_.name = name.value_or(fs::path(file_).stem().string());
        if (!sweep.contains("name") && !is_safe_name(config_.name))
            problems_.push_back(file_ + ": sweep.name: missing, and the file's name " +
                                quoted_text(config_.name) + " is not " + expected +
                                "; give name = \"...\"");
    }

    /// period = ["YYYY-MM", "YYYY-MM"]: optional in sweep files (then checked against the
    /// scenarios), always present in resolved ones.
    void read_period(const toml::table& sweep) {
        const toml::node* node = sweep.get("period");
        if (node == nullptr) {
            if (!open_scenarios_) problems_.push_back(file_ + ": sweep.period: missing");
            return;
        }
        const toml::array* pair = node->as_array();
        std::optional<YearMonth> start, end;
        if (pair != nullptr && pair->size() == 2) {
            start = parse_year_month((*pair)[0].value_or(std::string_view{}));
            end = parse_year_month((*pair)[1].value_or(std::string_view{}));
        }
        if (!start || !end || *end < *start) {
            problem(*node, "sweep.period",
                    "expected [\"YYYY-MM\", \"YYYY-MM\"] (start, end), found " + describe(*node));
            return;
        }
        config_.start = *start;
        config_.end = *end;
        period_given_ = true;
    }

    /// A scenario file name, or { file = "...", name = "..." } (the name labels the axis).
    void add_scenario(const toml::node& node, const std::string& key) {
        SweepScenario scenario;
        if (auto file = node.value_exact<std::string>()) {
            scenario.file = *file;
        } else if (const auto* table = node.as_table();
                   table != nullptr && table->get_as<std::string>("file") != nullptr) {
            scenario.file = table->get_as<std::string>("file")->get();
            if (const auto* name = table->get_as<std::string>("name")) {
                scenario.name = name->get();
                if (!is_safe_name(scenario.name))
                    problem(*name, key + ".name",
                            "expected " + std::string(kSafeNameForm) + ", found " +
                                quoted_text(scenario.name));
            }
        } else {
            problem(node, key, "expected a scenario file name, found " + describe(node));
            return;
        }
        const fs::path path(scenario.file);
        scenario.file = fs::weakly_canonical(path.is_absolute() ? path : folder_ / path).string();
        if (open_scenarios_ && !fs::is_regular_file(scenario.file))
            problem(node, key, "no scenario file " + scenario.file);
        config_.scenarios.push_back(std::move(scenario));
    }

    std::optional<NumericKey> checked_key(const std::string& key, const toml::node& node,
                                          const std::string& table) {
        std::string why;
        auto info = numeric_key(key, why);
        if (!info) problem(node, table + "." + key, why);
        for (const auto& seen : keys_seen_)
            if (seen == key) {
                problem(node, table + "." + key, "varied twice (in [parameters] and [sample])");
                return std::nullopt;
            }
        keys_seen_.push_back(key);
        return info;
    }

    bool check_value(double value, const NumericKey& k, const toml::node& node,
                     const std::string& key) {
        if ((k.integer && value != std::floor(value)) || value < k.min || value > k.max) {
            problem(node, key, "expected " + range_text(k) + ", found " + describe(node));
            return false;
        }
        return true;
    }

    void read_factors(const toml::table& parameters) {
        std::vector<std::pair<std::string, const toml::node*>> leaves;
        collect_leaves(parameters, "", {"from", "to", "steps"}, leaves);
        for (const auto& [key, node] : leaves) {
            const std::string where = "parameters." + key;
            const auto info = checked_key(key, *node, "parameters");
            if (!info) continue;
            FactorParameter factor{key, {}, info->integer};
            if (const auto* list = node->as_array()) {
                for (const auto& element : *list) {
                    const auto value = element.value<double>();
                    if (!value || !element.is_number())
                        problem(element, where,
                                "expected " + range_text(*info) + ", found " + describe(element));
                    else if (check_value(*value, *info, element, where))
                        factor.values.push_back(*value);
                }
                if (list->empty()) problem(*node, where, "expected at least one value");
            } else if (const auto* grid = node->as_table()) {
                read_grid(*grid, *node, where, *info, factor);
            } else {
                problem(*node, where,
                        "expected a list [a, b, ...] or a grid { from = a, to = b, steps = n }, "
                        "found " +
                            describe(*node));
            }
            if (!factor.values.empty()) config_.factors.push_back(std::move(factor));
        }
    }

    void read_grid(const toml::table& grid, const toml::node& node, const std::string& where,
                   const NumericKey& info, FactorParameter& factor) {
        for (const auto& [name, value] : grid)
            if (name != "from" && name != "to" && name != "steps")
                problem(value, where + "." + std::string(name.str()),
                        "unknown key; a grid has from, to and steps");
        const auto* from = grid.get("from");
        const auto* to = grid.get("to");
        if (from == nullptr || to == nullptr || !from->is_number() || !to->is_number()) {
            problem(node, where, "expected { from = a, to = b, steps = n } with numbers a and b");
            return;
        }
        const int steps = static_cast<int>(integer_in(grid, where + ".", "steps", 2, 10000, 0));
        if (steps == 0) {
            if (!grid.contains("steps")) problem(node, where, "steps: missing; expected n >= 2");
            return;
        }
        if (!check_value(*from->value<double>(), info, *from, where + ".from") ||
            !check_value(*to->value<double>(), info, *to, where + ".to"))
            return;
        const double a = *from->value<double>(), b = *to->value<double>();
        for (int i = 0; i < steps; ++i) {
            const double value = a + (b - a) * i / (steps - 1);
            factor.values.push_back(info.integer ? std::round(value) : value);
        }
    }

    void read_sample(const toml::table& sample) {
        for (const auto& [name, node] : sample)
            if (name != "method" && name != "points" && name != "seed" && name != "parameters")
                problem(node, "sample." + std::string(name.str()),
                        "unknown key; expected method, points, seed or parameters");
        const auto method =
            get<std::string>(sample, "sample.", "method", "\"latin-hypercube\" or \"sobol\"");
        if (method == "latin-hypercube")
            config_.sampler = SamplerKind::LatinHypercube;
        else if (method == "sobol")
            config_.sampler = SamplerKind::Sobol;
        else if (method)
            problem(*sample.get("method"), "sample.method",
                    "expected \"latin-hypercube\" or \"sobol\", found \"" + *method + "\"");
        else if (!sample.contains("method"))
            problems_.push_back(file_ + ": sample.method: missing; expected \"latin-hypercube\" "
                                        "or \"sobol\"");
        config_.sample_points =
            static_cast<int>(integer_in(sample, "sample.", "points", 1, 1000000, 0));
        if (!sample.contains("points"))
            problems_.push_back(file_ + ": sample.points: missing; expected an integer >= 1");
        sample_seed_given_ = sample.contains("seed");
        config_.sample_seed = static_cast<std::uint64_t>(
            integer_in(sample, "sample.", "seed", 0, std::numeric_limits<std::int64_t>::max(), 0));

        const auto* parameters = sample.get_as<toml::table>("parameters");
        if (parameters == nullptr || parameters->empty()) {
            problems_.push_back(file_ +
                                ": sample.parameters: missing; expected a table of "
                                "key = { min = a, max = b } (or {} for the declared range)");
            return;
        }
        std::vector<std::pair<std::string, const toml::node*>> leaves;
        collect_leaves(*parameters, "", {"min", "max"}, leaves);
        for (const auto& [key, node] : leaves)
            read_sampled(key, *node);
        if (config_.sampler == SamplerKind::Sobol &&
            static_cast<int>(config_.sampled.size()) > kSobolMaxDimensions)
            problems_.push_back(file_ + ": sample.parameters: the Sobol sampler takes at most " +
                                std::to_string(kSobolMaxDimensions) + " parameters, found " +
                                std::to_string(config_.sampled.size()));
    }

    void read_sampled(const std::string& key, const toml::node& node) {
        const std::string where = "sample.parameters." + key;
        const auto info = checked_key(key, node, "sample.parameters");
        if (!info) return;
        const auto* range = node.as_table();
        if (range == nullptr) {
            problem(node, where, "expected { min = a, max = b } or {}, found " + describe(node));
            return;
        }
        SampledParameter sampled{key, info->min, info->max, info->integer};
        for (const auto& [name, value] : *range) {
            if (name != "min" && name != "max") {
                problem(value, where + "." + std::string(name.str()),
                        "unknown key; expected min or max");
                continue;
            }
            const auto number = value.value<double>();
            if (!number || !value.is_number() ||
                !check_value(*number, *info, value, where + "." + std::string(name.str())))
                continue;
            (name == "min" ? sampled.min : sampled.max) = *number;
        }
        if (!std::isfinite(sampled.min) || !std::isfinite(sampled.max)) {
            problem(node, where, "no declared range: give { min = a, max = b }");
            return;
        }
        if (sampled.min >= sampled.max) {
            problem(node, where, "expected min < max");
            return;
        }
        config_.sampled.push_back(std::move(sampled));
    }

    void open_scenarios() {
        std::string first_period;
        for (auto& scenario : config_.scenarios) {
            try {
                const ScenarioConfig loaded =
                    load_scenario_file(scenario.file, table_overrides(config_));
                if (scenario.name.empty()) scenario.name = loaded.meta.name;
                const std::string period =
                    loaded.time.start.to_string() + " to " + loaded.time.end.to_string();
                if (first_period.empty()) {
                    first_period = period;
                    if (period_given_ &&
                        (loaded.time.start != config_.start || loaded.time.end != config_.end))
                        problems_.push_back(file_ + ": sweep.period: expected " + period +
                                            " (the scenarios' period), found " +
                                            config_.start.to_string() + " to " +
                                            config_.end.to_string());
                    config_.start = loaded.time.start;
                    config_.end = loaded.time.end;
                }
                if (period != first_period)
                    problems_.push_back(file_ + ": sweep.scenarios: " + scenario.file + " covers " +
                                        period + ", expected " + first_period +
                                        " like the first scenario (one time axis per sweep)");
                if (!seed_given_ && &scenario == &config_.scenarios.front())
                    config_.seed = static_cast<std::uint64_t>(loaded.seed);
            } catch (const ScenarioError& error) {
                problems_.insert(problems_.end(), error.problems().begin(), error.problems().end());
            }
        }
        if (!sample_seed_given_) config_.sample_seed = config_.seed;
        if (!problems_.empty()) return;
        config_.source = file_; // the plan names the file in its refusals
        const SweepPlan plan(config_);
        const auto point_problems = plan.validate_points();
        problems_.insert(problems_.end(), point_problems.begin(), point_problems.end());
    }

    std::string file_;
    fs::path folder_;
    bool open_scenarios_;
    bool seed_given_ = false, sample_seed_given_ = false, period_given_ = false;
    std::vector<std::string> keys_seen_;
    SweepConfig config_;
    std::vector<std::string> problems_;
};

toml::table parse(std::string_view text, const std::string& name) {
    if (const std::string problem = toml_text_problem(text, name); !problem.empty())
        throw ScenarioError({problem});
    try {
        return toml::parse(text, name);
    } catch (const toml::parse_error& error) {
        throw ScenarioError(
            {location(name, error.source()) + ": " + std::string(error.description())});
    }
}

std::string read_text(const std::string& path) {
    InputFile file = read_input_file(path);
    if (!file.text) throw ScenarioError({path + ": cannot read the file (" + file.problem + ")"});
    return std::move(*file.text);
}

std::string literal(double value) {
    return number_text(value, 17).find_first_of(".en") == std::string::npos
               ? number_text(value, 17) + ".0"
               : number_text(value, 17);
}

} // namespace

SweepConfig load_sweep_file(const std::string& path) {
    const std::string text = read_text(path);
    const toml::table root = parse(text, path);
    SweepConfig config = SweepReader(path, fs::absolute(path).parent_path(), true).read(root);
    config.source = path;
    return config;
}

SweepConfig read_resolved_sweep(std::string_view text, const std::string& source_name) {
    const toml::table root = parse(text, source_name);
    SweepConfig config = SweepReader(source_name, fs::path("/"), false).read(root);
    config.source = source_name;
    return config;
}

std::vector<std::string> table_overrides(const SweepConfig& config) {
    if (config.population_table.empty()) return {};
    // Every run checks that the table is still the one the sweep was loaded with.
    return {text_override("population.table", config.population_table),
            text_override("population.table_sha256", config.population_table_sha256)};
}

bool is_sweep_file(const std::string& path) {
    const InputFile file = read_input_file(path);
    if (!file.text) return false; // read again as a scenario, which reports why
    if (!toml_text_problem(*file.text, path).empty()) return false; // the same
    try {
        return toml::parse(*file.text, path).contains("sweep");
    } catch (const toml::parse_error&) {
        return false;
    }
}

std::string resolved_sweep_text(const SweepConfig& config) {
    std::ostringstream out;
    out << "schema_version = 1\n\n[sweep]\nname = " << quoted_text(config.name)
        << "\ntitle = " << quoted_text(config.title) << "\nscenarios = [";
    for (std::size_t s = 0; s < config.scenarios.size(); ++s)
        out << (s ? ", " : "") << "{ file = " << quoted_text(config.scenarios[s].file)
            << ", name = " << quoted_text(config.scenarios[s].name) << " }";
    out << "]\nperiod = [\"" << config.start.to_string() << "\", \"" << config.end.to_string()
        << "\"]\nreplicates = " << config.replicates << "\nseed = " << config.seed
        << "\nper_authority = " << (config.per_authority ? "true" : "false") << "\n";
    if (!config.population_table.empty())
        out << "population_table = " << quoted_text(config.population_table)
            << "\npopulation_table_sha256 = " << quoted_text(config.population_table_sha256)
            << "\n";
    if (!config.factors.empty()) {
        out << "\n[parameters]\n";
        for (const auto& factor : config.factors) {
            out << quoted_text(factor.key) << " = [";
            for (std::size_t i = 0; i < factor.values.size(); ++i)
                out << (i ? ", " : "") << literal(factor.values[i]);
            out << "]\n";
        }
    }
    if (config.sampler != SamplerKind::None) {
        out << "\n[sample]\nmethod = "
            << (config.sampler == SamplerKind::Sobol ? "\"sobol\"" : "\"latin-hypercube\"")
            << "\npoints = " << config.sample_points << "\nseed = " << config.sample_seed
            << "\n\n[sample.parameters]\n";
        for (const auto& p : config.sampled)
            out << quoted_text(p.key) << " = { min = " << literal(p.min)
                << ", max = " << literal(p.max) << " }\n";
    }
    return out.str();
}

} // namespace paradiplo
