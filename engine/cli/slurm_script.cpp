#include "engine/cli/slurm_script.hpp"

#include "engine/core/errors.hpp"

#include <algorithm>
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

/// Slurm's time formats (minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS): digits, ':' and
/// '-' only, so the value cannot end its #SBATCH line and start another.
bool is_time_limit(const std::string& text) {
    return !text.empty() && text.size() <= 16 &&
           text.find_first_not_of("0123456789:-") == std::string::npos;
}

/// Paths go into the scripts: single-quoted for sh, but a line break would still end a line, and
/// on #SBATCH lines (the logs folder) sbatch splits at blanks and expands '%'.
void check_script_path(const std::string& path, const std::string& what, bool on_sbatch_line) {
    const bool control = std::any_of(path.begin(), path.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
    if (control)
        throw InputError(what + ": a path with a control character (such as a line break) cannot "
                                "go into a Slurm script");
    if (on_sbatch_line && path.find_first_of(" \"'\\%") != std::string::npos)
        throw InputError(what +
                         ": expected a folder path without blanks, quotes, '\\' or '%' "
                         "(it goes on #SBATCH lines), found \"" +
                         path + "\"");
}

} // namespace

std::string write_slurm_scripts(const SlurmOptions& options, const SweepPlan& plan) {
    if (options.tasks < 1) throw InputError("--tasks: expected an integer >= 1");
    const int tasks = static_cast<int>(
        std::min<std::size_t>(static_cast<std::size_t>(options.tasks), plan.runs()));
    if (!options.time_limit.empty() && !is_time_limit(options.time_limit))
        throw InputError("--time: expected a Slurm time limit such as 90, 2:00:00 or 1-12:00, "
                         "found \"" +
                         options.time_limit + "\"");
    const fs::path folder = fs::absolute(options.folder);
    const std::string exe = fs::read_symlink("/proc/self/exe").string();
    const std::string sweep = fs::absolute(options.sweep_file).string();
    const fs::path output = fs::absolute(options.output);
    check_script_path(folder.string(), "--emit-slurm", true);
    check_script_path(sweep, "the sweep file", false);
    check_script_path(output.string(), "-o", false);
    check_script_path(exe, "the paradiplo executable", false);
    fs::create_directories(folder / "logs");
    fs::create_directories(output.parent_path()); // the tasks write their shards there
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
