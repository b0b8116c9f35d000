#include "outputs/hdf5/netcdf_writer.hpp"

#include "engine/core/errors.hpp"
#include "engine/core/parallel.hpp"

#include <hdf5_hl.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace paradiplo::h5 {

WriteLock::WriteLock(const std::string& path)
    : fd_(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666)) {
    if (fd_ < 0) throw IoError("cannot create " + path + " (" + std::strerror(errno) + ")");
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
    const int reason = errno;
    ::close(fd_);
    if (reason == EWOULDBLOCK)
        throw InputError(path + ": another paradiplo process is writing this file; give another "
                                "output path or wait until that one ends");
    throw IoError("cannot lock " + path + " (" + std::strerror(reason) + ")");
}

WriteLock::~WriteLock() {
    ::close(fd_);
}

NetcdfWriter::NetcdfWriter(const std::string& path) : path_(path), lock_(path) {
    silence_error_stack();
    Handle creation(H5Pcreate(H5P_FILE_CREATE), H5Pclose, "creating file properties");
    // Tracked creation order: netCDF-4 needs it to open the file for appending.
    check(H5Pset_link_creation_order(creation.id(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
          "link order");
    check(H5Pset_attr_creation_order(creation.id(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
          "attribute order");
    // HDF5's own lock is taken after the file is truncated, and would conflict with ours.
    Handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose, "creating file access properties");
    check(H5Pset_file_locking(access.id(), false, true), "file locking");
    file_ = Handle(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, creation.id(), access.id()), H5Fclose,
                   "creating " + path);
}

void NetcdfWriter::create(const VariableSpec& spec, hid_t type, std::size_t length_if_coordinate) {
    std::vector<hsize_t> shape;
    for (const auto& dimension : spec.dimensions) {
        if (dimension == spec.name && length_if_coordinate > 0)
            shape.push_back(length_if_coordinate);
        else if (auto it = dimension_sizes_.find(dimension); it != dimension_sizes_.end())
            shape.push_back(it->second);
        else
            throw IoError("HDF5: variable " + spec.name + " uses undeclared dimension " +
                          dimension);
    }
    Handle space(H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr), H5Sclose,
                 "dataspace of " + spec.name);
    Handle properties(H5Pcreate(H5P_DATASET_CREATE), H5Pclose,
                      "dataset properties of " + spec.name);
    check(
        H5Pset_attr_creation_order(properties.id(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
        "attribute order");
    if (!spec.chunk.empty()) {
        check(H5Pset_chunk(properties.id(), static_cast<int>(spec.chunk.size()), spec.chunk.data()),
              "chunking " + spec.name);
        if (spec.deflate > 0) {
            check(H5Pset_shuffle(properties.id()), "shuffle filter");
            check(H5Pset_deflate(properties.id(), static_cast<unsigned>(spec.deflate)),
                  "deflate filter");
        }
    }
    // Chunks are always written whole (one run, one block of months): no chunk cache is needed,
    // and one per dataset would hold up to 1 MiB each for the life of the file.
    Handle access(H5Pcreate(H5P_DATASET_ACCESS), H5Pclose, "dataset access of " + spec.name);
    check(H5Pset_chunk_cache(access.id(), 0, 0, 1.0), "chunk cache of " + spec.name);
    Handle dataset(H5Dcreate2(file_.id(), spec.name.c_str(), type, space.id(), H5P_DEFAULT,
                              properties.id(), access.id()),
                   H5Dclose, "creating " + spec.name + " in " + path_);
    datasets_.emplace(spec.name, std::move(dataset));
    specs_[spec.name] = spec;
    shapes_[spec.name] = shape;
    // Attach every axis to its dimension scale (an unattached axis reads as phony_dim_N).
    for (std::size_t axis = 0; axis < spec.dimensions.size(); ++axis) {
        if (spec.dimensions[axis] == spec.name) continue;
        check(H5DSattach_scale(datasets_.at(spec.name).id(),
                               datasets_.at(spec.dimensions[axis]).id(),
                               static_cast<unsigned>(axis)),
              "attaching dimension " + spec.dimensions[axis] + " to " + spec.name);
    }
}

void NetcdfWriter::make_scale(const std::string& name, std::size_t length) {
    check(H5DSset_scale(datasets_.at(name).id(), name.c_str()), "making " + name + " a dimension");
    attribute(name, "_Netcdf4Dimid", static_cast<std::int32_t>(next_dimid_++));
    dimension_sizes_[name] = length;
}

void NetcdfWriter::string_coordinate(const std::string& name,
                                     const std::vector<std::string>& values) {
    Handle type = vlen_string_type();
    create(VariableSpec{name, {name}, {}, 0}, type.id(), values.size());
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const auto& v : values)
        pointers.push_back(v.c_str());
    write(name, pointers.data(), type.id());
    make_scale(name, values.size());
}

void NetcdfWriter::string_variable(const std::string& name, const std::string& dimension,
                                   const std::vector<std::string>& values) {
    Handle type = vlen_string_type();
    create(VariableSpec{name, {dimension}, {}, 0}, type.id());
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const auto& v : values)
        pointers.push_back(v.c_str());
    write(name, pointers.data(), type.id());
}

void NetcdfWriter::write(const std::string& name, const void* data, hid_t type) {
    check(H5Dwrite(datasets_.at(name).id(), type, H5S_ALL, H5S_ALL, H5P_DEFAULT, data),
          "writing " + name + " to " + path_);
}

void NetcdfWriter::write_slab(const std::string& name, const std::vector<hsize_t>& start,
                              const std::vector<hsize_t>& count, const void* data, hid_t type) {
    const hid_t dataset = datasets_.at(name).id();
    Handle file_space(H5Dget_space(dataset), H5Sclose, "dataspace of " + name);
    check(H5Sselect_hyperslab(file_space.id(), H5S_SELECT_SET, start.data(), nullptr, count.data(),
                              nullptr),
          "selecting a block of " + name);
    Handle memory_space(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr),
                        H5Sclose, "memory space");
    check(H5Dwrite(dataset, type, memory_space.id(), file_space.id(), H5P_DEFAULT, data),
          "writing a block of " + name + " to " + path_);
}

namespace {

/// HDF5's shuffle filter: byte j of element i goes to position j * count + i.
void shuffle(const unsigned char* in, unsigned char* out, std::size_t count,
             std::size_t element_size) {
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t j = 0; j < element_size; ++j)
            out[j * count + i] = in[i * element_size + j];
}

/// A zlib stream, as HDF5's deflate filter stores it. The run-length strategy skips the costly
/// search for distant matches: shuffled byte planes are mostly runs, and any zlib stream inflates.
std::vector<unsigned char> deflate_bytes(std::vector<unsigned char>& input, int level) {
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK) return {};
    std::vector<unsigned char> output(deflateBound(&stream, static_cast<uLong>(input.size())));
    stream.next_in = input.data();
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = output.data();
    stream.avail_out = static_cast<uInt>(output.size());
    const int status = deflate(&stream, Z_FINISH);
    output.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) return {};
    return output;
}

} // namespace

void NetcdfWriter::write_time_block(const std::string& name, hsize_t time_start, hsize_t months,
                                    const void* values, std::size_t element_size, hid_t type) {
    const VariableSpec& spec = specs_.at(name);
    const std::vector<hsize_t>& shape = shapes_.at(name);
    const hsize_t inner = shape.size() > 2 ? shape[2] : 1;
    if (spec.deflate == 0 || spec.chunk.empty()) {
        std::vector<hsize_t> start{time_start, 0, 0}, count{months, shape[1], inner};
        start.resize(shape.size());
        count.resize(shape.size());
        write_slab(name, start, count, values, type);
        return;
    }
    const hsize_t chunk_time = spec.chunk[0], chunk_rows = spec.chunk[1], rows = shape[1];
    if (time_start % chunk_time != 0 || months > chunk_time)
        throw IoError("HDF5: block of " + name + " is not aligned on its chunks");
    const std::size_t chunks = static_cast<std::size_t>((rows + chunk_rows - 1) / chunk_rows);
    const std::size_t row_bytes = static_cast<std::size_t>(inner) * element_size;
    const std::size_t chunk_elements = static_cast<std::size_t>(chunk_time * chunk_rows * inner);
    std::vector<std::vector<unsigned char>> compressed(chunks);
    const auto* bytes = static_cast<const unsigned char*>(values);
    parallel_for_each_index(
        chunks,
        [&](std::size_t c) {
            // Edge chunks are stored whole, padded with zeros beyond the dataset's extent.
            std::vector<unsigned char> raw(chunk_elements * element_size, 0), shuffled(raw.size());
            const hsize_t first_row = c * chunk_rows,
                          row_count = std::min(chunk_rows, rows - first_row);
            for (hsize_t t = 0; t < months; ++t)
                std::memcpy(&raw[static_cast<std::size_t>(t * chunk_rows) * row_bytes],
                            bytes + static_cast<std::size_t>(t * rows + first_row) * row_bytes,
                            static_cast<std::size_t>(row_count) * row_bytes);
            shuffle(raw.data(), shuffled.data(), chunk_elements, element_size);
            compressed[c] =
                deflate_bytes(shuffled, spec.deflate); // empty on failure, reported below
        },
        1);
    const hid_t dataset = datasets_.at(name).id();
    for (std::size_t c = 0; c < chunks; ++c) {
        if (compressed[c].empty())
            throw IoError("zlib: compressing a chunk of " + name + " failed");
        std::vector<hsize_t> offset{time_start, c * chunk_rows, 0};
        offset.resize(shape.size());
        check(H5Dwrite_chunk(dataset, H5P_DEFAULT, 0, offset.data(), compressed[c].size(),
                             compressed[c].data()),
              "writing a chunk of " + name + " to " + path_);
    }
}

hid_t NetcdfWriter::object(const std::string& variable) const {
    return variable.empty() ? file_.id() : datasets_.at(variable).id();
}

void NetcdfWriter::put_attribute(const std::string& variable, const std::string& name, hid_t type,
                                 const void* value, const std::vector<hsize_t>& shape) {
    Handle space = shape.empty() ? Handle(H5Screate(H5S_SCALAR), H5Sclose, "scalar space")
                                 : Handle(H5Screate_simple(1, shape.data(), nullptr), H5Sclose,
                                          "attribute space");
    const hid_t owner = object(variable);
    if (H5Aexists(owner, name.c_str()) > 0)
        check(H5Adelete(owner, name.c_str()), "replacing attribute " + name);
    Handle attribute(
        H5Acreate2(owner, name.c_str(), type, space.id(), H5P_DEFAULT, H5P_DEFAULT), H5Aclose,
        "creating attribute " + name + " of " + (variable.empty() ? "the file" : variable));
    check(H5Awrite(attribute.id(), type, value), "writing attribute " + name + " to " + path_);
}

void NetcdfWriter::attribute(const std::string& variable, const std::string& name,
                             const std::string& value) {
    Handle type = fixed_string_type(value.size() + 1);
    put_attribute(variable, name, type.id(), value.c_str(), {});
}
void NetcdfWriter::attribute(const std::string& variable, const std::string& name, double value) {
    put_attribute(variable, name, H5T_NATIVE_DOUBLE, &value, {});
}
void NetcdfWriter::attribute(const std::string& variable, const std::string& name,
                             std::int32_t value) {
    put_attribute(variable, name, H5T_NATIVE_INT32, &value, {});
}
void NetcdfWriter::attribute(const std::string& variable, const std::string& name,
                             std::int64_t value) {
    put_attribute(variable, name, H5T_NATIVE_INT64, &value, {});
}
void NetcdfWriter::attribute(const std::string& variable, const std::string& name,
                             std::span<const std::int8_t> values) {
    put_attribute(variable, name, H5T_NATIVE_INT8, values.data(), {values.size()});
}

void NetcdfWriter::flush() {
    check(H5Fflush(file_.id(), H5F_SCOPE_GLOBAL), "flushing " + path_);
}

void NetcdfWriter::close() {
    datasets_.clear();
    file_.reset();
}

} // namespace paradiplo::h5
