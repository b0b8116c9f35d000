#!/usr/bin/env bash
# Set-up command 2: installs what is missing, then builds and runs every test:
#   1. the whole suite in Release, warnings as errors;
#   2. the whole suite built with AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. the parallel tests built with ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
jobs=$(nproc)

scripts/build.sh release
ctest --preset release -j "$jobs"

scripts/build.sh asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp \
  ctest --preset asan -j "$jobs"

scripts/build.sh tsan
TSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/tsan.supp halt_on_error=1 second_deadlock_stack=1" \
  ctest --preset tsan -j "$jobs"
