#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/mpi_sweep.hpp"
#include "engine/cli/option_values.hpp"
#include "engine/cli/output_path.hpp"
#include "engine/cli/progress.hpp"
#include "engine/cli/slurm_script.hpp"
#include "engine/cli/stop_signal.hpp"
#include "engine/cli/sweep_job.hpp"
#include "engine/core/errors.hpp"
#include "engine/sweep/sweep_loader.hpp"
#include "outputs/provenance.hpp"

#include <boost/program_options.hpp>
#include <tbb/global_control.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>

namespace paradiplo {
namespace {

/// The share of a job-array task: --shard K/N, else the Slurm array's environment, else none.
std::optional<Shard> shard_of(const boost::program_options::variables_map& vm) {
    if (vm.count("shard")) {
        const std::string text = vm["shard"].as<std::string>();
        const auto shard = parse_shard(text);
        if (!shard)
            throw InputError("--shard: expected K/N with integers 0 <= K < N < 2^31, found \"" +
                             text + "\"");
        return shard;
    }
    const char* task = std::getenv("SLURM_ARRAY_TASK_ID");
    if (task == nullptr) return std::nullopt;
    const char* count = std::getenv("SLURM_ARRAY_TASK_COUNT");
    const char* min = std::getenv("SLURM_ARRAY_TASK_MIN");
    const char* step = std::getenv("SLURM_ARRAY_TASK_STEP");
    if (count == nullptr)
        throw InputError("SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT; give --shard");
    const auto number = [](const char* name, const char* value) {
        const auto parsed = parse_count(value);
        if (!parsed)
            throw InputError(std::string(name) + ": expected a count, found \"" + value + "\"");
        return *parsed;
    };
    const int stride = step != nullptr ? std::max(1, number("SLURM_ARRAY_TASK_STEP", step)) : 1;
    const int first = min != nullptr ? number("SLURM_ARRAY_TASK_MIN", min) : 0;
    Shard shard;
    shard.index = (number("SLURM_ARRAY_TASK_ID", task) - first) / stride;
    shard.count = number("SLURM_ARRAY_TASK_COUNT", count);
    if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
        throw InputError("the Slurm array environment gives shard " + std::to_string(shard.index) +
                         "/" + std::to_string(shard.count) + ", which is out of range");
    return shard;
}

void print_dry_run(const SweepPlan& plan, const SweepJob& job) {
    const SweepConfig& c = plan.config();
    std::printf("Sweep %s: %zu run(s) = %zu design point(s) x %d replicate(s)\n", c.name.c_str(),
                plan.runs(), plan.points(), c.replicates);
    std::printf("  scenarios: ");
    for (const auto& s : c.scenarios)
        std::printf("%s%s", s.name.c_str(), &s == &c.scenarios.back() ? "\n" : ", ");
    std::printf("  period: %s to %s; seed %llu; per-authority run files: %s\n",
                c.start.to_string().c_str(), c.end.to_string().c_str(),
                static_cast<unsigned long long>(c.seed), c.per_authority ? "yes" : "no");
    if (!job.shard.empty())
        std::printf("  shard %s: %zu of the runs\n", job.shard.c_str(), job.runs.size());
    constexpr std::size_t kShown = 5;
    std::printf("First design points:\n");
    for (std::size_t p = 0; p < std::min(kShown, plan.points()); ++p) {
        std::printf("  point %zu: %s", p,
                    c.scenarios[static_cast<std::size_t>(plan.point(p).scenario)].name.c_str());
        for (std::size_t k = 0; k < plan.keys().size(); ++k)
            std::printf(" %s=%.6g", plan.keys()[k].c_str(), plan.point(p).values[k]);
        std::printf(" (run seeds from %lld)\n",
                    static_cast<long long>(plan.run(p * plan.replicates()).seed));
    }
    if (plan.points() > kShown) std::printf("  ... %zu more\n", plan.points() - kShown);
}

int run_locally(const SweepJob& job, bool resume, const std::atomic<bool>& stop) {
    const RunStore store(job.store_folder(), job.fingerprint, resume);
    const auto started = std::chrono::steady_clock::now();
    const std::vector<std::size_t> pending = pending_runs(job, store);
    if (!job.quiet && pending.size() < job.runs.size())
        std::fprintf(stderr, "Resuming: %zu of %zu run(s) already done\n",
                     job.runs.size() - pending.size(), job.runs.size());
    StoringHandler handler(job, store);
    Progress progress("runs", static_cast<long>(pending.size()), job.quiet, 0.0);
    const std::size_t done = execute_runs(job.plan, pending, handler, &stop, [&](std::size_t n) {
        progress.update(static_cast<long>(n));
    });
    progress.finish();
    return conclude_sweep(job, store, job.runs.size() - pending.size() + done, 1, started);
}

} // namespace

int sweep_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo sweep SWEEP.toml");
    options.add_options()("help,h", "this help")(
        "output,o", po::value<std::string>(),
        "sweep file (default: results/<sweep name>.h5); with --shard, this shard's file")(
        "threads", po::value<int>()->default_value(0),
        "worker threads (0 = all cores; 1 per rank under mpirun); results do not depend on it")(
        "shard", po::value<std::string>(),
        "K/N: run shard K of N (runs K, K+N, ...); default from SLURM_ARRAY_TASK_ID/COUNT")(
        "resume", "continue an interrupted sweep (skips the runs already done)")(
        "dry-run", "print the number of runs and the first design points, run nothing")(
        "emit-slurm", po::value<std::string>(),
        "write sbatch scripts for a Slurm job array and its merge into this folder")(
        "tasks", po::value<int>()->default_value(16), "array tasks for --emit-slurm")(
        "time", po::value<std::string>(),
        "time limit of each array task for --emit-slurm")("quiet,q", "no progress and no summary");
    const auto vm = parse_command_line(arguments, options, "sweep", Positional::One);
    if (vm.count("help")) {
        std::cout << "Runs every run of a sweep (scenarios x parameter sets x replicates) several\n"
                     "at once and writes one HDF5 file: the aggregates over a `run` dimension\n"
                     "and quantiles over replicates for each design point. Under mpirun the\n"
                     "ranks share the runs; with --shard a job-array task does its share and\n"
                     "`paradiplo merge` joins the shards. Interrupted sweeps continue with\n"
                     "--resume. See docs/sweeps.md.\n\n"
                  << options;
        return 0;
    }
    if (!vm.count("sweep")) throw InputError("give a sweep file (see --help)");
    const std::string sweep_file = vm["sweep"].as<std::string>();
    const int threads = vm["threads"].as<int>();
    if (threads < 0 || threads > 1024)
        throw InputError("--threads: expected an integer in [0, 1024], found " +
                         std::to_string(threads));
    SweepJob job(SweepPlan(load_sweep_file(sweep_file)));
    job.output = vm.count("output") ? vm["output"].as<std::string>()
                                    : "results/" + job.plan.config().name + ".h5";
    // --emit-slurm prepares the output's folder with the scripts; a run needs it to exist,
    // unless it is the default results/.
    const bool emit = vm.count("emit-slurm") > 0;
    check_output_file(job.output, "-o",
                      emit || !vm.count("output") ? OutputFolder::Created
                                                  : OutputFolder::MustExist);
    if (emit) check_output_folder(vm["emit-slurm"].as<std::string>(), "--emit-slurm");
    job.quiet = vm.count("quiet") > 0;
    const auto shard = shard_of(vm);
    if (shard) {
        job.shard = std::to_string(shard->index) + "/" + std::to_string(shard->count);
        job.runs = job.plan.shard_runs(shard->index, shard->count);
        if (job.runs.empty())
            throw InputError("shard " + job.shard + " has no run: the sweep has " +
                             std::to_string(job.plan.runs()) + " runs, so at most " +
                             std::to_string(job.plan.runs()) + " shards");
    } else {
        job.runs = job.plan.shard_runs(0, 1);
    }
    if (vm.count("dry-run")) {
        print_dry_run(job.plan, job);
        return 0;
    }
    if (emit) {
        const std::string script = write_slurm_scripts(
            {sweep_file, job.output, vm["emit-slurm"].as<std::string>(), vm["tasks"].as<int>(),
             vm.count("time") ? vm["time"].as<std::string>() : "", threads},
            job.plan);
        std::printf("Wrote %s; submit the array and its merge with: sh %s\n", script.c_str(),
                    script.c_str());
        return 0;
    }

    const bool under_mpi = launched_by_mpirun();
    job.threads = threads > 0 ? threads
                  : under_mpi ? 1
                              : static_cast<int>(std::thread::hardware_concurrency());
    job.fingerprint = sweep_fingerprint(job.plan);
    job.start_time = now_iso8601();
    const bool resume = vm.count("resume") > 0;
    tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism,
                                    static_cast<std::size_t>(job.threads));
    const std::atomic<bool>& stop = install_stop_handlers();
    if (under_mpi) return run_with_mpi(job, resume, stop);
    if (resume && job.already_complete()) {
        if (!job.quiet) std::printf("%s is already complete.\n", job.output.c_str());
        return 0;
    }
    return run_locally(job, resume, stop);
}

} // namespace paradiplo
