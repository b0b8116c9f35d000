#include "engine/cli/slurm_script.hpp"

#include "engine/core/errors.hpp"

#include <filesystem>
#include <fstream>

namespace paradiplo {
namespace {

namespace fs = std::filesystem;

/// Single-quoted for sh.
std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

void write_script(const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
    if (!fs::exists(path)) throw IoError("cannot write " + path.string());
    fs::permissions(path, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::add);
}

} // namespace

std::string write_slurm_scripts(const SlurmOptions& options, const SweepPlan& plan) {
    if (options.tasks < 1) throw InputError("--tasks: expected an integer >= 1");
    const int tasks = static_cast<int>(
        std::min<std::size_t>(static_cast<std::size_t>(options.tasks), plan.runs()));
    const fs::path folder = fs::absolute(options.folder);
    fs::create_directories(folder / "logs");
    const std::string exe = fs::read_symlink("/proc/self/exe").string();
    const std::string sweep = fs::absolute(options.sweep_file).string();
    const fs::path output = fs::absolute(options.output);
    const std::string shard_prefix = (output.parent_path() / output.stem()).string() + ".shard-";
    const std::string name = plan.config().name;
    const std::string threads =
        options.threads > 0 ? std::to_string(options.threads) : "\"${SLURM_CPUS_PER_TASK:-1}\"";

    std::string array = "#!/bin/bash\n"
                        "# Paradiplo sweep " +
                        name + ": " + std::to_string(plan.runs()) + " runs shared by " +
                        std::to_string(tasks) +
                        " array tasks (task K runs K, K+N, ...).\n"
                        "# A task that is rerun (or resubmitted) continues where it stopped.\n"
                        "#SBATCH --job-name=paradiplo-" +
                        name +
                        "\n"
                        "#SBATCH --array=0-" +
                        std::to_string(tasks - 1) +
                        "\n"
                        "#SBATCH --output=" +
                        (folder / "logs" / "%A_%a.out").string() + "\n";
    if (options.threads > 0)
        array += "#SBATCH --cpus-per-task=" + std::to_string(options.threads) + "\n";
    if (!options.time_limit.empty()) array += "#SBATCH --time=" + options.time_limit + "\n";
    array += "set -eu\nexec " + quoted(exe) + " sweep " + quoted(sweep) + " -o " +
             quoted(shard_prefix) + "\"${SLURM_ARRAY_TASK_ID}.h5\" --threads " + threads +
             " --resume --quiet\n";
    write_script(folder / "array.sbatch", array);

    std::string merge = "#!/bin/bash\n"
                        "# Joins the shards of sweep " +
                        name +
                        " once every array task succeeded.\n"
                        "#SBATCH --job-name=paradiplo-" +
                        name +
                        "-merge\n"
                        "#SBATCH --output=" +
                        (folder / "logs" / "%j-merge.out").string() +
                        "\n"
                        "set -eu\nshards=()\nfor k in $(seq 0 " +
                        std::to_string(tasks - 1) + "); do shards+=(" + quoted(shard_prefix) +
                        "\"$k.h5\"); done\n" + quoted(exe) + " merge \"${shards[@]}\" -o " +
                        quoted(output.string()) + " && rm -f \"${shards[@]}\"\n";
    write_script(folder / "merge.sbatch", merge);

    const std::string submit = "#!/bin/sh\n"
                               "# Submits the array, then its merge to run once every task has "
                               "succeeded.\n"
                               "# Extra arguments go to the merge's sbatch (e.g. --wait).\n"
                               "set -eu\n"
                               "array=$(sbatch --parsable " +
                               quoted((folder / "array.sbatch").string()) +
                               ")\n"
                               "sbatch --dependency=afterok:\"${array%%;*}\" \"$@\" " +
                               quoted((folder / "merge.sbatch").string()) + "\n";
    write_script(folder / "submit.sh", submit);
    return (folder / "submit.sh").string();
}

} // namespace paradiplo
