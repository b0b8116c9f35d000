#!/usr/bin/env python3
"""Runs one fuzz target as a test.

1. Every input that once failed in project code (regressions/TARGET/) must now pass.
2. A bounded fuzzing run from a copy of the seed corpus (corpus/TARGET/), from fixed seeds. An
   input that fails in project code fails the test. One that crashes or loops inside the HDF5
   library (a damaged file it decodes without a checksum) is reported as such and fuzzing goes on
   with the next seed: docs/robustness.md lists those faults, and hdf5-inputs/ keeps examples.
Prints executions and coverage; failing inputs are left in the build folder.

usage: run_fuzzer.py FUZZER SOURCE_DIR TARGET SECONDS"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

LIMITS = ["-timeout=10", "-rss_limit_mb=2560", "-malloc_limit_mb=1024"]
# Frames of the sanitizers, libFuzzer, the C and C++ runtimes: never where a fault comes from.
RUNTIME = re.compile(r" in (__asan|__sanitizer|__interceptor|__lsan|__ubsan|fuzzer::|__cxa|__cxxabiv1"
                     r"|__gnu_cxx|__GI_|__pthread|std::terminate|operator new|operator delete"
                     r"|(malloc|calloc|realloc|free|raise|abort|pthread_kill)\b)"
                     r"|\((/lib/x86_64-linux-gnu/)?(libc|libstdc\+\+|libgcc_s)\.so")


def first_site(stack):
    for line in stack.splitlines():
        if re.match(r"\s+#\d+ 0x", line) and not RUNTIME.search(line):
            return "hdf5" if "libhdf5" in line else "project"
    return "project"


# Faults on memory only the project sizes (its stack and globals), undefined behaviour and leaks
# are the project's wherever they show.
PROJECT_FAULTS = re.compile(r"ERROR: AddressSanitizer: (stack-buffer-|stack-use-after-"
                            r"|dynamic-stack-buffer-|global-buffer-)"
                            r"|runtime error:|ERROR: LeakSanitizer")


def fault_site(report):
    """'hdf5' for a fault whose first frame outside the runtimes is in the HDF5 library, on
    memory HDF5 allocated if the report says (a buffer the project sized wrongly and HDF5 overran
    is the project's fault): a crash on its heap, a loop caught by the timeout, an allocation over
    the limit. 'project' for anything else, and always for faults on the stack or globals,
    undefined behaviour, uncaught exceptions and leaks."""
    if PROJECT_FAULTS.search(report):
        return "project"
    access, _, allocation = report.partition("allocated by thread")
    if first_site(access) != "hdf5":
        return "project"
    return first_site(allocation) if allocation else "hdf5"


def replay(fuzzer, inputs):
    return subprocess.run([fuzzer, *LIMITS, *inputs], stderr=subprocess.PIPE, text=True,
                          errors="replace")


def main(fuzzer, source_dir, target, seconds):
    regressions = os.path.join(source_dir, "regressions", target)
    known = sorted(os.path.join(regressions, name) for name in os.listdir(regressions)) \
        if os.path.isdir(regressions) else []
    if known:
        result = replay(fuzzer, known)
        if result.returncode != 0:
            print(result.stderr[-20000:])
            print(f"FAILED: an input of {regressions} fails {target} again (above)")
            return 1
        print(f"{len(known)} regression input(s) of {target} pass")

    artifacts = os.path.join(os.path.dirname(os.path.abspath(fuzzer)), f"{target}-inputs")
    shutil.rmtree(artifacts, ignore_errors=True)
    os.makedirs(artifacts)
    executions, coverage, library_crashes = 0, ("0", "0"), []
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory(prefix=f"paradiplo-{target}-") as scratch:
        corpus = os.path.join(scratch, "corpus")
        shutil.copytree(os.path.join(source_dir, "corpus", target), corpus)
        # The target's own folder goes here too: a crash skips its clean-up.
        environment = dict(os.environ, TMPDIR=scratch)
        seed = 1
        while (left := int(deadline - time.monotonic())) > 0:
            result = subprocess.run(
                [fuzzer, *LIMITS, f"-seed={seed}", f"-max_total_time={left}",
                 "-print_final_stats=1", f"-artifact_prefix={artifacts}/", corpus],
                stderr=subprocess.PIPE, text=True, errors="replace", env=environment)
            log = result.stderr
            executions += sum(int(n) for n in re.findall(r"stat::number_of_executed_units: (\d+)",
                                                         log))
            coverage = (re.findall(r"cov: (\d+) ft: (\d+)", log) or [coverage])[-1]
            if result.returncode == 0:
                break
            found = re.findall(r"Test unit written to (\S+)", log)
            if not found or fault_site(log) != "hdf5":
                print(log[-20000:])
                print(f"FAILED: {target} found an input that fails in project code (above): "
                      f"{found[-1] if found else '?'}. Fix the cause, then add the input to "
                      f"{regressions}/")
                return 1
            library_crashes.append(found[-1])
            with open(found[-1] + ".txt", "w") as report:
                report.write(log)
            print(f"inside the HDF5 library (not a Paradiplo fault): {found[-1]} (report: .txt)")
            seed += 1
    print(f"{target}: {executions} executions in {seconds} s, {coverage[0]} edges covered "
          f"({coverage[1]} features)" +
          (f", {len(library_crashes)} input(s) failing inside HDF5" if library_crashes else ""))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
