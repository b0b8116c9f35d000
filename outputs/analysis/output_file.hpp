#pragma once
// A complete Paradiplo run or sweep file opened for reading (compare, export, info). Anything else
// (not HDF5, another program's file, a file without complete = 1) is an InputError naming it.
#include "engine/core/calendar.hpp"
#include "outputs/hdf5/netcdf_reader.hpp"

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

  private:
    h5::NetcdfReader reader_;
    std::string label_;
    std::size_t runs_ = 0;
    std::vector<YearMonth> months_;
};

} // namespace paradiplo
