#pragma once
// Reads back what NetcdfWriter writes: global attributes and numeric variables, whole or one
// index of the first dimension at a time. Opening anything that is not an HDF5 file, or asking
// for a missing object, throws InputError naming the file.
#include "outputs/hdf5/hdf5_handle.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace paradiplo::h5 {

class NetcdfReader {
  public:
    explicit NetcdfReader(const std::string& path);

    [[nodiscard]] const std::string& path() const { return path_; }
    /// Attributes of a variable, or global ones with variable "".
    [[nodiscard]] bool has_attribute(const std::string& name,
                                     const std::string& variable = "") const;
    /// A numeric attribute of one value, or nothing when absent.
    [[nodiscard]] std::optional<double> number_attribute(const std::string& name,
                                                         const std::string& variable = "") const;
    /// A fixed-length string attribute of one value, or nothing when absent.
    [[nodiscard]] std::optional<std::string> text_attribute(const std::string& name,
                                                            const std::string& variable = "") const;
    /// Any attribute as text (numbers with up to 15 significant digits), or nothing when absent.
    [[nodiscard]] std::optional<std::string> attribute_text(const std::string& name,
                                                            const std::string& variable = "") const;
    /// Names of the variables at the root, in creation order (by name in a file that does not
    /// track it).
    [[nodiscard]] std::vector<std::string> variables() const;
    /// Names of the dimensions of a variable (its attached dimension scales).
    [[nodiscard]] std::vector<std::string> dimensions(const std::string& variable) const;
    [[nodiscard]] bool has_variable(const std::string& name) const;
    [[nodiscard]] std::vector<hsize_t> shape(const std::string& variable) const;
    /// The whole variable of numbers, converted to double. Reading more values at once than
    /// kMaxValuesPerRead, or texts, is an InputError.
    [[nodiscard]] std::vector<double> read(const std::string& variable) const;
    /// Entry `index` of the first dimension (every other dimension whole), converted to double.
    [[nodiscard]] std::vector<double> read_row(const std::string& variable, hsize_t index) const;
    /// Whether a variable holds strings (read them with read_strings, not read).
    [[nodiscard]] bool is_text(const std::string& variable) const;
    /// A one-dimensional variable-length string variable.
    [[nodiscard]] std::vector<std::string> read_strings(const std::string& variable) const;

    /// 512 MiB of doubles: far above what this version reads at once (a month of every
    /// authority's priorities, 327,000 values; a sweep's aggregates, 300 values a month a run)
    /// and below what a damaged file's dimensions can claim (a dataset may declare more values
    /// than the file holds).
    static constexpr hsize_t kMaxValuesPerRead = hsize_t{1} << 26;
    /// Names in one text variable: over a hundred times the authorities of the geography.
    static constexpr hsize_t kMaxTextsPerRead = hsize_t{1} << 22;
    /// Bytes of one text attribute, as for input files (the resolved scenario and sweep texts).
    static constexpr std::size_t kMaxTextBytes = std::size_t{64} << 20;

  private:
    [[nodiscard]] hsize_t values_to_read(const std::string& variable,
                                         std::span<const hsize_t> dims) const;
    void require_numbers(const Handle& dataset, const std::string& variable) const;
    void require_one_value(const Handle& attribute, const std::string& name) const;
    [[nodiscard]] Handle open_dataset(const std::string& name) const;
    [[nodiscard]] Handle open_attribute(const std::string& name, const std::string& variable) const;
    std::string path_;
    Handle file_;
};

} // namespace paradiplo::h5
