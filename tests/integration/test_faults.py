"""Write faults through the real executable: a full disk under run, export, report and compare
--csv, and a standard output that cannot be written, each end with exit code 1 naming the path,
and nothing incomplete under a final name; two runs given one output do not damage each other
(docs/robustness.md).

A full disk is a small tmpfs where the test may mount one (as root, with mount allowed), and
otherwise the ENOSPC shim (tests/faults/enospc_shim.c) loaded with LD_PRELOAD: never skipped."""
import contextlib
import os
import signal
import subprocess
import tempfile
import time
import unittest

import h5py

from paradiplo_testing import DATA, EXE, SOURCE, listing, run

SMALL = os.path.join(DATA, "small.toml")
BASELINE = os.path.join(SOURCE, "scenarios", "baseline.toml")
SHIM = os.environ["PARADIPLO_SHIM"]


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


class RunFaultTest(unittest.TestCase):
    def setUp(self):
        self.temp = tempfile.TemporaryDirectory()
        self.folder = self.temp.name

    def tearDown(self):
        self.temp.cleanup()

    def test_a_full_scale_run_on_a_full_disk_exits_1_cleanly(self):
        with full_disk(200_000) as (folder, env):
            out = os.path.join(folder, "baseline.h5")
            result = subprocess.run([EXE, "run", BASELINE, "-o", out, "-q", "--output-level",
                                     "authorities"], capture_output=True, text=True, env=env,
                                    timeout=900)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertIn(f"to {out}.partial failed (No space left on device)", result.stderr)
            self.assertNotIn("baseline.h5", listing(folder))

    def started(self, out):
        """A full-scale run writing `out`, stopped once its .partial holds data (it is locked)."""
        first = subprocess.Popen([EXE, "run", BASELINE, "-o", out, "-q"], stderr=subprocess.PIPE,
                                 text=True)
        deadline = time.monotonic() + 600
        partial = out + ".partial"
        while not (os.path.exists(partial) and os.path.getsize(partial) > 0) \
                and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        first.send_signal(signal.SIGSTOP)
        self.assertIsNone(first.poll(), "the run ended before it could be stopped")
        return first

    def test_a_second_run_given_the_same_output_is_refused_and_harms_nothing(self):
        out = os.path.join(self.folder, "same.h5")
        first = self.started(out)
        try:
            second = run("run", SMALL, "-o", out, "-q", check=False, timeout=600)
        finally:
            first.send_signal(signal.SIGCONT)
        self.assertEqual(second.returncode, 2, second.stderr)
        self.assertIn("another paradiplo process is writing this file", second.stderr)
        self.assertEqual(first.wait(timeout=900), 0, first.stderr.read())
        first.stderr.close()
        with h5py.File(out, "r") as f:
            self.assertEqual(f.attrs["complete"], 1)
            self.assertIn(f.attrs["scenario_name"], ("baseline", b"baseline"))

    def test_the_output_of_a_killed_run_can_be_written_again(self):
        out = os.path.join(self.folder, "again.h5")
        first = self.started(out)
        first.kill()
        first.wait()
        first.stderr.close()
        run("run", SMALL, "-o", out, "-q")
        with h5py.File(out, "r") as f:
            self.assertEqual(f.attrs["complete"], 1)


if __name__ == "__main__":
    unittest.main()
