#!/usr/bin/env bash
# Runs clang-tidy (checks in .clang-tidy) on project sources, with the compile commands of
# build/release (configure it first: cmake --preset release; TIDY_BUILD names another build
# folder). Exits non-zero on any finding.
#   scripts/tidy.sh                 sources changed against origin/main, else main (or TIDY_BASE)
#   scripts/tidy.sh --base REF      sources changed against REF
#   scripts/tidy.sh --all           every source of engine/, models/ and outputs/ (the ctest test)
#   scripts/tidy.sh FILE...         the given files
# A changed header is checked through its generated header-alone source (tests/checks), so only
# files of engine/, models/ and outputs/ that the release build compiles are checked.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TIDY_BUILD:-build/release}
command -v clang-tidy >/dev/null ||
  { echo "tidy: clang-tidy not found: run scripts/install-dependencies.sh --tests" >&2; exit 2; }
[ -f "$build/compile_commands.json" ] ||
  { echo "tidy: no $build/compile_commands.json" >&2; exit 2; }

if [ "${1:-}" = "--all" ]; then
  mapfile -t files < <(git ls-files engine models outputs | grep -E '\.cpp$')
elif [ $# -eq 0 ] || [ "$1" = "--base" ]; then
  default_base=main
  git rev-parse -q --verify origin/main >/dev/null && default_base=origin/main
  base=${TIDY_BASE:-$default_base}
  [ $# -ge 2 ] && base=$2
  mapfile -t files < <(git diff --name-only --diff-filter=d "$(git merge-base "$base" HEAD)" -- \
                         engine models outputs | grep -E '\.(cpp|hpp)$' || true)
else
  files=("$@")
fi

sources=()
for file in "${files[@]}"; do
  if [[ "$file" == *.hpp ]]; then
    name=$(echo "$file" | sed 's/[^A-Za-z0-9_]/_/g')
    sources+=("$build/tests/checks/header_alone/$name.cpp")
  else
    sources+=("$file")
  fi
done
((${#sources[@]} == 0)) && { echo "tidy: nothing to check"; exit 0; }

echo "tidy: ${#sources[@]} file(s)"
# GCC's flags reach clang-tidy through the compile commands: ignore the ones clang lacks.
printf '%s\n' "${sources[@]}" |
  xargs -P "$(nproc)" -n 1 clang-tidy -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option
