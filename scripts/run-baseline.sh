#!/usr/bin/env bash
# Set-up command 1: installs what is missing, builds in Release and runs the baseline scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh release
build/release/engine/cli/paradiplo run scenarios/baseline.toml "$@"
