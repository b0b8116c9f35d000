#pragma once
// Sweeps under mpirun: rank 0 hands out run indices on request (a manager/worker queue, which
// balances runs of unequal length) and writes the sweep file; the other ranks run. Every rank
// records its runs in the shared run store, so an interrupted MPI sweep resumes like a local one.
#include "engine/cli/sweep_job.hpp"

#include <atomic>

namespace paradiplo {

/// True when this process was started by mpirun/srun with more than one rank (and MPI is built).
bool launched_by_mpirun();

/// Runs the job across the ranks; returns the exit code of this rank.
int run_with_mpi(const SweepJob& job, bool resume, const std::atomic<bool>& stop);

} // namespace paradiplo
