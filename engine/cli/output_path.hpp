#pragma once
// The one check of every path a command writes to (run -o, sweep -o, merge -o, report -o,
// compare --csv, export --csv, sweep --emit-slurm), made before any work so that a path that
// cannot be written is refused with exit code 2 and nothing run or written
// (docs/robustness.md).
#include <string>
#include <string_view>

namespace paradiplo {

/// Whether the folder of an output file must exist already.
enum class OutputFolder {
    MustExist, ///< a path the user typed: a missing folder is more likely a typo than a wish
    Created,   ///< the default results/ folder, or one that --emit-slurm prepares
};

/// Throws InputError unless `path` names a file that can be written: not empty, not a folder
/// ("", ".", "x/", an existing folder), not a device, FIFO or socket, in a writable folder (that
/// exists, or with `Created`, whose nearest existing ancestor is a writable folder). An existing
/// regular file is accepted: it is replaced once the new one is complete. `option` ("-o",
/// "--csv") names the path in messages.
void check_output_file(const std::string& path, std::string_view option,
                       OutputFolder folder = OutputFolder::MustExist);

/// Throws InputError unless `path` names a folder that exists or can be created (with its missing
/// parents): not empty, not an existing file, device or FIFO, the nearest existing ancestor a
/// writable folder.
void check_output_folder(const std::string& path, std::string_view option);

} // namespace paradiplo
