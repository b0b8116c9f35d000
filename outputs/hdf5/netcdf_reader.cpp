#include "outputs/hdf5/netcdf_reader.hpp"

#include "engine/core/errors.hpp"

#include <hdf5_hl.h>

#include <cstdio>
#include <filesystem>

namespace paradiplo::h5 {

NetcdfReader::NetcdfReader(const std::string& path) : path_(path) {
    if (!std::filesystem::is_regular_file(path)) throw InputError(path + ": no such file");
    silence_error_stack();
    if (H5Fis_hdf5(path.c_str()) <= 0)
        throw InputError(path + ": not an HDF5 file (expected a Paradiplo output file)");
    const hid_t id = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (id < 0) throw InputError(path + ": cannot open the HDF5 file (damaged or unreadable)");
    file_ = Handle(id, H5Fclose, "H5Fopen " + path);
}

bool NetcdfReader::has_attribute(const std::string& name, const std::string& variable) const {
    if (variable.empty()) return H5Aexists(file_.id(), name.c_str()) > 0;
    return has_variable(variable) &&
           H5Aexists_by_name(file_.id(), variable.c_str(), name.c_str(), H5P_DEFAULT) > 0;
}

Handle NetcdfReader::open_attribute(const std::string& name, const std::string& variable) const {
    return {H5Aopen_by_name(file_.id(), variable.empty() ? "." : variable.c_str(), name.c_str(),
                            H5P_DEFAULT, H5P_DEFAULT),
            H5Aclose, "H5Aopen " + name};
}

void NetcdfReader::require_one_value(const Handle& attribute, const std::string& name) const {
    const Handle space(H5Aget_space(attribute.id()), H5Sclose, "H5Aget_space " + name);
    if (H5Sget_simple_extent_npoints(space.id()) != 1)
        throw InputError(path_ + ": attribute " + name + " is not a single value");
}

std::optional<double> NetcdfReader::number_attribute(const std::string& name,
                                                     const std::string& variable) const {
    if (!has_attribute(name, variable)) return std::nullopt;
    const Handle attribute = open_attribute(name, variable);
    const Handle type(H5Aget_type(attribute.id()), H5Tclose, "H5Aget_type " + name);
    const H5T_class_t type_class = H5Tget_class(type.id());
    if (type_class != H5T_INTEGER && type_class != H5T_FLOAT)
        throw InputError(path_ + ": attribute " + name + " is not a number");
    require_one_value(attribute, name);
    double value = 0;
    check(H5Aread(attribute.id(), H5T_NATIVE_DOUBLE, &value), "H5Aread " + name);
    return value;
}

std::optional<std::string> NetcdfReader::text_attribute(const std::string& name,
                                                        const std::string& variable) const {
    if (!has_attribute(name, variable)) return std::nullopt;
    const Handle attribute = open_attribute(name, variable);
    const Handle type(H5Aget_type(attribute.id()), H5Tclose, "H5Aget_type " + name);
    // This version writes fixed-length texts; HDF5 1.10 can loop forever reading a damaged
    // variable-length one (docs/robustness.md, "Fuzzing").
    if (H5Tget_class(type.id()) != H5T_STRING || H5Tis_variable_str(type.id()) != 0)
        throw InputError(path_ + ": attribute " + name + " is not a fixed-length text");
    require_one_value(attribute, name);
    const std::size_t size = H5Tget_size(type.id());
    if (size > kMaxTextBytes + 1) // the text and its terminating NUL
        throw InputError(path_ + ": attribute " + name +
                         " is longer than any this version "
                         "writes (damaged file?)");
    std::string buffer(size, '\0');
    check(H5Aread(attribute.id(), type.id(), buffer.data()), "H5Aread " + name);
    return buffer.substr(0, buffer.find('\0'));
}

std::optional<std::string> NetcdfReader::attribute_text(const std::string& name,
                                                        const std::string& variable) const {
    if (!has_attribute(name, variable)) return std::nullopt;
    const Handle attribute = open_attribute(name, variable);
    const Handle type(H5Aget_type(attribute.id()), H5Tclose, "H5Aget_type " + name);
    if (H5Tget_class(type.id()) == H5T_STRING) return text_attribute(name, variable);
    char text[64];
    std::snprintf(text, sizeof text, "%.15g", number_attribute(name, variable).value_or(0));
    return std::string(text);
}

std::vector<std::string> NetcdfReader::variables() const {
    std::vector<std::string> names;
    const auto visit = [](hid_t, const char* name, const H5L_info_t*, void* data) -> herr_t {
        static_cast<std::vector<std::string>*>(data)->emplace_back(name);
        return 0;
    };
    // In creation order, as written; a file that does not track it (h5py's default) by name.
    if (H5Literate(file_.id(), H5_INDEX_CRT_ORDER, H5_ITER_INC, nullptr, visit, &names) >= 0)
        return names;
    names.clear();
    if (H5Literate(file_.id(), H5_INDEX_NAME, H5_ITER_INC, nullptr, visit, &names) < 0)
        throw InputError(path_ + ": its variables cannot be listed (damaged file?)");
    return names;
}

std::vector<std::string> NetcdfReader::dimensions(const std::string& variable) const {
    const Handle dataset = open_dataset(variable);
    const std::size_t rank = shape(variable).size();
    if (H5DSis_scale(dataset.id()) > 0) // a coordinate variable: its own dimension
        return std::vector<std::string>(rank, variable);
    std::vector<std::string> names;
    for (unsigned axis = 0; axis < rank; ++axis) {
        std::string name;
        const auto visit = [](hid_t, unsigned, hid_t scale, void* data) -> herr_t {
            char buffer[256] = {};
            H5Iget_name(scale, buffer, sizeof buffer);
            *static_cast<std::string*>(data) = buffer[0] == '/' ? buffer + 1 : buffer;
            return 1;
        };
        int index = 0;
        H5DSiterate_scales(dataset.id(), axis, &index, visit, &name);
        names.push_back(name.empty() ? "phony_dim_" + std::to_string(axis) : name);
    }
    return names;
}

bool NetcdfReader::has_variable(const std::string& name) const {
    // Only hard links, as written: a soft or external one could lead anywhere (a FIFO).
    H5L_info_t link{};
    return name.find('/') == std::string::npos &&
           H5Lexists(file_.id(), name.c_str(), H5P_DEFAULT) > 0 &&
           H5Lget_info(file_.id(), name.c_str(), &link, H5P_DEFAULT) >= 0 &&
           link.type == H5L_TYPE_HARD;
}

Handle NetcdfReader::open_dataset(const std::string& name) const {
    if (!has_variable(name))
        throw InputError(path_ + ": " +
                         (name.find('/') == std::string::npos &&
                                  H5Lexists(file_.id(), name.c_str(), H5P_DEFAULT) > 0
                              ? name + ": not a variable of this file (a link elsewhere)"
                              : "no variable " + name));
    return {H5Dopen2(file_.id(), name.c_str(), H5P_DEFAULT), H5Dclose, "H5Dopen " + name};
}

std::vector<hsize_t> NetcdfReader::shape(const std::string& variable) const {
    const Handle dataset = open_dataset(variable);
    const Handle space(H5Dget_space(dataset.id()), H5Sclose, "H5Dget_space " + variable);
    const hid_t rank = check(H5Sget_simple_extent_ndims(space.id()), "rank of " + variable);
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    check(H5Sget_simple_extent_dims(space.id(), dims.data(), nullptr), "shape of " + variable);
    return dims;
}

hsize_t NetcdfReader::values_to_read(const std::string& variable,
                                     std::span<const hsize_t> dims) const {
    hsize_t count = 1;
    for (const hsize_t d : dims) {
        if (d != 0 && count > kMaxValuesPerRead / d)
            throw InputError(path_ + ": " + variable +
                             " is larger than any variable this version "
                             "writes (damaged file?)");
        count *= d;
    }
    return count;
}

void NetcdfReader::require_numbers(const Handle& dataset, const std::string& variable) const {
    const Handle type(H5Dget_type(dataset.id()), H5Tclose, "H5Dget_type " + variable);
    const H5T_class_t type_class = H5Tget_class(type.id());
    if (type_class != H5T_INTEGER && type_class != H5T_FLOAT)
        throw InputError(path_ + ": " + variable + " does not hold numbers");
}

bool NetcdfReader::is_text(const std::string& variable) const {
    const Handle dataset = open_dataset(variable);
    const Handle type(H5Dget_type(dataset.id()), H5Tclose, "H5Dget_type " + variable);
    return H5Tget_class(type.id()) == H5T_STRING;
}

std::vector<double> NetcdfReader::read(const std::string& variable) const {
    const Handle dataset = open_dataset(variable);
    require_numbers(dataset, variable);
    std::vector<double> values(values_to_read(variable, shape(variable)));
    check(H5Dread(dataset.id(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
          "H5Dread " + variable);
    return values;
}

std::vector<double> NetcdfReader::read_row(const std::string& variable, hsize_t index) const {
    const Handle dataset = open_dataset(variable);
    require_numbers(dataset, variable);
    std::vector<hsize_t> dims = shape(variable);
    if (dims.empty() || index >= dims[0])
        throw InputError(path_ + ": " + variable + " has no entry " + std::to_string(index));
    const hsize_t size = values_to_read(variable, std::span(dims).subspan(1));
    std::vector<hsize_t> start(dims.size(), 0), count = dims;
    start[0] = index;
    count[0] = 1;
    const Handle file_space(H5Dget_space(dataset.id()), H5Sclose, "H5Dget_space " + variable);
    check(H5Sselect_hyperslab(file_space.id(), H5S_SELECT_SET, start.data(), nullptr, count.data(),
                              nullptr),
          "H5Sselect_hyperslab " + variable);
    const Handle memory_space(H5Screate_simple(1, &size, nullptr), H5Sclose, "H5Screate_simple");
    std::vector<double> values(size);
    check(H5Dread(dataset.id(), H5T_NATIVE_DOUBLE, memory_space.id(), file_space.id(), H5P_DEFAULT,
                  values.data()),
          "H5Dread " + variable);
    return values;
}

std::vector<std::string> NetcdfReader::read_strings(const std::string& variable) const {
    const auto dims = shape(variable);
    if (!is_text(variable) || dims.size() != 1)
        throw InputError(path_ + ": " + variable + " is not a list of texts");
    if (dims[0] > kMaxTextsPerRead)
        throw InputError(path_ + ": " + variable +
                         " holds more names than this version writes "
                         "(damaged file?)");
    const Handle dataset = open_dataset(variable);
    std::vector<char*> texts(dims[0], nullptr);
    const Handle memory = vlen_string_type();
    check(H5Dread(dataset.id(), memory.id(), H5S_ALL, H5S_ALL, H5P_DEFAULT, texts.data()),
          "H5Dread " + variable);
    std::vector<std::string> values;
    for (char* text : texts) {
        values.emplace_back(text != nullptr ? text : "");
        H5free_memory(text);
    }
    return values;
}

} // namespace paradiplo::h5
