#include "engine/scenario/population_table.hpp"

#include "engine/core/csv_reader.hpp"
#include "engine/core/errors.hpp"
#include "engine/core/sha256.hpp"
#include "engine/scenario/input_file.hpp"
#include "engine/scenario/names.hpp"
#include "engine/scenario/toml_support.hpp"
#include "models/population/geography.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace paradiplo {
namespace {

constexpr std::array<std::string_view, 6> kColumns{
    "id", "engaged", "international_budget_eur", "staff_fte", "partnerships", "archetype"};

std::optional<double> number_in(const std::string& text, double least, double most) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value < least || value > most)
        return std::nullopt;
    return value;
}

class TableReader {
  public:
    TableReader(std::string path, std::vector<std::string>& problems)
        : path_(std::move(path)), problems_(problems) {}

    void header(const CsvRecord& record) {
        for (const CsvField& field : record) {
            const auto known = std::find(kColumns.begin(), kColumns.end(), field.text);
            if (known == kColumns.end()) {
                const auto best = closest_name(
                    field.text, std::vector<std::string>(kColumns.begin(), kColumns.end()), 4);
                fail(field, "header",
                     "one of the columns of docs/geography.md" +
                         (best ? " (did you mean " + *best + "?)" : ""));
            } else if (std::find(columns_.begin(), columns_.end(), field.text) != columns_.end()) {
                fail(field, "header", "each column once");
            }
            columns_.push_back(field.text);
        }
        if (std::find(columns_.begin(), columns_.end(), "id") == columns_.end())
            problems_.push_back(path_ + ":1:1: header: expected an \"id\" column");
    }

    void row(const CsvRecord& record, PopulationTable& table) {
        if (record.size() != columns_.size()) {
            fail(record.front(), "row",
                 std::to_string(columns_.size()) + " fields, as in the header",
                 std::to_string(record.size()));
            return;
        }
        AuthorityOverride o;
        for (std::size_t c = 0; c < record.size(); ++c) {
            const CsvField& field = record[c];
            if (field.text.empty() && columns_[c] != "id") continue; // keep the drawn value
            cell(columns_[c], field, o);
        }
        // An organisation for international action is one of an engaged authority.
        const bool not_engaged = o.engaged == false || (o.partnerships && *o.partnerships == 0);
        if (not_engaged && o.archetype && *o.archetype != Archetype::None) {
            const auto c = std::find(columns_.begin(), columns_.end(), "archetype");
            fail(record[static_cast<std::size_t>(c - columns_.begin())], "archetype",
                 "none for an authority that is not engaged");
        }
        // Engaged means holding at least one partnership: the two columns must agree.
        if (o.engaged && o.partnerships && (*o.partnerships > 0) != *o.engaged) {
            const auto c = std::find(columns_.begin(), columns_.end(), "partnerships");
            fail(record[static_cast<std::size_t>(c - columns_.begin())], "partnerships",
                 *o.engaged ? "at least 1 for an engaged authority"
                            : "0 for an authority that is not engaged");
        }
        if (!o.id.empty()) table.rows.push_back(std::move(o));
    }

  private:
    void cell(const std::string& column, const CsvField& field, AuthorityOverride& o) {
        const std::string& text = field.text;
        if (column == "id") {
            const OfficialAuthority* a = official_geography().find_id(text);
            if (a == nullptr) {
                const auto named = official_geography().named(text);
                fail(field, column,
                     "the id of a French authority (docs/geography.md)" +
                         (named.size() == 1 ? " (" + quoted_text(text) + " has id " +
                                                  quoted_text(named.front()->id) + ")"
                                            : std::string()));
            } else if (!ids_.insert(text).second) {
                fail(field, column, "each authority once");
            } else {
                o.id = text;
            }
        } else if (column == "engaged") {
            if (text == "1" || text == "true")
                o.engaged = true;
            else if (text == "0" || text == "false")
                o.engaged = false;
            else
                fail(field, column, "1, 0, true or false");
        } else if (column == "international_budget_eur") {
            o.international_budget_eur = number_in(text, 0, 1e10);
            if (!o.international_budget_eur) fail(field, column, "a number of EUR in [0, 1e10]");
        } else if (column == "staff_fte") {
            o.staff_fte = number_in(text, 0, 1000);
            if (!o.staff_fte) fail(field, column, "a number of full-time equivalents in [0, 1000]");
        } else if (column == "partnerships") {
            const auto count = number_in(text, 0, 1000);
            if (!count || std::floor(*count) != *count)
                fail(field, column, "a whole number of partnerships in [0, 1000]");
            else
                o.partnerships = static_cast<int>(*count);
        } else if (column == "archetype") {
            if (const auto known = find_label(kArchetypeLabels, text))
                o.archetype = static_cast<Archetype>(*known);
            else
                fail(field, column, labels_text(kArchetypeLabels));
        }
    }

    void fail(const CsvField& field, const std::string& column, const std::string& expected) {
        // A cell can be megabytes long: the message shows its start.
        constexpr std::size_t kShown = 60;
        fail(field, column, expected,
             field.text.size() <= kShown ? quoted_text(field.text)
                                         : quoted_text(field.text.substr(0, kShown)) + "... (" +
                                               std::to_string(field.text.size()) + " characters)");
    }
    void fail(const CsvField& field, const std::string& column, const std::string& expected,
              const std::string& found) {
        problems_.push_back(path_ + ":" + std::to_string(field.line) + ":" +
                            std::to_string(field.column) + ": " + column + ": expected " +
                            expected + ", found " + found);
    }

    std::string path_;
    std::vector<std::string>& problems_;
    std::vector<std::string> columns_;
    std::set<std::string> ids_;
};

} // namespace

PopulationTable read_population_table(const std::string& path, const std::string& named_at,
                                      std::vector<std::string>& problems) {
    const InputFile file = read_input_file(path);
    if (!file.text) {
        problems.push_back(named_at + ": population.table: cannot read " + quoted_text(path) +
                           " (" + file.problem + ")");
        return {};
    }
    const std::string& text = *file.text;
    PopulationTable table{{}, sha256_hex(text)};
    std::vector<CsvRecord> records;
    try {
        records = read_csv(text, path);
    } catch (const InputError& error) {
        problems.emplace_back(error.what());
        return table;
    }
    if (records.empty()) {
        problems.push_back(path + ":1:1: header: expected a header naming the columns, found an "
                                  "empty file");
        return table;
    }
    TableReader reader(path, problems);
    reader.header(records.front());
    constexpr std::size_t kMostProblems = 50;
    const std::size_t before = problems.size();
    std::size_t r = 1;
    for (; r < records.size() && problems.size() - before < kMostProblems; ++r)
        reader.row(records[r], table);
    if (r < records.size())
        problems.push_back(path + ":" + std::to_string(records[r].front().line) +
                           ":1: rows from here were not checked: the first " +
                           std::to_string(kMostProblems) + " problems are listed");
    return table;
}

} // namespace paradiplo
