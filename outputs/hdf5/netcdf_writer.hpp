#pragma once
// Writes HDF5 files that netCDF-4 tools read as they are (docs/output-format.md): named
// dimensions as dimension scales attached to every axis, _Netcdf4Dimid, tracked creation order,
// netCDF types only, variable-length UTF-8 string variables, fixed-length string attributes.
#include "outputs/hdf5/hdf5_handle.hpp"

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace paradiplo::h5 {

template <class T> hid_t native_type();
template <> inline hid_t native_type<double>() {
    return H5T_NATIVE_DOUBLE;
}
template <> inline hid_t native_type<float>() {
    return H5T_NATIVE_FLOAT;
}
template <> inline hid_t native_type<std::int32_t>() {
    return H5T_NATIVE_INT32;
}
template <> inline hid_t native_type<std::int16_t>() {
    return H5T_NATIVE_INT16;
}
template <> inline hid_t native_type<std::int8_t>() {
    return H5T_NATIVE_INT8;
}
template <> inline hid_t native_type<std::int64_t>() {
    return H5T_NATIVE_INT64;
}

struct VariableSpec {
    std::string name;
    std::vector<std::string> dimensions;
    std::vector<hsize_t> chunk; ///< empty = contiguous
    int deflate = 0;            ///< 0 = none; shuffle goes with deflate
};

/// An exclusive lock on a file being written, held from before it is truncated until the writer
/// is gone (past the rename that completes it): a second process given the same output is
/// refused (InputError) instead of truncating the first one's file. The lock dies with the
/// process, so the file of a killed run can be written again.
class WriteLock {
  public:
    explicit WriteLock(const std::string& path);
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;
    ~WriteLock();

  private:
    int fd_ = -1;
};

class NetcdfWriter {
  public:
    /// Locks the file (WriteLock), then creates (truncates) it.
    explicit NetcdfWriter(const std::string& path);

    /// A dimension with coordinate values (a coordinate variable of the same name).
    template <class T> void coordinate(const std::string& name, std::span<const T> values) {
        create(VariableSpec{name, {name}, {}, 0}, native_type<T>(), values.size());
        write(name, values.data(), native_type<T>());
        make_scale(name, values.size());
    }
    void string_coordinate(const std::string& name, const std::vector<std::string>& values);

    /// A variable over declared dimensions; write it whole or by hyperslabs.
    template <class T> void variable(const VariableSpec& spec) { create(spec, native_type<T>()); }
    void string_variable(const std::string& name, const std::string& dimension,
                         const std::vector<std::string>& values);

    template <class T> void write_all(const std::string& name, std::span<const T> values) {
        write(name, values.data(), native_type<T>());
    }
    /// Writes a block of `count` starting at `start` (one entry per dimension).
    template <class T>
    void write_block(const std::string& name, const std::vector<hsize_t>& start,
                     const std::vector<hsize_t>& count, const T* values) {
        write_slab(name, start, count, values, native_type<T>());
    }

    /// Writes months [time_start, time_start + months) of a (time, authority[, inner]) variable
    /// from `values` laid out [month][authority][inner]. With deflate, whole chunks are shuffled
    /// and compressed in parallel here and stored as they are (HDF5 runs filters serially);
    /// time_start must then be a multiple of the time chunk.
    template <class T>
    void write_time_block(const std::string& name, hsize_t time_start, hsize_t months,
                          const T* values) {
        write_time_block(name, time_start, months, values, sizeof(T), native_type<T>());
    }

    void attribute(const std::string& variable, const std::string& name, const std::string& value);
    void attribute(const std::string& variable, const std::string& name, double value);
    void attribute(const std::string& variable, const std::string& name, std::int32_t value);
    void attribute(const std::string& variable, const std::string& name, std::int64_t value);
    /// flag_values for int8 categorical variables.
    void attribute(const std::string& variable, const std::string& name,
                   std::span<const std::int8_t> values);
    /// Global attributes: variable = "".
    void flush();
    void close();

  private:
    void create(const VariableSpec& spec, hid_t type, std::size_t length_if_coordinate = 0);
    void write(const std::string& name, const void* data, hid_t type);
    void write_slab(const std::string& name, const std::vector<hsize_t>& start,
                    const std::vector<hsize_t>& count, const void* data, hid_t type);
    void make_scale(const std::string& name, std::size_t length);
    void write_time_block(const std::string& name, hsize_t time_start, hsize_t months,
                          const void* values, std::size_t element_size, hid_t type);
    hid_t object(const std::string& variable) const;
    void put_attribute(const std::string& variable, const std::string& name, hid_t type,
                       const void* value, const std::vector<hsize_t>& shape);

    std::string path_;
    WriteLock lock_; // before file_: released after the file is closed
    Handle file_;
    std::map<std::string, Handle> datasets_;
    std::map<std::string, VariableSpec> specs_;
    std::map<std::string, std::vector<hsize_t>> shapes_;
    std::map<std::string, hsize_t> dimension_sizes_;
    int next_dimid_ = 0;
};

} // namespace paradiplo::h5
