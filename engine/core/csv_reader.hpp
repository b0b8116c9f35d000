#pragma once
// Comma-separated text as RFC 4180 writes it (quoted fields, doubled quotes, LF or CRLF line
// ends), with the line and column of every field so that errors can point at it.
#include <string>
#include <string_view>
#include <vector>

namespace paradiplo {

struct CsvField {
    std::string text;
    int line = 0, column = 0; ///< 1-based, of the field's first character
};
using CsvRecord = std::vector<CsvField>;

/// Every record of `text`, the header first; a leading byte-order mark and blank lines are
/// skipped. Throws InputError
/// "SOURCE:LINE:COLUMN: ..." on a quote left open or text after a closing quote.
std::vector<CsvRecord> read_csv(std::string_view text, const std::string& source);

} // namespace paradiplo
