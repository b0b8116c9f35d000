"""Write faults through the real executable: a full disk under export, report and compare --csv,
and a standard output that cannot be written, each end with exit code 1 naming the path, and
nothing incomplete under a final name (docs/robustness.md).

A full disk is a small tmpfs where the test may mount one (as root, with mount allowed), and
otherwise the ENOSPC shim (tests/faults/enospc_shim.c) loaded with LD_PRELOAD: never skipped."""
import contextlib
import os
import subprocess
import tempfile
import unittest

from paradiplo_testing import DATA, EXE, run

SMALL = os.path.join(DATA, "small.toml")
SHIM = os.environ["PARADIPLO_SHIM"]


def listing(folder):
    return sorted(os.listdir(folder))


@contextlib.contextmanager
def full_disk(room_bytes):
    """A folder that holds `room_bytes` (rounded up to pages on a tmpfs) and the environment
    under which paradiplo sees it so."""
    with tempfile.TemporaryDirectory() as folder:
        mounted = os.geteuid() == 0 and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={max(room_bytes, 1)}", "tmpfs", folder],
            capture_output=True).returncode == 0
        env = dict(os.environ)
        if not mounted:
            env["LD_PRELOAD"] = SHIM
            env["PARADIPLO_FULL_DIR"] = os.path.realpath(folder)
            env["PARADIPLO_FULL_AFTER"] = str(room_bytes)
            # The sanitizer runtimes want to come first; the shim forwards to them.
            env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0"
        try:
            yield folder, env
        finally:
            if mounted:
                subprocess.run(["umount", folder], check=True)


class FullDiskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = tempfile.TemporaryDirectory()
        cls.run_file = os.path.join(cls.shared.name, "small.h5")
        run("run", SMALL, "-o", cls.run_file, "-q", "--output-level", "authorities")
        cls.complete = os.path.join(cls.shared.name, "csv")
        run("export", cls.run_file, "--csv", cls.complete, "--authorities", "-q")

    @classmethod
    def tearDownClass(cls):
        cls.shared.cleanup()

    def assert_write_fault(self, env, *args, path):
        result = subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=120)
        self.assertEqual(result.returncode, 1, f"{args}: {result.stderr}")
        self.assertIn(path, result.stderr)
        self.assertIn("No space left on device", result.stderr)

    def test_export_on_a_full_disk_leaves_no_csv(self):
        with full_disk(0) as (folder, env):
            self.assert_write_fault(env, "export", self.run_file, "--csv", folder,
                                    path=os.path.join(folder, "aggregates.csv"))
            self.assertEqual(listing(folder), [])

    def test_export_refused_midway_keeps_only_the_complete_file(self):
        # Room for aggregates.csv and a part of authorities.csv.
        room = os.path.getsize(os.path.join(self.complete, "aggregates.csv")) + 100_000
        self.assertGreater(os.path.getsize(os.path.join(self.complete, "authorities.csv")), room)
        with full_disk(room) as (folder, env):
            self.assert_write_fault(env, "export", self.run_file, "--csv", folder, "--authorities",
                                    path=os.path.join(folder, "authorities.csv"))
            self.assertEqual(listing(folder), ["aggregates.csv"])
            with open(os.path.join(folder, "aggregates.csv"), "rb") as written, \
                    open(os.path.join(self.complete, "aggregates.csv"), "rb") as complete:
                self.assertEqual(written.read(), complete.read())

    def test_report_on_a_full_disk_keeps_the_previous_page(self):
        with full_disk(4096) as (folder, env):
            page = os.path.join(folder, "report.html")
            with open(page, "w") as f:
                f.write("previous\n")
            self.assert_write_fault(env, "report", self.run_file, "-o", page, path=page)
            self.assertEqual(listing(folder), ["report.html"])
            with open(page) as f:
                self.assertEqual(f.read(), "previous\n")

    def test_compare_csv_on_a_full_disk(self):
        with full_disk(0) as (folder, env):
            csv = os.path.join(folder, "comparison.csv")
            self.assert_write_fault(env, "compare", self.run_file, self.run_file, "--csv", csv,
                                    "-q", path=csv)
            self.assertEqual(listing(folder), [])

    def test_a_standard_output_that_cannot_be_written_is_an_error(self):
        for args in (("info", self.run_file), ("compare", self.run_file, self.run_file),
                     ("scenarios",)):
            with self.subTest(args=args), open("/dev/full", "w") as full:
                result = subprocess.run([EXE, *args], stdout=full, stderr=subprocess.PIPE,
                                        text=True, timeout=120)
                self.assertEqual(result.returncode, 1, result.stderr)
                self.assertIn("cannot write to standard output", result.stderr)


if __name__ == "__main__":
    unittest.main()
