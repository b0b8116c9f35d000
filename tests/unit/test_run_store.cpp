// The records of a sweep's runs: whole records read back as written, and any damaged byte is
// detected rather than read as a run's values.
#include "engine/core/errors.hpp"
#include "outputs/sweep/run_store.hpp"
#include "tests/support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void overwrite(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

} // namespace

TEST_CASE("a run's record reads back as written, and a flipped bit anywhere in it is detected",
          "[sweep]") {
    TempFolder temp;
    const RunStore store((temp.path() / "store").string(), 42, false);
    const std::vector<double> values{1.5, -2.25, 1e300};
    store.put(7, values);
    CHECK(store.contains(7));
    CHECK(store.get(7) == values);
    CHECK_FALSE(store.contains(8));

    const auto record = temp.path() / "store" / "run-000000007.bin";
    const std::string whole = bytes_of(record);
    for (std::size_t at = 0; at < whole.size(); ++at) {
        std::string damaged = whole;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
        overwrite(record, damaged);
        INFO("byte " << at << " of " << whole.size());
        CHECK_FALSE(store.contains(7));
        CHECK_THROWS_AS(store.get(7), IoError);
    }
    // A record cut short, or with bytes after its values, is not a whole record either.
    overwrite(record, whole.substr(0, whole.size() - 1));
    CHECK_FALSE(store.contains(7));
    overwrite(record, whole + "x");
    CHECK_FALSE(store.contains(7));
    // Damage names the record and says how to recover; computing the run again replaces it.
    CHECK_THROWS_WITH(store.get(7),
                      Catch::Contains("run-000000007.bin") && Catch::Contains("--resume"));
    store.put(7, values);
    CHECK(store.get(7) == values);
}

TEST_CASE("a record of another sweep or another run is not taken for this run's", "[sweep]") {
    TempFolder temp;
    const auto folder = (temp.path() / "store").string();
    {
        const RunStore other(folder, 1, false);
        other.put(3, std::vector<double>{1.0});
        std::filesystem::copy_file(folder + "/run-000000003.bin", folder + "/run-000000004.bin");
        CHECK_FALSE(other.contains(4)); // the record says run 3
        std::filesystem::remove(folder + "/fingerprint");
    }
    const RunStore store(folder, 2, true);
    CHECK_FALSE(store.contains(3)); // written by the sweep of fingerprint 1
}
