#pragma once
// The scenario reference, generated from the parameter declarations: plain text for
// `paradiplo run --help-parameters`, Markdown for docs/scenario-reference.md.
#include <string>

namespace paradiplo {

std::string scenario_reference_text();
std::string scenario_reference_markdown();

} // namespace paradiplo
