#include "outputs/file_commit.hpp"

#include "engine/core/errors.hpp"

#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace paradiplo {
namespace {

void fsync_path(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) throw IoError("cannot open " + path + " to sync it to disk");
    const int status = ::fsync(fd);
    ::close(fd);
    if (status != 0) throw IoError("cannot sync " + path + " to disk");
}

} // namespace

void commit_file(const std::string& partial_path, const std::string& final_path) {
    fsync_path(partial_path, O_RDONLY);
    std::filesystem::rename(partial_path, final_path);
    const auto folder = std::filesystem::path(final_path).parent_path();
    fsync_path(folder.empty() ? "." : folder.string(), O_RDONLY | O_DIRECTORY);
}

} // namespace paradiplo
