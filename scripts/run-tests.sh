#!/usr/bin/env bash
# Set-up command 2: installs what is missing, then builds and runs every test:
#   1. the whole suite in Release, warnings as errors;
#   2. the whole suite built with AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. the parallel tests built with ThreadSanitizer;
#   4. the fuzz targets (clang, libFuzzer, ASan + UBSan), each for a bounded time.
# Sanitizer options live in the test presets of CMakePresets.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --tests
jobs=$(nproc)

scripts/build.sh release
ctest --preset release -j "$jobs"

scripts/build.sh asan
ctest --preset asan -j "$jobs"

scripts/build.sh tsan
ctest --preset tsan -j "$jobs"

scripts/build.sh fuzz
ctest --preset fuzz -j "$jobs"
