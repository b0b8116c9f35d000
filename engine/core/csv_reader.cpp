#include "engine/core/csv_reader.hpp"

#include "engine/core/errors.hpp"

namespace paradiplo {

std::vector<CsvRecord> read_csv(std::string_view text, const std::string& source) {
    // Spreadsheets' "CSV UTF-8" starts with a byte-order mark: it is not part of the first field.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<CsvRecord> records;
    CsvRecord record;
    int line = 1, column = 1;
    std::size_t i = 0;
    const auto fail = [&](int at_line, int at_column, const std::string& what) {
        throw InputError(source + ":" + std::to_string(at_line) + ":" + std::to_string(at_column) +
                         ": " + what);
    };
    const auto end_record = [&] {
        const bool blank = record.size() == 1 && record.front().text.empty();
        if (!blank) records.push_back(std::move(record));
        record.clear();
    };
    while (i <= text.size()) {
        CsvField field{{}, line, column};
        if (i < text.size() && text[i] == '"') {
            ++i, ++column;
            for (;;) {
                if (i == text.size())
                    fail(field.line, field.column, "a quoted field is not closed");
                const char c = text[i++];
                ++column;
                if (c == '"' && i < text.size() && text[i] == '"') {
                    field.text += '"';
                    ++i, ++column;
                } else if (c == '"') {
                    break;
                } else {
                    field.text += c;
                    if (c == '\n') ++line, column = 1;
                }
            }
            if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                fail(line, column, "expected a comma or the end of the line after a quoted field");
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                if (text[i] == '"') fail(line, column, "a quote inside an unquoted field");
                field.text += text[i++];
                ++column;
            }
        }
        record.push_back(std::move(field));
        if (i == text.size()) {
            end_record();
            break;
        }
        if (text[i] == ',') {
            ++i, ++column;
            continue;
        }
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        ++i;
        ++line, column = 1;
        end_record();
        if (i == text.size()) break;
    }
    return records;
}

} // namespace paradiplo
