#include "outputs/sweep/shard_merge.hpp"

#include "engine/core/errors.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "outputs/hdf5/netcdf_reader.hpp"
#include "outputs/output_variables.hpp"
#include "outputs/provenance.hpp"
#include "outputs/sweep/sweep_file_writer.hpp"

#include <chrono>
#include <map>
#include <memory>

namespace paradiplo {
namespace {

struct Shard {
    std::unique_ptr<h5::NetcdfReader> file;
    int index = 0, count = 1;
};

Shard open_shard(const std::string& path) {
    Shard shard{std::make_unique<h5::NetcdfReader>(path)};
    const auto& f = *shard.file;
    if (!f.text_attribute("sweep") || !f.text_attribute("fingerprint"))
        throw InputError(path + ": not a Paradiplo sweep or shard file (no sweep attribute)");
    if (f.number_attribute("complete").value_or(0) != 1)
        throw InputError(path + ": incomplete (complete is not 1): its task did not finish; "
                                "rerun it with --resume, then merge again");
    const std::string text = f.text_attribute("shard").value_or("");
    if (!text.empty() && std::sscanf(text.c_str(), "%d/%d", &shard.index, &shard.count) != 2)
        throw InputError(path + ": shard attribute \"" + text + "\" is not K/N");
    return shard;
}

} // namespace

std::size_t merge_shards(const std::vector<std::string>& shard_paths, const std::string& output) {
    const auto started = std::chrono::steady_clock::now();
    if (shard_paths.empty()) throw InputError("give the shard files to merge");
    std::map<int, Shard> shards;
    std::string fingerprint;
    int count = 0;
    for (const auto& path : shard_paths) {
        Shard shard = open_shard(path);
        const std::string print = *shard.file->text_attribute("fingerprint");
        if (fingerprint.empty()) {
            fingerprint = print;
            count = shard.count;
        }
        if (print != fingerprint)
            throw InputError(path + ": shard of a different sweep (fingerprint " + print +
                             ", expected " + fingerprint + " like " + shard_paths.front() + ")");
        if (shard.count != count)
            throw InputError(path + ": shard " + std::to_string(shard.index) + "/" +
                             std::to_string(shard.count) + " of a split in " +
                             std::to_string(shard.count) + ", expected " + std::to_string(count));
        if (shards.count(shard.index))
            throw InputError(path + ": shard " + std::to_string(shard.index) + "/" +
                             std::to_string(count) + " given twice (also " +
                             shards.at(shard.index).file->path() + ")");
        shards.emplace(shard.index, std::move(shard));
    }
    std::string missing;
    for (int k = 0; k < count; ++k)
        if (!shards.count(k)) missing += (missing.empty() ? "" : ", ") + std::to_string(k);
    if (!missing.empty())
        throw InputError("missing shard(s) " + missing + " of " + std::to_string(count) +
                         ": merge needs every shard's complete file");

    const h5::NetcdfReader& first = *shards.begin()->second.file;
    const SweepPlan plan(read_resolved_sweep(*first.text_attribute("sweep"), first.path()));
    for (const auto& [k, shard] : shards) {
        const auto expected = plan.shard_runs(k, count);
        const auto runs = shard.file->read("run");
        if (runs.size() != expected.size() ||
            !std::equal(runs.begin(), runs.end(), expected.begin(),
                        [](double a, std::size_t b) { return a == static_cast<double>(b); }))
            throw InputError(shard.file->path() + ": does not hold the runs of shard " +
                             std::to_string(k) + "/" + std::to_string(count));
    }

    std::vector<std::size_t> all(plan.runs());
    for (std::size_t r = 0; r < all.size(); ++r)
        all[r] = r;
    const auto source = [&](std::size_t run) {
        const h5::NetcdfReader& file = *shards.at(static_cast<int>(run % count)).file;
        const auto position = static_cast<hsize_t>(run / static_cast<std::size_t>(count));
        std::vector<double> values;
        for (const auto& variable : aggregate_variables()) {
            const auto row = file.read_row(std::string(variable.name), position);
            values.insert(values.end(), row.begin(), row.end());
        }
        return values;
    };
    SweepProvenance provenance{std::stoull(fingerprint, nullptr, 16),
                               static_cast<int>(first.number_attribute("threads").value_or(1)),
                               static_cast<int>(first.number_attribute("mpi_ranks").value_or(1)),
                               host_name(),
                               now_iso8601(),
                               ""};
    write_sweep_file(
        output, plan, all, source, provenance,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return plan.runs();
}

} // namespace paradiplo
