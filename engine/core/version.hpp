#pragma once
#include <string_view>

namespace paradiplo {
extern const std::string_view kVersion;     ///< engine version (CMake project version)
extern const std::string_view kGitRevision; ///< revision the binary was built from
extern const std::string_view kBuildType;   ///< Release, Debug, ...
} // namespace paradiplo
