#include "engine/cli/option_values.hpp"
#include "engine/cli/output_path.hpp"
#include "engine/core/errors.hpp"
#include "tests/support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cmath>
#include <filesystem>
#include <limits>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

/// The message check_output_file throws, or "" when it accepts the path.
std::string file_refusal(const std::string& path, OutputFolder folder = OutputFolder::MustExist) {
    try {
        check_output_file(path, "-o", folder);
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

std::string folder_refusal(const std::string& path) {
    try {
        check_output_folder(path, "--csv");
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

} // namespace

TEST_CASE("shards: K/N with 0 <= K < N, digits only, no overflow", "[cli]") {
    CHECK(parse_shard("0/1")->count == 1);
    CHECK(parse_shard("3/4")->index == 3);
    CHECK(parse_shard("0/2147483647").has_value());
    for (const char* text :
         {"0/99999999999", "99999999999/1", "4/4",  "5/4",   "0/0",    "-1/4", "1/-4",
          "a/4",           "1/b",           "1",    "1/",    "/4",     "",     " 1/4",
          "1/4 ",          "1/4/5",         "+1/4", "1.0/4", "1e1/20", "0x1/4"})
        CHECK_FALSE(parse_shard(text).has_value());
    CHECK(parse_count("42") == 42);
    CHECK_FALSE(parse_count("12abc").has_value());
    CHECK_FALSE(parse_count("2147483648").has_value());
}

TEST_CASE("a tolerance is finite and not negative", "[cli]") {
    CHECK(is_valid_tolerance(0.0));
    CHECK(is_valid_tolerance(0.05));
    CHECK_FALSE(is_valid_tolerance(-1.0));
    CHECK_FALSE(is_valid_tolerance(-0.0001));
    CHECK_FALSE(is_valid_tolerance(std::nan("")));
    CHECK_FALSE(is_valid_tolerance(std::numeric_limits<double>::infinity()));
}

TEST_CASE("output files: folders, devices, FIFOs and missing folders are refused", "[cli]") {
    const TempFolder temp;
    const std::string root = temp.path().string();
    const std::string existing = temp.write("old.h5", "x");
    CHECK(file_refusal(root + "/new.h5").empty());
    CHECK(file_refusal(existing).empty()); // replaced once the new file is complete
    CHECK(file_refusal("") == "-o: expected the path of a file, found \"\"");
    CHECK(file_refusal(".") ==
          "-o: expected the path of a file, found \".\", the path of a folder");
    CHECK(file_refusal(root + "/") ==
          "-o: expected the path of a file, found \"" + root + "/\", the path of a folder");
    CHECK(file_refusal(root + "/..").find("the path of a folder") != std::string::npos);
    CHECK(file_refusal(root) ==
          "-o: expected the path of a file, found \"" + root + "\", an existing folder");
    CHECK(file_refusal("/dev/null") ==
          "-o: expected the path of a file, found \"/dev/null\", a character device");
    const std::string fifo = root + "/fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(file_refusal(fifo) == "-o: expected the path of a file, found \"" + fifo + "\", a FIFO");
    CHECK(file_refusal(root + "/missing/out.h5") ==
          "-o: expected a path in an existing folder, found \"" + root +
              "/missing/out.h5\", whose folder \"" + root + "/missing\" does not exist");
    CHECK(file_refusal(existing + "/out.h5").find("is not a folder") != std::string::npos);
    // The default results/ folder may be created, but not under a file.
    CHECK(file_refusal(root + "/missing/out.h5", OutputFolder::Created).empty());
    CHECK_FALSE(file_refusal(existing + "/sub/out.h5", OutputFolder::Created).empty());
    CHECK(std::filesystem::directory_iterator(temp.path()) !=
          std::filesystem::directory_iterator());
    CHECK_FALSE(std::filesystem::exists(root + "/missing")); // checking created nothing
}

TEST_CASE("output folders: created if absent, never over a file or a device", "[cli]") {
    const TempFolder temp;
    const std::string root = temp.path().string();
    const std::string file = temp.write("file.csv", "x");
    CHECK(folder_refusal(root).empty());
    CHECK(folder_refusal(root + "/").empty());
    CHECK(folder_refusal(root + "/new/deeper").empty());
    CHECK(folder_refusal("") == "--csv: expected the path of a folder, found \"\"");
    CHECK(folder_refusal(file) ==
          "--csv: expected the path of a folder, found \"" + file + "\", an existing file");
    CHECK(folder_refusal("/dev/null").find("a character device") != std::string::npos);
    CHECK(folder_refusal(file + "/sub").find("is not a folder") != std::string::npos);
}
