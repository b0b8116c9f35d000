#include "outputs/sweep/sweep_file_writer.hpp"

#include "engine/core/errors.hpp"
#include "engine/core/version.hpp"
#include "engine/scenario/parameter_schema.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "models/population/reference_data.hpp"
#include "outputs/file_commit.hpp"
#include "outputs/hdf5/netcdf_writer.hpp"
#include "outputs/output_variables.hpp"
#include "outputs/statistics.hpp"

#include <cstdio>
#include <filesystem>

namespace paradiplo {
namespace {

constexpr std::size_t kQuantileCount = std::size(kSweepQuantiles);

std::string units_of(const std::string& key) {
    const ParameterDecl* decl = find_parameter(key);
    return decl != nullptr ? std::string(decl->unit) : std::string("1");
}

/// Rows along the leading dimension (run or point) of a set of variables, buffered and written a
/// chunk of rows at a time: fewer, larger chunks keep HDF5's per-chunk bookkeeping (which grows
/// with the chunks written) small, and each chunk is written once, whole.
class RowBlocks {
  public:
    struct Column {
        std::string name;
        bool integer;
        std::vector<hsize_t> row_shape; ///< dimensions after the leading one
        std::size_t size;               ///< values per row
    };

    RowBlocks(h5::NetcdfWriter& file, std::vector<Column> columns, hsize_t rows_per_chunk)
        : file_(file), columns_(std::move(columns)), rows_per_chunk_(rows_per_chunk) {}

    /// A row: every column's values one after the other.
    void add(std::vector<double> row) {
        pending_.push_back(std::move(row));
        if (pending_.size() == rows_per_chunk_) flush();
    }

    void flush() {
        if (pending_.empty()) return;
        std::size_t offset = 0;
        std::vector<double> block;
        for (const auto& column : columns_) {
            block.clear();
            for (const auto& row : pending_)
                block.insert(block.end(), row.begin() + static_cast<std::ptrdiff_t>(offset),
                             row.begin() + static_cast<std::ptrdiff_t>(offset + column.size));
            std::vector<hsize_t> start(column.row_shape.size() + 1, 0), count{pending_.size()};
            start[0] = first_;
            count.insert(count.end(), column.row_shape.begin(), column.row_shape.end());
            if (column.integer) {
                const std::vector<std::int32_t> ints(block.begin(), block.end());
                file_.write_block(column.name, start, count, ints.data());
            } else {
                file_.write_block(column.name, start, count, block.data());
            }
            offset += column.size;
        }
        first_ += pending_.size();
        pending_.clear();
    }

    [[nodiscard]] std::size_t row_size() const {
        std::size_t total = 0;
        for (const auto& column : columns_)
            total += column.size;
        return total;
    }

  private:
    h5::NetcdfWriter& file_;
    std::vector<Column> columns_;
    hsize_t rows_per_chunk_, first_ = 0;
    std::vector<std::vector<double>> pending_;
};

constexpr hsize_t kRunsPerChunk = 16, kPointsPerChunk = 2;

class SweepFileWriter {
  public:
    SweepFileWriter(const std::string& partial_path, const SweepPlan& plan,
                    std::span<const std::size_t> runs, bool with_quantiles)
        : file_(partial_path), plan_(plan), runs_(runs), quantiles_(with_quantiles),
          months_(static_cast<std::size_t>(plan.config().calendar().months())),
          run_rows_(file_, columns(""), std::min<hsize_t>(kRunsPerChunk, runs.size())),
          point_rows_(file_, columns("_quantiles"),
                      std::min<hsize_t>(kPointsPerChunk, plan.points())) {
        write_aggregate_coordinates(file_, plan.config().calendar());
        write_design();
        define_aggregates();
    }

    void add_run(std::size_t position, std::vector<double> values) {
        if (values.size() != run_rows_.row_size())
            throw IoError("run " + std::to_string(runs_[position]) + " holds " +
                          std::to_string(values.size()) + " values, expected " +
                          std::to_string(run_rows_.row_size()));
        if (quantiles_) replicates_.push_back(values);
        run_rows_.add(std::move(values));
        if (quantiles_ && replicates_.size() == plan_.replicates()) {
            point_rows_.add(summarise_replicates());
            replicates_.clear();
        }
    }

    void finish() {
        run_rows_.flush();
        if (quantiles_) point_rows_.flush();
    }

    h5::NetcdfWriter& file() { return file_; }

  private:
    void write_design() {
        const SweepConfig& config = plan_.config();
        std::vector<std::int32_t> run_index, replicate, point;
        std::vector<std::int64_t> seed;
        std::vector<std::string> scenario;
        std::vector<std::vector<double>> parameters(plan_.keys().size());
        for (std::size_t r : runs_) {
            const RunSpec spec = plan_.run(r);
            run_index.push_back(static_cast<std::int32_t>(r));
            replicate.push_back(spec.replicate);
            point.push_back(static_cast<std::int32_t>(spec.point));
            seed.push_back(spec.seed);
            scenario.push_back(config.scenarios[static_cast<std::size_t>(spec.scenario)].name);
            for (std::size_t k = 0; k < parameters.size(); ++k)
                parameters[k].push_back(plan_.point(spec.point).values[k]);
        }
        file_.coordinate<std::int32_t>("run", run_index);
        file_.attribute("run", "long_name", std::string("run of the sweep (index)"));
        file_.string_variable("scenario", "run", scenario);
        file_.attribute("scenario", "long_name", std::string("scenario of the run"));
        const auto run_variable = [&](const std::string& name, auto values,
                                      const std::string& long_name) {
            using T = typename decltype(values)::value_type;
            file_.variable<T>({name, {"run"}, {}, 0});
            file_.write_all<T>(name, values);
            file_.attribute(name, "long_name", long_name);
        };
        run_variable("replicate", replicate, "replicate of the design point (0-based)");
        run_variable("run_point", point, "design point of the run (index along point)");
        run_variable("run_seed", seed,
                     "seed of the run: paradiplo run SCENARIO --seed S with the point's parameters "
                     "reruns it alone");
        for (std::size_t k = 0; k < parameters.size(); ++k) {
            const std::string& key = plan_.keys()[k];
            run_variable(key, parameters[k], "varied parameter " + key);
            file_.attribute(key, "units", units_of(key));
        }
        if (config.per_authority) {
            std::vector<std::string> names;
            for (std::size_t r : runs_)
                names.push_back(run_file_path(config.name, r));
            file_.string_variable("run_file", "run", names);
            file_.attribute("run_file", "long_name",
                            std::string("file of the run with its per-authority trajectories "
                                        "(relative to this file's folder)"));
        }
        if (quantiles_) write_points();
    }

    void write_points() {
        const SweepConfig& config = plan_.config();
        std::vector<double> levels(std::begin(kSweepQuantiles), std::end(kSweepQuantiles));
        file_.coordinate<double>("quantile", levels);
        file_.attribute("quantile", "long_name", std::string("quantile level over replicates"));
        std::vector<std::int32_t> points(plan_.points());
        std::vector<std::string> scenario(plan_.points());
        std::vector<std::vector<double>> parameters(plan_.keys().size());
        for (std::size_t p = 0; p < plan_.points(); ++p) {
            points[p] = static_cast<std::int32_t>(p);
            scenario[p] = config.scenarios[static_cast<std::size_t>(plan_.point(p).scenario)].name;
            for (std::size_t k = 0; k < parameters.size(); ++k)
                parameters[k].push_back(plan_.point(p).values[k]);
        }
        file_.coordinate<std::int32_t>("point", points);
        file_.attribute("point", "long_name",
                        std::string("design point: a scenario and a set of parameter values"));
        file_.string_variable("point_scenario", "point", scenario);
        file_.attribute("point_scenario", "long_name", std::string("scenario of the point"));
        for (std::size_t k = 0; k < parameters.size(); ++k) {
            const std::string name = "point_" + plan_.keys()[k];
            file_.variable<double>({name, {"point"}, {}, 0});
            file_.write_all<double>(name, parameters[k]);
            file_.attribute(name, "long_name", "varied parameter " + plan_.keys()[k]);
            file_.attribute(name, "units", units_of(plan_.keys()[k]));
        }
    }

    void define_aggregates() {
        for (const auto& variable : aggregate_variables()) {
            const std::string name(variable.name);
            std::vector<std::string> dims{"run", "time"};
            std::vector<hsize_t> chunk{std::min<hsize_t>(kRunsPerChunk, runs_.size()), months_};
            if (variable.axis != SeriesAxis::None) {
                dims.emplace_back(dimension_of(variable.axis));
                chunk.push_back(values_per_month(variable.axis, reference::countries().size()));
            }
            if (variable.type == SeriesType::Int32)
                file_.variable<std::int32_t>({name, dims, chunk, 1});
            else
                file_.variable<double>({name, dims, chunk, 1});
            describe_aggregate(file_, name, variable);
            if (!quantiles_) continue;
            dims[0] = "quantile";
            dims.insert(dims.begin(), "point");
            chunk[0] = kQuantileCount;
            chunk.insert(chunk.begin(), std::min<hsize_t>(kPointsPerChunk, plan_.points()));
            file_.variable<double>({name + "_quantiles", dims, chunk, 1});
            describe_aggregate(file_, name + "_quantiles", variable);
            file_.attribute(name + "_quantiles", "cell_methods",
                            std::string("run: quantile over replicates (linear interpolation)"));
        }
    }

    /// The aggregate variables as row columns; `suffix` "_quantiles" for the summaries.
    std::vector<RowBlocks::Column> columns(const std::string& suffix) const {
        std::vector<RowBlocks::Column> result;
        for (const auto& variable : aggregate_variables()) {
            std::vector<hsize_t> shape{months_};
            if (!suffix.empty()) shape.insert(shape.begin(), kQuantileCount);
            if (variable.axis != SeriesAxis::None)
                shape.push_back(values_per_month(variable.axis, reference::countries().size()));
            std::size_t size = 1;
            for (auto d : shape)
                size *= d;
            result.push_back({std::string(variable.name) + suffix,
                              suffix.empty() && variable.type == SeriesType::Int32, shape, size});
        }
        return result;
    }

    /// Quantiles over the buffered replicates of one point, laid out [variable][quantile][time]
    /// [axis] like a row of the _quantiles columns.
    std::vector<double> summarise_replicates() const {
        const std::size_t size = replicates_.front().size();
        std::vector<double> summary(kQuantileCount * size), sample(replicates_.size());
        std::size_t offset = 0;
        for (const auto& variable : aggregate_variables()) {
            const std::size_t block =
                months_ * values_per_month(variable.axis, reference::countries().size());
            for (std::size_t i = 0; i < block; ++i) {
                for (std::size_t r = 0; r < replicates_.size(); ++r)
                    sample[r] = replicates_[r][offset + i];
                for (std::size_t q = 0; q < kQuantileCount; ++q)
                    summary[offset * kQuantileCount + q * block + i] =
                        quantile(sample, kSweepQuantiles[q]);
            }
            offset += block;
        }
        return summary;
    }

    h5::NetcdfWriter file_;
    const SweepPlan& plan_;
    std::span<const std::size_t> runs_;
    bool quantiles_;
    hsize_t months_;
    RowBlocks run_rows_, point_rows_;
    std::vector<std::vector<double>> replicates_;
};

} // namespace

std::string run_file_path(const std::string& sweep_name, std::size_t run) {
    char name[32];
    std::snprintf(name, sizeof name, "run-%09zu.h5", run);
    return sweep_name + "_runs/" + name;
}

void write_sweep_file(const std::string& path, const SweepPlan& plan,
                      std::span<const std::size_t> runs, const RunValuesSource& source,
                      const SweepProvenance& provenance, double wall_time_seconds) {
    const std::string partial = path + ".partial";
    const auto folder = std::filesystem::path(path).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder);
    const bool whole = runs.size() == plan.runs();
    SweepFileWriter writer(partial, plan, runs, whole);
    for (std::size_t i = 0; i < runs.size(); ++i)
        writer.add_run(i, source(runs[i]));
    writer.finish();
    const SweepConfig& config = plan.config();
    auto& f = writer.file();
    f.attribute("", "title", "Paradiplo sweep: " + config.name);
    f.attribute("", "Conventions", std::string("CF-1.8"));
    f.attribute("", "source", "Paradiplo " + std::string(kVersion));
    f.attribute("", "sweep_name", config.name);
    f.attribute("", "sweep_title", config.title);
    f.attribute("", "sweep_source", config.source);
    f.attribute("", "sweep", resolved_sweep_text(config));
    f.attribute("", "population_table", config.population_table);
    f.attribute("", "population_table_sha256", config.population_table_sha256);
    f.attribute("", "fingerprint", fingerprint_text(provenance.fingerprint));
    f.attribute("", "seed", static_cast<std::int64_t>(config.seed));
    f.attribute("", "sweep_runs", static_cast<std::int64_t>(plan.runs()));
    f.attribute("", "shard", provenance.shard);
    f.attribute("", "paradiplo_version", std::string(kVersion));
    f.attribute("", "git_revision", std::string(kGitRevision));
    f.attribute("", "build_type", std::string(kBuildType));
    f.attribute("", "threads", static_cast<std::int32_t>(provenance.threads));
    f.attribute("", "mpi_ranks", static_cast<std::int32_t>(provenance.ranks));
    f.attribute("", "host", provenance.host);
    f.attribute("", "start_time", provenance.start_time);
    f.attribute("", "wall_time_seconds", wall_time_seconds);
    f.attribute("", "complete", std::int32_t{1});
    f.close();
    commit_file(partial, path);
}

} // namespace paradiplo
