#include "engine/cli/output_path.hpp"

#include "engine/core/errors.hpp"

#include <unistd.h>

#include <filesystem>
#include <system_error>

namespace paradiplo {
namespace {

namespace fs = std::filesystem;

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

/// What a path that exists is, in words; "" for a regular file.
std::string kind_of(const fs::file_status& status) {
    switch (status.type()) {
    case fs::file_type::regular:
        return "";
    case fs::file_type::directory:
        return "an existing folder";
    case fs::file_type::character:
        return "a character device";
    case fs::file_type::block:
        return "a block device";
    case fs::file_type::fifo:
        return "a FIFO";
    case fs::file_type::socket:
        return "a socket";
    default:
        return "not a regular file";
    }
}

/// The folder that will hold `path`'s entry ("." for a bare name).
fs::path folder_of(const fs::path& path) {
    return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

/// Throws unless `folder` (or, when it may be created, its nearest existing ancestor) is a
/// writable folder.
void check_folder(const fs::path& folder, const std::string& subject, std::string_view option,
                  bool may_be_created) {
    fs::path existing = folder;
    std::error_code error;
    while (may_be_created && !fs::exists(existing, error) && existing.has_relative_path())
        existing = existing.has_parent_path() ? existing.parent_path() : fs::path(".");
    const auto status = fs::status(existing, error);
    if (!fs::exists(status))
        throw InputError(std::string(option) + ": expected a path in an existing folder, found " +
                         subject + ", whose folder " + quoted(folder) + " does not exist");
    if (!fs::is_directory(status))
        throw InputError(std::string(option) + ": expected a path in a folder, found " + subject +
                         ", where " + quoted(existing) + " is not a folder");
    if (::access(existing.c_str(), W_OK | X_OK) != 0)
        throw InputError(std::string(option) + ": the folder " + quoted(existing) + " of " +
                         subject + " is not writable");
}

} // namespace

void check_output_file(const std::string& path, std::string_view option, OutputFolder folder) {
    const std::string expected = std::string(option) + ": expected the path of a file, found ";
    if (path.empty()) throw InputError(expected + "\"\"");
    const fs::path file(path);
    const std::string name = file.filename().string();
    if (name.empty() || name == "." || name == "..")
        throw InputError(expected + quoted(file) + ", the path of a folder");
    std::error_code error;
    if (const auto status = fs::status(file, error); fs::exists(status)) {
        if (const std::string kind = kind_of(status); !kind.empty())
            throw InputError(expected + quoted(file) + ", " + kind);
    }
    check_folder(folder_of(file), quoted(file), option, folder == OutputFolder::Created);
}

void check_output_folder(const std::string& path, std::string_view option) {
    const std::string expected = std::string(option) + ": expected the path of a folder, found ";
    if (path.empty()) throw InputError(expected + "\"\"");
    const fs::path folder(path);
    std::error_code error;
    if (const auto status = fs::status(folder, error); fs::exists(status)) {
        if (!fs::is_directory(status)) {
            const std::string kind = kind_of(status);
            throw InputError(expected + quoted(folder) + ", " +
                             (kind.empty() ? std::string("an existing file") : kind));
        }
        check_folder(folder, quoted(folder), option, false);
        return;
    }
    check_folder(folder_of(folder.lexically_normal()), quoted(folder), option, true);
}

} // namespace paradiplo
