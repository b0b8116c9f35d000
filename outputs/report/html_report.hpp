#pragma once
// `paradiplo report FILE.h5... -o report.html`: one self-contained HTML page (inline SVG, inline
// style, no script, no network) with, for each file, its key indicators over time (fan bands for
// sweeps), APD by part, priorities by domain, partnerships by continent, provenance and key
// figures; and, for several files, each against the first.
#include "outputs/analysis/output_file.hpp"

#include <string>
#include <vector>

namespace paradiplo {

/// `lang`: "en" or "fr" (labels, titles and variable names).
std::string html_report(const std::vector<const OutputFile*>& files, const std::string& lang);

} // namespace paradiplo
