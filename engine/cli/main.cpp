// paradiplo: scenario simulation of the international action of French local authorities.
#include "engine/cli/commands.hpp"
#include "engine/core/errors.hpp"
#include "engine/core/version.hpp"

#include <boost/program_options/errors.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>

namespace {

constexpr const char* kUsage = R"(Usage: paradiplo <command> [options]

Commands:
  run [SCENARIO.toml]   run one scenario (the built-in baseline when no file is given)
  validate FILE.toml... check scenario or sweep files without running them
  scenarios [--table|--compare]
                        the shipped scenarios; their hypotheses; their key indicators
  sweep SWEEP.toml      many runs: scenarios x parameters x replicates, in one file
                        (locally, under mpirun, or as a Slurm job array with --shard)
  merge SHARD.h5...     join the shards of a sweep into one sweep file
  compare A.h5 B.h5     two run or sweep files side by side (--csv, --rtol)
  export FILE.h5 --csv DIR
                        a run or sweep file as long-format CSV
  info FILE.h5          provenance, dimensions and variables of a file
  report FILE.h5... -o report.html
                        one self-contained HTML page of charts (--lang fr)

Options:
  -h, --help            this help; `paradiplo <command> --help` for a command's options
  --version             version and git revision

Exit codes: 0 success, 1 runtime failure, 2 invalid input or usage, 3 compare beyond --rtol,
130 interrupted.
Documentation: README.md and docs/ in the source tree.
)";

int dispatch(const std::string& command, const std::vector<std::string>& rest) {
    using namespace paradiplo;
    try {
        if (command == "-h" || command == "--help" || command == "help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (command == "--version") {
            std::printf("paradiplo %.*s (git %.*s, %.*s)\n", static_cast<int>(kVersion.size()),
                        kVersion.data(), static_cast<int>(kGitRevision.size()), kGitRevision.data(),
                        static_cast<int>(kBuildType.size()), kBuildType.data());
            return 0;
        }
        if (command == "run") return run_command(rest);
        if (command == "validate") return validate_command(rest);
        if (command == "scenarios") return scenarios_command(rest);
        if (command == "sweep") return sweep_command(rest);
        if (command == "merge") return merge_command(rest);
        if (command == "compare") return compare_command(rest);
        if (command == "export") return export_command(rest);
        if (command == "info") return info_command(rest);
        if (command == "report") return report_command(rest);
        std::fprintf(stderr, "paradiplo: unknown command '%s'\n\n%s", command.c_str(), kUsage);
        return 2;
    } catch (const ScenarioError& error) {
        for (const auto& problem : error.problems())
            std::fprintf(stderr, "%s\n", problem.c_str());
        std::fprintf(stderr, "paradiplo %s: %zu problem(s); nothing was run or written.\n",
                     command.c_str(), error.problems().size());
        return 2;
    } catch (const InputError& error) {
        std::fprintf(stderr, "paradiplo %s: %s\n", command.c_str(), error.what());
        return 2;
    } catch (const boost::program_options::error& error) {
        std::fprintf(stderr, "paradiplo %s: %s (see paradiplo %s --help)\n", command.c_str(),
                     error.what(), command.c_str());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "paradiplo %s: error: %s\n", command.c_str(), error.what());
        return 1;
    }
}

/// A result printed to standard output that did not reach it (a full disk, a file system gone)
/// is a runtime fault, not a success.
int with_output_checked(const std::string& command, int code) {
    std::cout.flush();
    const bool flushed = std::fflush(stdout) == 0;
    const char* reason = flushed ? "an earlier write failed" : std::strerror(errno);
    if (flushed && std::ferror(stdout) == 0 && std::cout.good()) return code;
    std::fprintf(stderr, "paradiplo %s: error: cannot write to standard output (%s)\n",
                 command.c_str(), reason);
    return code == 0 ? 1 : code;
}

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const std::string& command = all.front();
    return with_output_checked(
        command, dispatch(command, std::vector<std::string>(all.begin() + 1, all.end())));
}
