#pragma once
// Facts about where and when an output file was made (its provenance attributes).
#include <string>

namespace paradiplo {

std::string host_name();
/// The current UTC time as "YYYY-MM-DDThh:mm:ssZ".
std::string now_iso8601();

} // namespace paradiplo
