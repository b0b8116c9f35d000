// Fuzz target: any bytes as a scenario file. Loading either gives a scenario or an InputError;
// a scenario's resolved text loads again into the same text (what sweeps and run files store).
#include "engine/core/errors.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "tests/fuzz/fuzz_input.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace paradiplo;
    const std::string path = fuzz::write_input(data, size, "scenarios/fuzz.toml");
    std::string resolved;
    try {
        resolved = resolved_scenario_text(load_scenario_file(path));
    } catch (const InputError&) {
        return 0;
    }
    // Not caught: a resolved text that cannot be read back is a bug, whatever the input.
    if (resolved_scenario_text(load_scenario_text(resolved, "resolved")) != resolved) std::abort();
    return 0;
}
