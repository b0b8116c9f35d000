#!/usr/bin/env python3
"""Fails when a source file of engine/, models/ or outputs/ includes what its layer may not.

Usage: scripts/check-layers.py [ROOT]   (ROOT defaults to the repository root)

The rule table below is the layer graph of docs/architecture.md. A file belongs to the layer of
the longest folder prefix that matches its path; a file in no layer is an error too, so that a new
folder has to be placed in the graph. Only the file an include names is checked, not what that
file includes in turn: each file is checked against its own layer.
"""
import pathlib
import posixpath
import re
import sys

# A rule ending in "/" allows a folder, any other rule one file.
ENGINE_CORE = ["engine/core/"]
SCENARIO_LANGUAGE = [
    "models/model_parameters.hpp",  # the aggregate of the models' parameters
    "models/context/shock.hpp",  # shocks are written in scenario files
    "models/population/reference_data.hpp",  # the countries scenario files name
    "models/population/geography.hpp",  # authorities scenario files name
    "models/population/authority_overrides.hpp",  # what a population table says
]
# What outputs may know of sweeps: their description and data, not the runners.
SWEEP_DESCRIPTIONS = [
    "engine/sweep/sweep_config.hpp",
    "engine/sweep/sweep_plan.hpp",
    "engine/sweep/sweep_loader.hpp",
    "engine/sweep/key_indicators.hpp",
    "engine/sweep/shard_text.hpp",  # the shard attribute of shard files
]
LAYERS = {
    # layer: (folders of its files, what its files may include)
    "engine/core": (["engine/core/"], ENGINE_CORE),
    "models": (["models/"], ENGINE_CORE + ["models/"]),
    "engine/scenario": (
        ["engine/scenario/"],
        ENGINE_CORE + ["engine/scenario/"] + SCENARIO_LANGUAGE,
    ),
    # The sweep runner is the engine part that runs simulations, hence the schedule.
    "engine/sweep": (
        ["engine/sweep/"],
        ENGINE_CORE + ["engine/scenario/", "engine/sweep/", "models/schedule.hpp"],
    ),
    # Outputs describe what ran; they run nothing and know no model's process.
    "outputs": (
        ["outputs/"],
        ENGINE_CORE
        + ["engine/scenario/", "outputs/", "models/population/reference_data.hpp",
           "models/accounting/authority_money.hpp"]
        + SWEEP_DESCRIPTIONS,
    ),
    # The command line wires models, outputs and runners together.
    "engine/cli": (["engine/cli/"], [""]),
}

# Third-party headers named by few files (matched on the start of the name inside <...>).
LIBRARIES = {
    "hdf5": (["outputs/hdf5/"], "only outputs/hdf5/ calls HDF5"),
    "H5": (["outputs/hdf5/"], "only outputs/hdf5/ calls HDF5"),
    "toml++/": (["engine/scenario/", "engine/sweep/"], "only the scenario and sweep loaders"),
    "mpi.h": (["engine/cli/mpi_sweep.cpp"], "only engine/cli/mpi_sweep.cpp uses MPI"),
}

SCANNED_FOLDERS = ["engine", "models", "outputs"]
PROJECT_FOLDERS = ("engine/", "models/", "outputs/", "tests/", "bench/")
SOURCE_SUFFIXES = (".hpp", ".cpp", ".h", ".cpp.in")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def allowed(path, rules):
    return any(path.startswith(rule) if rule.endswith("/") or rule == "" else path == rule
               for rule in rules)


def layer_of(relative):
    matches = [(len(folder), layer) for layer, (folders, _) in LAYERS.items()
               for folder in folders if relative.startswith(folder)]
    return max(matches)[1] if matches else None


def check_file(root, relative):
    """Yields one message per forbidden include of the file."""
    layer = layer_of(relative)
    if layer is None:
        yield f"{relative}:1: file is in no layer: add its folder to scripts/check-layers.py"
        return
    rules = LAYERS[layer][1]
    text = (root / relative).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        match = INCLUDE.match(line)
        if not match:
            continue
        quote, name = match.groups()
        project = name.startswith(PROJECT_FOLDERS)
        if quote == '"' and (not project or posixpath.normpath(name) != name):
            yield (f"{relative}:{number}: #include \"{name}\": a project header is named by its "
                   "path from the repository root, without '..'")
        elif project and not allowed(name, rules):
            yield f"{relative}:{number}: layer {layer} may not include {name}"
        for prefix, (owners, reason) in LIBRARIES.items():
            if name.startswith(prefix) and not allowed(relative, owners):
                yield f"{relative}:{number}: layer {layer} may not include <{name}> ({reason})"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1])
    files = sorted(path.relative_to(root).as_posix()
                   for folder in SCANNED_FOLDERS if (root / folder).is_dir()
                   for path in (root / folder).rglob("*")
                   if path.is_file() and path.name.endswith(SOURCE_SUFFIXES))
    if not files:
        print(f"layer check: no source file under {root}", file=sys.stderr)
        return 2
    violations = [message for relative in files for message in check_file(root, relative)]
    for message in violations:
        print(message)
    if violations:
        print(f"layer check failed: {len(violations)} violation(s) of the layer graph "
              "(docs/architecture.md)")
        return 1
    print(f"layer check passed: {len(files)} files within the layer graph")
    return 0


if __name__ == "__main__":
    sys.exit(main())
