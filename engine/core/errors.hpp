#pragma once
// The error hierarchy: what the user got wrong (exit 2) versus what failed at run time (exit 1).
#include <stdexcept>
#include <string>
#include <vector>

namespace paradiplo {

/// Invalid input or usage: nothing is run and nothing is written (exit code 2).
class InputError : public std::runtime_error {
  public:
    explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

/// A scenario file with one or more problems, each "file:line:column: key.path: message".
class ScenarioError : public InputError {
  public:
    explicit ScenarioError(std::vector<std::string> problems)
        : InputError(join(problems)), problems_(std::move(problems)) {}
    [[nodiscard]] const std::vector<std::string>& problems() const { return problems_; }

  private:
    static std::string join(const std::vector<std::string>& problems) {
        std::string text;
        for (const auto& problem : problems)
            text += problem + "\n";
        return text;
    }
    std::vector<std::string> problems_;
};

/// Reading or writing files failed (exit code 1).
class IoError : public std::runtime_error {
  public:
    explicit IoError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace paradiplo
