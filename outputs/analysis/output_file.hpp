#pragma once
// A complete Paradiplo run or sweep file opened for reading (compare, export, info). Anything else
// (not HDF5, another program's file, a file without complete = 1, a time axis that is not
// successive months of the model's period, a variable whose axes do not match the file's
// dimensions, an aggregate not over the dimensions this version writes) is an InputError naming
// it, raised on opening so that what reads the file after may trust its shapes.
#include "engine/core/calendar.hpp"
#include "outputs/hdf5/netcdf_reader.hpp"
#include "outputs/output_variables.hpp"

#include <map>
#include <string>
#include <vector>

namespace paradiplo {

class OutputFile {
  public:
    explicit OutputFile(const std::string& path);

    [[nodiscard]] const h5::NetcdfReader& reader() const { return reader_; }
    [[nodiscard]] const std::string& path() const { return reader_.path(); }
    /// The scenario's name (run file) or the sweep's (sweep file).
    [[nodiscard]] const std::string& label() const { return label_; }
    [[nodiscard]] bool is_sweep() const { return runs_ > 0; }
    /// Runs in the file: 1 for a run file.
    [[nodiscard]] std::size_t runs() const { return is_sweep() ? runs_ : 1; }
    [[nodiscard]] const std::vector<YearMonth>& months() const { return months_; }
    [[nodiscard]] bool has(const std::string& variable) const;
    /// A variable over (time[, axis]) or (run, time[, axis]), as [run][time * axis] values.
    [[nodiscard]] std::vector<std::vector<double>> by_run(const std::string& variable) const;
    /// Throws InputError unless the variable is over exactly these dimensions, in this order.
    void require_dimensions(const std::string& variable,
                            const std::vector<std::string>& expected) const;

  private:
    [[nodiscard]] std::vector<YearMonth> read_months() const;
    using Shapes = std::map<std::string, std::vector<hsize_t>>;
    void check_axes(const std::string& variable, const Shapes& shapes) const;
    void check_aggregate(const AggregateVariable& variable) const;
    h5::NetcdfReader reader_;
    std::string label_;
    std::size_t runs_ = 0;
    std::vector<YearMonth> months_;
};

} // namespace paradiplo
