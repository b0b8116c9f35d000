#pragma once
// `paradiplo sweep --emit-slurm`: sbatch scripts for a sweep as a Slurm job array.
#include "engine/sweep/sweep_plan.hpp"

#include <string>

namespace paradiplo {

struct SlurmOptions {
    std::string sweep_file, output, folder;
    int tasks = 16;
    std::string time_limit; ///< "" = the partition's default
    int threads = 0;        ///< per task; 0 = the CPUs Slurm gives the task
};

/// Writes FOLDER/array.sbatch (one task per shard, logs in FOLDER/logs), FOLDER/merge.sbatch and
/// FOLDER/submit.sh (submits both, the merge depending on the array's success); returns the path
/// of submit.sh.
std::string write_slurm_scripts(const SlurmOptions& options, const SweepPlan& plan);

} // namespace paradiplo
