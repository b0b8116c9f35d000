#pragma once
// Joins the files of a sweep's shards (Slurm job-array tasks) into the sweep file.
#include <string>
#include <vector>

namespace paradiplo {

/// Checks that the shards are complete files of one sweep covering every shard index exactly
/// once (InputError naming the file, or listing the missing indices, otherwise), then writes the
/// sweep file with its quantile summaries. Returns the number of runs.
std::size_t merge_shards(const std::vector<std::string>& shard_paths, const std::string& output);

} // namespace paradiplo
