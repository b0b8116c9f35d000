#pragma once
// SHA-256 (FIPS 180-4), to record in provenance exactly which input file a run read.
#include <string>
#include <string_view>

namespace paradiplo {

/// The digest of `bytes` as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

} // namespace paradiplo
