// Fuzz target: any bytes as the file given to compare, export, info and report. Opening checks
// the file before anything trusts it; a file that passes is then compared with itself, reported
// and exported. Every outcome is a result or an InputError or IoError naming the file.
#include "engine/core/errors.hpp"
#include "outputs/analysis/comparison.hpp"
#include "outputs/analysis/csv_export.hpp"
#include "outputs/analysis/output_file.hpp"
#include "outputs/hdf5/hdf5_handle.hpp"
#include "outputs/report/html_report.hpp"
#include "tests/fuzz/fuzz_input.hpp"

#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace paradiplo;
    const std::string path = fuzz::write_input(data, size, "fuzz.h5");
    try {
        const OutputFile file(path);
        for (const auto& name : file.reader().variables())
            (void)file.reader().dimensions(name);
        (void)compare_files(file, file, file.months());
        (void)html_report({&file}, "en");
        const auto folder = std::filesystem::path(path).parent_path() / "fuzz-export";
        (void)export_csv(file, folder.string(), file.has("authority_apd"));
    } catch (const InputError&) {
    } catch (const IoError&) {
    }
    // HDF5 keeps free lists and caches from one file to the next, and a damaged file may corrupt
    // them: each input starts from a fresh library (some crashes inside it still depend on what
    // earlier inputs left: docs/robustness.md).
    H5close();
    h5::silence_error_stack();
    return 0;
}
