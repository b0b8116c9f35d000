#pragma once
// Writes a sweep file: the aggregates of product.md with a leading `run` dimension, the design
// (scenario, replicate, design point, seed and one variable per varied parameter, over run) and,
// when the file holds every run, quantiles over replicates for every aggregate and design point.
// A shard's file has the same layout for its runs, without quantiles.
#include "engine/sweep/sweep_plan.hpp"

#include <cstdint>
#include <functional>
#include <span>
#include <string>

namespace paradiplo {

struct SweepProvenance {
    std::uint64_t fingerprint = 0;
    int threads = 1, ranks = 1;
    std::string host, start_time;
    std::string shard; ///< "K/N" for a shard's file, "" for the whole sweep
};

/// A run's aggregates, in flatten_aggregates() order.
using RunValuesSource = std::function<std::vector<double>(std::size_t run)>;

inline constexpr double kSweepQuantiles[] = {0.05, 0.25, 0.5, 0.75, 0.95};

/// Writes `path`.partial run by run (memory holds one design point's replicates at most), then
/// sets complete = 1 and renames it to `path`.
void write_sweep_file(const std::string& path, const SweepPlan& plan,
                      std::span<const std::size_t> runs, const RunValuesSource& source,
                      const SweepProvenance& provenance, double wall_time_seconds);

/// Run r's own file (per_authority sweeps), relative to the sweep file's folder:
/// "<sweep name>_runs/run-000000042.h5". Shards of one sweep share the folder.
std::string run_file_path(const std::string& sweep_name, std::size_t run);

} // namespace paradiplo
