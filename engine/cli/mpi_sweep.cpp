#include "engine/cli/mpi_sweep.hpp"

#include "engine/cli/progress.hpp"
#include "engine/core/errors.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#ifdef PARADIPLO_WITH_MPI
#include <mpi.h>
#endif

namespace paradiplo {
namespace {

int world_size_from_environment() {
    for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_SIZE"})
        if (const char* value = std::getenv(name)) return std::atoi(value);
    return 1;
}

} // namespace

#ifndef PARADIPLO_WITH_MPI

bool launched_by_mpirun() {
    if (world_size_from_environment() > 1)
        throw InputError("started by mpirun with several ranks, but this paradiplo was built "
                         "without MPI: rebuild it with MPI (see docs/sweeps.md) or use --shard");
    return false;
}

int run_with_mpi(const SweepJob&, bool, const std::atomic<bool>&) {
    return 1;
}

#else

namespace {

constexpr int kRequestTag = 1, kAssignTag = 2;
constexpr long long kFirstRequest = -1, kNoMoreRuns = -1, kInterrupted = -2, kFailed = -3;

/// Rank 0: hands out the pending runs one at a time; counts the runs done.
int manage(const SweepJob& job, const RunStore& store, int size, const std::atomic<bool>& stop) {
    const auto started = std::chrono::steady_clock::now();
    const std::vector<std::size_t> pending = pending_runs(job, store);
    Progress progress("runs", static_cast<long>(pending.size()), job.quiet, 0.0);
    std::size_t next = 0, done = 0;
    int working = size - 1;
    bool interrupted = false, failed = false;
    while (working > 0) {
        long long message = 0;
        MPI_Status status;
        MPI_Recv(&message, 1, MPI_LONG_LONG, MPI_ANY_SOURCE, kRequestTag, MPI_COMM_WORLD, &status);
        if (message >= 0) progress.update(static_cast<long>(++done));
        interrupted = interrupted || message == kInterrupted || stop.load();
        failed = failed || message == kFailed;
        long long reply = kNoMoreRuns;
        if (!interrupted && !failed && next < pending.size())
            reply = static_cast<long long>(pending[next++]);
        if (reply == kNoMoreRuns) --working;
        MPI_Send(&reply, 1, MPI_LONG_LONG, status.MPI_SOURCE, kAssignTag, MPI_COMM_WORLD);
    }
    progress.finish();
    if (failed) return 1;
    return conclude_sweep(job, store, job.runs.size() - pending.size() + done, size, started);
}

/// Other ranks: ask for a run, do it (with this rank's threads), report, until told to stop.
int work(const SweepJob& job, const RunStore& store, const std::atomic<bool>& stop) {
    StoringHandler handler(job, store);
    long long message = kFirstRequest;
    int exit_code = 0;
    for (;;) {
        MPI_Send(&message, 1, MPI_LONG_LONG, 0, kRequestTag, MPI_COMM_WORLD);
        long long run = kNoMoreRuns;
        MPI_Recv(&run, 1, MPI_LONG_LONG, 0, kAssignTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        if (run < 0) return exit_code;
        const std::size_t index = static_cast<std::size_t>(run);
        try {
            const bool completed =
                execute_runs(job.plan, {&index, 1}, handler, &stop, nullptr) == 1;
            message = completed ? run : kInterrupted;
            if (!completed) exit_code = 130;
        } catch (const std::exception& error) {
            std::fprintf(stderr, "paradiplo sweep: run %lld failed: %s\n", run, error.what());
            message = kFailed;
            exit_code = 1;
        }
    }
}

} // namespace

bool launched_by_mpirun() {
    return world_size_from_environment() > 1;
}

int run_with_mpi(const SweepJob& job, bool resume, const std::atomic<bool>& stop) {
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    int exit_code = 0;
    // Rank 0 prepares the run store (checking interrupted work) before the others open it.
    int setup = 0;
    std::string setup_error;
    std::optional<RunStore> store;
    if (rank == 0) {
        try {
            if (resume && job.already_complete())
                setup = -1;
            else
                store.emplace(job.store_folder(), job.fingerprint, resume);
        } catch (const InputError& error) {
            setup_error = error.what();
            setup = 2;
        }
    }
    MPI_Bcast(&setup, 1, MPI_INT, 0, MPI_COMM_WORLD);
    if (setup == 2 && rank == 0) std::fprintf(stderr, "paradiplo sweep: %s\n", setup_error.c_str());
    if (setup != 0) {
        if (setup == -1 && rank == 0 && !job.quiet)
            std::printf("%s is already complete.\n", job.output.c_str());
        MPI_Finalize();
        return setup == -1 ? 0 : 2;
    }
    if (rank != 0) store.emplace(job.store_folder(), job.fingerprint, true, false);
    exit_code = rank == 0 ? manage(job, *store, size, stop) : work(job, *store, stop);
    MPI_Finalize();
    return exit_code;
}

#endif

} // namespace paradiplo
