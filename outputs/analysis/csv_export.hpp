#pragma once
// `paradiplo export FILE.h5 --csv DIR`: long-format CSV that spreadsheets open as they are (UTF-8,
// a header row, months as YYYY-MM, dot decimals whatever the locale, texts quoted when needed).
#include "outputs/analysis/output_file.hpp"

#include <string>
#include <vector>

namespace paradiplo {

struct ExportSummary {
    std::vector<std::string> files;
    std::size_t rows = 0;
};

/// Writes DIR/aggregates.csv: month, [run,] entity, variable, value, units, one row per month,
/// entity (national, or a domain, continent, country or kind of authority) and variable. With
/// `authorities`, also DIR/authorities.csv from the per-authority trajectories (InputError when
/// the file has none).
ExportSummary export_csv(const OutputFile& file, const std::string& folder, bool authorities);

} // namespace paradiplo
