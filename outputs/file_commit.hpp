#pragma once
// The last step of every output file: NAME.partial becomes NAME only once complete and on disk.
#include <string>
#include <string_view>

namespace paradiplo {

/// Syncs `partial_path` to disk, renames it to `final_path` and syncs the folder (the rename).
void commit_file(const std::string& partial_path, const std::string& final_path);

/// A text output (CSV, HTML) written as PATH.partial and renamed to PATH by `commit`. Every
/// failed write, flush or close throws IoError naming PATH and the system's reason (a full disk,
/// a folder removed meanwhile); a file destroyed before `commit` is removed, so nothing
/// incomplete is ever left under PATH or beside it.
class PartialFile {
  public:
    explicit PartialFile(std::string path);
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;
    ~PartialFile();

    void write(std::string_view text);
    void commit();
    [[nodiscard]] const std::string& path() const { return path_; }

  private:
    void flush();
    [[noreturn]] void fail(const char* what);
    std::string path_, partial_, buffer_;
    int fd_ = -1;
};

} // namespace paradiplo
