#include "tests/fuzz/fuzz_input.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace paradiplo::fuzz {
namespace {

namespace fs = std::filesystem;

/// A copy of the project's scenarios in a fresh temporary folder.
class Workspace {
  public:
    Workspace() {
        std::string pattern = (fs::temp_directory_path() / "paradiplo-fuzz-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("cannot make a folder for the fuzz inputs");
        root_ = pattern;
        fs::copy(fs::path(PARADIPLO_SOURCE_DIR) / "scenarios", root_ / "scenarios",
                 fs::copy_options::recursive);
    }
    ~Workspace() {
        std::error_code ignored; // a fuzzer stopping on a crash may leave the folder behind
        fs::remove_all(root_, ignored);
    }
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    [[nodiscard]] const fs::path& root() const { return root_; }

  private:
    fs::path root_;
};

} // namespace

std::string write_input(const std::uint8_t* data, std::size_t size,
                        const std::string& relative_path) {
    static const Workspace workspace;
    const fs::path path = workspace.root() / relative_path;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
    return path.string();
}

} // namespace paradiplo::fuzz
