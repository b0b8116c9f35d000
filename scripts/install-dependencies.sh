#!/usr/bin/env bash
# Installs the Debian 12 packages Paradiplo needs to build and run; with --tests, also what the
# test suite drives (a one-node Slurm, OpenMPI, clang-tidy, clang with libFuzzer). Idempotent:
# asks apt only for what is missing.
# Run as root, or as a user with sudo.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git
  libboost-program-options-dev libeigen3-dev libtbb-dev libhdf5-dev hdf5-tools zlib1g-dev
  libtomlplusplus-dev librandom123-dev catch2
  netcdf-bin python3 python3-numpy python3-xarray python3-netcdf4 python3-h5netcdf python3-h5py
)
if [ "${1:-}" = "--tests" ]; then
  packages+=(slurm-wlm munge openmpi-bin libopenmpi-dev python3-matplotlib chromium clang-tidy
            r-base-core r-cran-ncdf4 clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
((${#missing[@]} == 0)) && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "Installing: ${missing[*]}" >&2
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
