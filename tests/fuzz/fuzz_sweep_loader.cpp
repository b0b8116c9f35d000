// Fuzz target: any bytes as a sweep file. Loading either gives a sweep or an InputError; a
// sweep's resolved text (stored in sweep and shard files) reads back into the same text.
#include "engine/core/errors.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "tests/fuzz/fuzz_input.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace paradiplo;
    const std::string path = fuzz::write_input(data, size, "scenarios/sweeps/fuzz.toml");
    std::string resolved;
    try {
        resolved = resolved_sweep_text(load_sweep_file(path));
    } catch (const InputError&) {
        return 0;
    }
    if (resolved_sweep_text(read_resolved_sweep(resolved, "resolved")) != resolved) std::abort();
    return 0;
}
