"""Helpers shared by the integration tests: the executable, the source tree, file comparisons."""
import os
import subprocess

import h5py

EXE = os.environ["PARADIPLO_EXE"]
SOURCE = os.environ["PARADIPLO_SOURCE_DIR"]
DATA = os.path.join(SOURCE, "tests", "data")
SMALL_SWEEP = os.path.join(DATA, "small_sweep.toml")


def run(*args, check=True, **kwargs):
    result = subprocess.run([EXE, *args], capture_output=True, text=True, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"paradiplo {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


def listing(folder):
    """Every path under `folder`, to show that a refused or failed command left nothing."""
    return sorted(os.path.relpath(os.path.join(root, name), folder)
                  for root, dirs, files in os.walk(folder) for name in dirs + files)


def datasets(path):
    """Every dataset of an HDF5 file as name -> (dtype, shape, raw bytes or list of strings)."""
    found = {}
    with h5py.File(path, "r") as f:
        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                data = obj[...]
                found[name] = (str(obj.dtype), obj.shape,
                               list(data.ravel()) if obj.dtype.kind == "O" else data.tobytes())
        f.visititems(visit)
    return found


def assert_same_data(test, a, b):
    """The two files hold the same datasets, bit for bit (attributes such as wall time may differ)."""
    left, right = datasets(a), datasets(b)
    test.assertEqual(sorted(left), sorted(right))
    for name in left:
        test.assertEqual(left[name], right[name], f"{name} differs between {a} and {b}")


def write_sweep(folder, name, body):
    """A sweep file over the small test scenario, in `folder`."""
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(f'schema_version = 1\n[sweep]\nname = "{name[:-5]}"\n'
                f'base = "{os.path.join(DATA, "small.toml")}"\n{body}')
    return path


def count_records(store):
    return len([n for n in os.listdir(store) if n.endswith(".bin")]) if os.path.isdir(store) else 0
