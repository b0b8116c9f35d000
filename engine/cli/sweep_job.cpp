#include "engine/cli/sweep_job.hpp"

#include "outputs/hdf5/netcdf_reader.hpp"
#include "outputs/output_variables.hpp"
#include "outputs/provenance.hpp"

#include <cstdio>
#include <filesystem>

namespace paradiplo {

bool SweepJob::already_complete() const {
    if (!std::filesystem::exists(output) || std::filesystem::exists(store_folder())) return false;
    try {
        const h5::NetcdfReader file(output);
        return file.number_attribute("complete").value_or(0) == 1 &&
               file.text_attribute("fingerprint") == fingerprint_text(fingerprint) &&
               file.text_attribute("shard").value_or("") == shard;
    } catch (const std::exception&) {
        return false;
    }
}

std::unique_ptr<MonthObserver>
StoringHandler::observer(const RunSpec& run, const ScenarioConfig& scenario, const World& world) {
    if (!job_.plan.config().per_authority) return nullptr;
    const auto folder = std::filesystem::path(job_.output).parent_path();
    const std::string path = (folder / run_file_path(job_.plan.config().name, run.run)).string();
    return std::make_unique<RunFileWriter>(
        path, scenario, world, RunProvenance{job_.threads, host_name(), job_.start_time});
}

void StoringHandler::completed(const RunSpec& run, const ScenarioConfig&,
                               const IndicatorHistory& history, MonthObserver* observer,
                               double wall_time_seconds) {
    if (auto* writer = dynamic_cast<RunFileWriter*>(observer))
        writer->finish(history, wall_time_seconds);
    store_.put(run.run, flatten_aggregates(history.months()));
}

std::vector<std::size_t> pending_runs(const SweepJob& job, const RunStore& store) {
    std::vector<std::size_t> pending;
    for (std::size_t r : job.runs)
        if (!store.contains(r)) pending.push_back(r);
    return pending;
}

int conclude_sweep(const SweepJob& job, const RunStore& store, std::size_t done, int ranks,
                   std::chrono::steady_clock::time_point started) {
    if (done < job.runs.size()) {
        std::fprintf(stderr,
                     "paradiplo sweep: interrupted after %zu of %zu run(s); completed runs are "
                     "kept in %s: rerun with --resume to continue.\n",
                     done, job.runs.size(), job.store_folder().c_str());
        return 130;
    }
    const SweepProvenance provenance{job.fingerprint, job.threads,    ranks,
                                     host_name(),     job.start_time, job.shard};
    write_sweep_file(
        job.output, job.plan, job.runs, [&](std::size_t r) { return store.get(r); }, provenance,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    store.remove();
    if (!job.quiet)
        std::printf("Wrote %s (%zu run(s)%s%s)\n", job.output.c_str(), job.runs.size(),
                    job.shard.empty() ? "" : (", shard " + job.shard).c_str(),
                    ranks > 1 ? (" on " + std::to_string(ranks) + " MPI ranks").c_str() : "");
    return 0;
}

} // namespace paradiplo
