#pragma once
// Reading a file a user names (scenario, extends target, hypothesis, sweep, population table)
// without trusting what the path is: a folder, a device or a FIFO is refused before it is opened,
// so that /dev/zero cannot fill memory and a FIFO cannot block (docs/robustness.md).
#include <cstdint>
#include <optional>
#include <string>

namespace paradiplo {

/// The largest input file read, in bytes: far above any scenario or population table.
inline constexpr std::uintmax_t kMaxInputBytes = std::uintmax_t{64} << 20;

struct InputFile {
    std::optional<std::string> text; ///< the bytes, when the file could be read
    std::string problem;             ///< otherwise why: "no such file", "a folder, not a file", ...
};

/// Never throws: every filesystem fault (including a name the system refuses, such as a path
/// component over 255 bytes) becomes `problem`.
InputFile read_input_file(const std::string& path);

} // namespace paradiplo
