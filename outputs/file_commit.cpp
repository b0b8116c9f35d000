#include "outputs/file_commit.hpp"

#include "engine/core/errors.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace paradiplo {
namespace {

constexpr std::size_t kBufferBytes = std::size_t{1} << 16;

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

// POSIX calls rather than stdio: each write's own error reaches us (and a test's shim).
PartialFile::PartialFile(std::string path)
    : path_(std::move(path)), partial_(path_ + ".partial"),
      fd_(::open(partial_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) {
    if (fd_ < 0) fail("cannot create");
    buffer_.reserve(kBufferBytes);
}

PartialFile::~PartialFile() {
    if (fd_ < 0) return;
    ::close(fd_);
    ::unlink(partial_.c_str());
}

void PartialFile::write(std::string_view text) {
    buffer_ += text;
    if (buffer_.size() >= kBufferBytes) flush();
}

void PartialFile::flush() {
    std::size_t done = 0;
    while (done < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) errno = ENOSPC; // nothing written of a regular file: no room
        if (n <= 0) fail("cannot write");
        done += static_cast<std::size_t>(n);
    }
    buffer_.clear();
}

void PartialFile::commit() {
    flush();
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
        const int reason = errno;
        ::unlink(partial_.c_str());
        errno = reason;
        fail("cannot write");
    }
    commit_file(partial_, path_);
}

void PartialFile::fail(const char* what) {
    const std::string reason = std::strerror(errno);
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
        ::unlink(partial_.c_str());
    }
    throw IoError(std::string(what) + " " + path_ + " (" + reason + ")");
}

} // namespace paradiplo
