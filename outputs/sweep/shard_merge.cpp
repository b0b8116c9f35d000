#include "outputs/sweep/shard_merge.hpp"

#include "engine/core/errors.hpp"
#include "engine/sweep/shard_text.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "models/population/reference_data.hpp"
#include "outputs/hdf5/netcdf_reader.hpp"
#include "outputs/output_variables.hpp"
#include "outputs/provenance.hpp"
#include "outputs/sweep/sweep_file_writer.hpp"

#include <charconv>
#include <chrono>
#include <limits>
#include <map>
#include <memory>

namespace paradiplo {
namespace {

struct ShardFile {
    std::unique_ptr<h5::NetcdfReader> file;
    int index = 0, count = 1;
};

ShardFile open_shard(const std::string& path) {
    ShardFile shard{std::make_unique<h5::NetcdfReader>(path)};
    const auto& f = *shard.file;
    if (!f.text_attribute("sweep") || !f.text_attribute("fingerprint"))
        throw InputError(path + ": not a Paradiplo sweep or shard file (no sweep attribute)");
    if (f.number_attribute("complete").value_or(0) != 1)
        throw InputError(path + ": incomplete (complete is not 1): its task did not finish; "
                                "rerun it with --resume, then merge again");
    const std::string text = f.text_attribute("shard").value_or("");
    if (text.empty()) return shard; // a whole sweep file: the one shard of one
    const auto split = parse_shard(text);
    if (!split)
        throw InputError(path + ": shard attribute \"" + text + "\" is not K/N with 0 <= K < N");
    shard.index = split->index;
    shard.count = split->count;
    return shard;
}

std::uint64_t parse_fingerprint(const std::string& text, const std::string& path) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size())
        throw InputError(path + ": fingerprint \"" + text + "\" is not a hexadecimal number");
    return value;
}

/// A count of threads or ranks kept for provenance: 1 when absent or not a positive int.
int provenance_count(const h5::NetcdfReader& file, const char* name) {
    const double value = file.number_attribute(name).value_or(1);
    return value >= 1 && value <= std::numeric_limits<int>::max() ? static_cast<int>(value) : 1;
}

} // namespace

std::size_t merge_shards(const std::vector<std::string>& shard_paths, const std::string& output) {
    const auto started = std::chrono::steady_clock::now();
    if (shard_paths.empty()) throw InputError("give the shard files to merge");
    std::map<int, ShardFile> shards;
    std::string fingerprint;
    int count = 0;
    for (const auto& path : shard_paths) {
        ShardFile shard = open_shard(path);
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
    if (static_cast<std::size_t>(count) > shards.size()) { // list the first ten missing
        std::string missing;
        int listed = 0;
        for (int k = 0; k < count && listed < 10; ++k)
            if (!shards.count(k)) missing += (listed++ == 0 ? "" : ", ") + std::to_string(k);
        const bool more = count - static_cast<int>(shards.size()) > listed;
        throw InputError("missing shard(s) " + missing + (more ? ", ..." : "") + " of " +
                         std::to_string(count) + ": merge needs every shard's complete file");
    }

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
    const auto months = static_cast<std::size_t>(plan.config().calendar().months());
    const std::size_t countries = reference::countries().size();
    const auto source = [&](std::size_t run) {
        const h5::NetcdfReader& file = *shards.at(static_cast<int>(run % count)).file;
        const auto position = static_cast<hsize_t>(run / static_cast<std::size_t>(count));
        std::vector<double> values;
        for (const auto& variable : aggregate_variables()) {
            const std::string name(variable.name);
            const auto row = file.read_row(name, position);
            // A shard of this sweep holds each aggregate over (run, time[, axis]) as planned.
            if (row.size() != months * values_per_month(variable.axis, countries))
                throw InputError(file.path() + ": " + name + " does not hold a run of " +
                                 std::to_string(months) + " months of this sweep");
            values.insert(values.end(), row.begin(), row.end());
        }
        return values;
    };
    SweepProvenance provenance{parse_fingerprint(fingerprint, first.path()),
                               provenance_count(first, "threads"),
                               provenance_count(first, "mpi_ranks"),
                               host_name(),
                               now_iso8601(),
                               ""};
    write_sweep_file(
        output, plan, all, source, provenance,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return plan.runs();
}

} // namespace paradiplo
