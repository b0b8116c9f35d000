#pragma once
// What the fuzz targets share: the fuzzer's bytes become a file in a private copy of the shipped
// scenarios/ folder, so that the `extends`, `drivers` and scenario paths of the seed inputs (the
// shipped files themselves) resolve as they do for a user.
#include <cstddef>
#include <cstdint>
#include <string>

namespace paradiplo::fuzz {

/// Writes the input to `relative_path` ("scenarios/fuzz.toml") in the private folder (made once
/// per process, removed at exit) and returns its path.
std::string write_input(const std::uint8_t* data, std::size_t size,
                        const std::string& relative_path);

} // namespace paradiplo::fuzz
