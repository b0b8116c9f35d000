#pragma once
// Runs a command as a child process and measures it as a user sees it: wall time and peak
// resident memory (from wait4). Exits the benchmark when the command fails.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace paradiplo::bench {

struct Measure {
    double seconds;
    long peak_kib;
};

inline Measure measure_process(const std::vector<std::string>& command) {
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        std::vector<char*> argv;
        for (const auto& a : command)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", command.front().c_str(), status);
        std::exit(1);
    }
    return {seconds, usage.ru_maxrss};
}

} // namespace paradiplo::bench
