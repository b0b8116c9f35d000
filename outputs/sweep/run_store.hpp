#pragma once
// The completed runs of a sweep not yet written out: one small binary record per run in a folder
// (OUT.h5.partial.d). A record is written under a temporary name and renamed, so a process killed
// at any point leaves only whole records; --resume skips the runs recorded. The folder carries the
// sweep's fingerprint, and resuming a different sweep is refused. Each record carries a CRC-32 of
// its header and values: a damaged record is never read as a run's values.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace paradiplo {

class RunStore {
  public:
    /// Creates the folder, or with `resume` reuses it (creating it when absent). Without `resume`
    /// an existing folder is an InputError: it holds interrupted work. The owner (a local sweep,
    /// MPI rank 0) locks the folder: a second sweep writing the same output is refused.
    RunStore(std::string folder, std::uint64_t fingerprint, bool resume, bool owner = true);
    ~RunStore();
    RunStore(const RunStore&) = delete;
    RunStore& operator=(const RunStore&) = delete;

    [[nodiscard]] const std::string& folder() const { return folder_; }
    /// Whether the run has a whole, undamaged record (a damaged one is computed again).
    [[nodiscard]] bool contains(std::size_t run) const;
    /// Stores a run's values (safe to call from several threads and processes for different runs).
    void put(std::size_t run, std::span<const double> values) const;
    /// The run's values; IoError naming the record when it is missing, foreign or damaged.
    [[nodiscard]] std::vector<double> get(std::size_t run) const;
    /// Deletes the folder once the sweep file is complete.
    void remove() const;

  private:
    void lock();
    /// The run's values, or nothing with `problem` saying why.
    [[nodiscard]] std::optional<std::vector<double>> read(std::size_t run,
                                                          std::string& problem) const;
    [[nodiscard]] std::string record_path(std::size_t run) const;
    std::string folder_;
    std::uint64_t fingerprint_;
    int lock_ = -1; ///< file descriptor holding the folder's lock
};

} // namespace paradiplo
