#include "outputs/hdf5/hdf5_handle.hpp"

#include "engine/core/errors.hpp"

#include <string_view>

namespace paradiplo::h5 {

namespace {

// HDF5 1.10 closes the files still open when the process exits; one whose last write failed (a
// full disk) crashes it there (in H5F__close_cb). Every file is closed by its owner, so the
// process skips that cleanup: set before the library's first call, which registers it.
const bool kNoCleanupAtExit = H5dont_atexit() >= 0;

/// The system's reason for the innermost failure of HDF5's error stack ("No space left on
/// device"), or "" when it gave none.
std::string system_reason() {
    std::string reason;
    H5Ewalk2(
        H5E_DEFAULT, H5E_WALK_UPWARD,
        [](unsigned, const H5E_error2_t* error, void* found) -> herr_t {
            constexpr std::string_view marker = "error message = '";
            const std::string_view text = error->desc != nullptr ? error->desc : "";
            const auto at = text.find(marker);
            if (at == std::string_view::npos) return 0;
            const auto from = at + marker.size();
            *static_cast<std::string*>(found) =
                std::string(text.substr(from, text.find('\'', from) - from));
            return 1; // stop at the innermost
        },
        &reason);
    return reason;
}

} // namespace

void silence_error_stack() {
    // HDF5's print of its error stack would bury the message of check under dozens of lines on a
    // damaged or foreign file. The setting is per thread in a thread-safe HDF5 (Debian's), and
    // H5close resets it.
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

hid_t check(hid_t status, const std::string& what) {
    if (status >= 0) return status;
    const std::string reason = system_reason();
    throw IoError("HDF5: " + what + " failed" + (reason.empty() ? "" : " (" + reason + ")"));
}

Handle vlen_string_type() {
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose, "copying the string type");
    check(H5Tset_size(type.id(), H5T_VARIABLE), "setting a variable string size");
    check(H5Tset_cset(type.id(), H5T_CSET_UTF8), "setting UTF-8");
    return type;
}

Handle fixed_string_type(std::size_t size) {
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose, "copying the string type");
    check(H5Tset_size(type.id(), size), "setting a string size");
    check(H5Tset_strpad(type.id(), H5T_STR_NULLTERM), "setting string padding");
    check(H5Tset_cset(type.id(), H5T_CSET_UTF8), "setting UTF-8");
    return type;
}

} // namespace paradiplo::h5
