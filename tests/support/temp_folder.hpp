#pragma once
// A temporary folder removed at the end of a test, for scenario files written by tests.
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace paradiplo::testing {

class TempFolder {
  public:
    TempFolder() {
        std::random_device device;
        path_ =
            std::filesystem::temp_directory_path() / ("paradiplo-test-" + std::to_string(device()));
        std::filesystem::create_directories(path_);
    }
    ~TempFolder() { std::filesystem::remove_all(path_); }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    std::string write(const std::string& name, const std::string& text) const {
        const auto file = path_ / name;
        std::ofstream(file) << text;
        return file.string();
    }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

} // namespace paradiplo::testing
