#pragma once
// The last step of every output file: NAME.partial becomes NAME only once complete and on disk.
#include <string>

namespace paradiplo {

/// Syncs `partial_path` to disk, renames it to `final_path` and syncs the folder (the rename).
void commit_file(const std::string& partial_path, const std::string& final_path);

} // namespace paradiplo
