#pragma once
// What `paradiplo sweep` does around the runs, shared by the local and the MPI paths: the runs to
// do, where completed runs go (the run store, and each run's own file when per-authority data is
// asked for), and the sweep file written at the end.
#include "engine/sweep/sweep_runner.hpp"
#include "outputs/run_file_writer.hpp"
#include "outputs/sweep/run_store.hpp"
#include "outputs/sweep/sweep_file_writer.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace paradiplo {

struct SweepJob {
    explicit SweepJob(SweepPlan sweep_plan) : plan(std::move(sweep_plan)) {}
    SweepPlan plan;
    std::string output; ///< the sweep file, or the shard's file
    std::uint64_t fingerprint = 0;
    std::vector<std::size_t> runs; ///< every run, or the shard's
    std::string shard;             ///< "K/N" or ""
    int threads = 1;
    bool quiet = false;
    std::string start_time;

    [[nodiscard]] std::string store_folder() const { return output + ".partial.d"; }
    /// True when the output already exists, complete, for this very sweep (a rerun task).
    [[nodiscard]] bool already_complete() const;
};

/// Records completed runs in the store; with per_authority, writes each run's own file first.
class StoringHandler final : public RunHandler {
  public:
    StoringHandler(const SweepJob& job, const RunStore& store) : job_(job), store_(store) {}
    std::unique_ptr<MonthObserver> observer(const RunSpec& run, const ScenarioConfig& scenario,
                                            const World& world) override;
    void completed(const RunSpec& run, const ScenarioConfig& scenario,
                   const IndicatorHistory& history, MonthObserver* observer,
                   double wall_time_seconds) override;

  private:
    const SweepJob& job_;
    const RunStore& store_;
};

/// The job's runs that the store does not hold yet.
std::vector<std::size_t> pending_runs(const SweepJob& job, const RunStore& store);

/// Ends a sweep that has `done` of its runs recorded: with all of them, writes the sweep (or
/// shard) file, deletes the store and returns 0; otherwise says how to resume and returns 130.
int conclude_sweep(const SweepJob& job, const RunStore& store, std::size_t done, int ranks,
                   std::chrono::steady_clock::time_point started);

} // namespace paradiplo
