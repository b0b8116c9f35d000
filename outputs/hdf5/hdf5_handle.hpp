#pragma once
// A small RAII layer over the HDF5 C API: a handle closes what it owns, and a negative return
// code becomes an IoError naming the call and the object. Keeps HDF5 out of the rest of the code.
#include <hdf5.h>

#include <string>
#include <utility>

namespace paradiplo::h5 {

/// Stops HDF5 printing its error stack on this thread: failures are reported by check instead.
void silence_error_stack();

/// Throws IoError("HDF5: <what> failed") when status is negative; returns status otherwise.
hid_t check(hid_t status, const std::string& what);

class Handle {
  public:
    using Closer = herr_t (*)(hid_t);
    Handle() = default;
    Handle(hid_t id, Closer closer, const std::string& what)
        : id_(check(id, what)), closer_(closer) {}
    Handle(Handle&& other) noexcept
        : id_(std::exchange(other.id_, H5I_INVALID_HID)), closer_(other.closer_) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            id_ = std::exchange(other.id_, H5I_INVALID_HID);
            closer_ = other.closer_;
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { reset(); }

    [[nodiscard]] hid_t id() const { return id_; }
    void reset() {
        if (id_ >= 0 && closer_ != nullptr) closer_(id_);
        id_ = H5I_INVALID_HID;
    }

  private:
    hid_t id_ = H5I_INVALID_HID;
    Closer closer_ = nullptr;
};

/// Variable-length UTF-8 string type (for string variables).
Handle vlen_string_type();
/// Fixed-length NUL-terminated string type of `size` bytes (for attributes).
Handle fixed_string_type(std::size_t size);

} // namespace paradiplo::h5
