#include "engine/scenario/input_file.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace paradiplo {

InputFile read_input_file(const std::string& path) {
    namespace fs = std::filesystem;
    if (path.empty()) return {std::nullopt, "an empty path"};
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) return {std::nullopt, "no such file"};
    if (error) return {std::nullopt, error.message()};
    if (fs::is_directory(status)) return {std::nullopt, "a folder, not a file"};
    if (!fs::is_regular_file(status))
        return {std::nullopt, "not a regular file (a device, FIFO or socket)"};
    const std::uintmax_t size = fs::file_size(path, error);
    if (error) return {std::nullopt, error.message()};
    if (size > kMaxInputBytes) return {std::nullopt, "larger than 64 MiB"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, "permission denied"};
    // One byte more than the size seen is asked for: a file that grows after the check is
    // noticed, and never read beyond that.
    std::string bytes(static_cast<std::size_t>(size) + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > size) return {std::nullopt, "grew while it was read"};
    return {std::move(bytes), ""};
}

} // namespace paradiplo
