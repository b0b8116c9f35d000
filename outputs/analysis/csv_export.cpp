#include "outputs/analysis/csv_export.hpp"

#include "engine/core/errors.hpp"
#include "outputs/file_commit.hpp"
#include "outputs/output_variables.hpp"

#include <charconv>
#include <filesystem>

namespace paradiplo {
namespace {

/// Shortest text that reads back as the same double, with a dot whatever the locale.
std::string number(double value) {
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

std::string field(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

/// A CSV file under construction: complete under its name only once `commit` is called.
class CsvFile {
  public:
    CsvFile(const std::filesystem::path& path, const std::string& header) : out_(path.string()) {
        row_text(header);
    }
    void row(const std::string& text) {
        row_text(text);
        ++rows_;
    }
    void commit() { out_.commit(); }
    [[nodiscard]] std::size_t rows() const { return rows_; }
    [[nodiscard]] const std::string& path() const { return out_.path(); }

  private:
    void row_text(const std::string& text) {
        out_.write(text);
        out_.write("\n");
    }
    PartialFile out_;
    std::size_t rows_ = 0;
};

struct ExportedTrajectory {
    std::string name, units;
    bool by_domain;
};

/// What authorities.csv is made of, all read and checked before anything is written: who the
/// authorities are, the domains, and the variables over (time, authority[, domain]).
struct AuthorityExport {
    std::vector<std::string> ids, names, domains;
    std::vector<ExportedTrajectory> trajectories;
};

AuthorityExport authority_export(const OutputFile& file) {
    const auto& reader = file.reader();
    file.require_dimensions("authority_id", {"authority"});
    file.require_dimensions("authority_name", {"authority"});
    AuthorityExport out{reader.read_strings("authority_id"),
                        reader.read_strings("authority_name"),
                        reader.read_strings("domain"),
                        {}};
    for (const auto& name : reader.variables()) {
        const auto dims = reader.dimensions(name);
        if (name.rfind("authority_", 0) != 0 || dims.empty() || dims.front() != "time") continue;
        const bool by_domain = dims.size() == 3;
        file.require_dimensions(name, by_domain
                                          ? std::vector<std::string>{"time", "authority", "domain"}
                                          : std::vector<std::string>{"time", "authority"});
        out.trajectories.push_back(
            {name, field(reader.text_attribute("units", name).value_or("")), by_domain});
    }
    return out;
}

} // namespace

ExportSummary export_csv(const OutputFile& file, const std::string& folder, bool authorities) {
    const auto& reader = file.reader();
    if (authorities && !reader.has_variable("authority_apd"))
        throw InputError(file.path() + ": no per-authority trajectories to export (written at "
                                       "output level authorities or full)");
    const AuthorityExport who = authorities ? authority_export(file) : AuthorityExport{};
    std::filesystem::create_directories(folder);
    ExportSummary summary;
    const bool sweep = file.is_sweep();
    CsvFile aggregates(std::filesystem::path(folder) / "aggregates.csv",
                       sweep ? "month,run,entity,variable,value,units"
                             : "month,entity,variable,value,units");
    const std::size_t months = file.months().size();
    for (const auto& variable : aggregate_variables()) {
        const std::string name(variable.name);
        if (!file.has(name)) continue;
        std::vector<std::string> entities{"national"};
        if (variable.axis != SeriesAxis::None)
            entities = reader.read_strings(dimension_of(variable.axis));
        const std::string units = field(std::string(variable.units));
        const auto runs = file.by_run(name);
        for (std::size_t r = 0; r < runs.size(); ++r)
            for (std::size_t t = 0; t < months; ++t)
                for (std::size_t e = 0; e < entities.size(); ++e)
                    aggregates.row(file.months()[t].to_string() + "," +
                                   (sweep ? std::to_string(r) + "," : "") + field(entities[e]) +
                                   "," + name + "," + number(runs[r][t * entities.size() + e]) +
                                   "," + units);
    }
    aggregates.commit();
    summary.files.push_back(aggregates.path());
    summary.rows += aggregates.rows();
    if (!authorities) return summary;

    CsvFile per_authority(std::filesystem::path(folder) / "authorities.csv",
                          "month,authority,id,name,variable,value,units");
    for (const auto& [name, units, by_domain] : who.trajectories) {
        for (std::size_t t = 0; t < months; ++t) {
            const auto row = reader.read_row(name, t);
            const std::string month = file.months()[t].to_string() + ",";
            for (std::size_t i = 0; i < who.names.size(); ++i) {
                const std::string authority = month + std::to_string(i) + "," + field(who.ids[i]) +
                                              "," + field(who.names[i]) + ",";
                if (!by_domain) {
                    per_authority.row(authority + name + "," + number(row[i]) + "," + units);
                    continue;
                }
                for (std::size_t d = 0; d < who.domains.size(); ++d)
                    per_authority.row(authority + name + "_" + who.domains[d] + "," +
                                      number(row[i * who.domains.size() + d]) + "," + units);
            }
        }
    }
    per_authority.commit();
    summary.files.push_back(per_authority.path());
    summary.rows += per_authority.rows();
    return summary;
}

} // namespace paradiplo
