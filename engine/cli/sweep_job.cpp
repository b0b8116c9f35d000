#include "sweep_job.hpp"

#include "hdf5/netcdf_reader.hpp"
#include "output_variables.hpp"
#include "provenance.hpp"

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

void write_sweep_output(const SweepJob& job, const RunStore& store, int ranks, double wall) {
    const SweepProvenance provenance{job.fingerprint, job.threads,    ranks,
                                     host_name(),     job.start_time, job.shard};
    write_sweep_file(
        job.output, job.plan, job.runs, [&](std::size_t r) { return store.get(r); }, provenance,
        wall);
    store.remove();
}

} // namespace paradiplo
