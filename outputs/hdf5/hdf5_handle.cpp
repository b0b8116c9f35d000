#include "outputs/hdf5/hdf5_handle.hpp"

#include "engine/core/errors.hpp"

namespace paradiplo::h5 {

hid_t check(hid_t status, const std::string& what) {
    if (status < 0) throw IoError("HDF5: " + what + " failed");
    return status;
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
