"""Sweeps through the real executable: the sweep file as users' tools see it, reproducibility over
threads, shards and resumes, and the refusals users rely on.

Run by ctest with Debian's /usr/bin/python3; PARADIPLO_EXE and PARADIPLO_SOURCE_DIR as for test_run_file.
"""
import os
import pty
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

import h5py
import numpy as np
import xarray as xr

from paradiplo_testing import (DATA, EXE, SMALL_SWEEP, SOURCE, assert_same_data, count_records, run,
                               write_sweep)

AGGREGATES = ["engaged_authorities", "partnerships_active", "partnerships_dormant", "partnerships_new",
              "partnerships_ended", "foreign_partners", "international_spending", "apd_total",
              "apd_development", "apd_humanitarian", "apd_refugees", "cofinancing", "staff_fte",
              "priority_mean", "partnerships_by_domain", "partnerships_by_continent",
              "partnerships_by_country", "apd_by_kind", "spending_by_kind"]
VARIED = ["model.budget.cut_elasticity", "model.partnerships.revival_probability", "model.priorities.peers"]


class SweepFileTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.folder.name, "small.h5")
        cls.output = run("sweep", SMALL_SWEEP, "-o", cls.path, "--threads", "2")

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_layout_as_xarray_and_ncdump_see_it(self):
        for engine in ("netcdf4", "h5netcdf"):
            with xr.open_dataset(self.path, engine=engine) as ds:
                self.assertEqual(ds.sizes["run"], 24)
                self.assertEqual(ds.sizes["point"], 8)
                self.assertEqual(list(ds["quantile"].values), [0.05, 0.25, 0.5, 0.75, 0.95])
                self.assertEqual(str(ds.time.values[0])[:10], "2020-01-01")
                self.assertEqual(list(ds.run.values), list(range(24)))
                self.assertEqual(list(ds.scenario.values[[0, 11, 12, 23]]),
                                 ["small", "small", "small-austerity", "small-austerity"])
                self.assertEqual(list(ds.replicate.values[:4]), [0, 1, 2, 0])
                self.assertEqual(list(ds.run_point.values[:4]), [0, 0, 0, 1])
                for key in VARIED:
                    self.assertEqual(ds[key].dims, ("run",))
                    self.assertEqual(ds["point_" + key].dims, ("point",))
                self.assertEqual(list(ds["model.budget.cut_elasticity"].values[::3]), [1, 1, 2, 2] * 2)
                for name in AGGREGATES:
                    self.assertEqual(ds[name].dims[:2], ("run", "time"), name)
                    self.assertEqual(ds[name + "_quantiles"].dims[:3], ("point", "quantile", "time"), name)
                    self.assertEqual(ds[name].attrs["units"], ds[name + "_quantiles"].attrs["units"])
                self.assertEqual(ds.attrs["complete"], 1)
                self.assertEqual(ds.attrs["sweep_runs"], 24)
        header = subprocess.run(["ncdump", "-h", self.path], capture_output=True, text=True, check=True).stdout
        self.assertIn("apd_total_quantiles(point, quantile, time)", header)
        self.assertNotIn("phony_dim", header)

    def test_output_format_doc_lists_every_variable_of_a_sweep_file(self):
        with open(os.path.join(SOURCE, "docs", "output-format.md")) as f:
            documented = set(re.findall(r"`([a-z_0-9]+)`", f.read()))
        with xr.open_dataset(self.path) as ds:
            names = set(ds.variables) - set(VARIED) - {"point_" + key for key in VARIED}
            missing = sorted(n for n in names
                             if n not in documented and n.removesuffix("_quantiles") not in documented)
        self.assertEqual(missing, [], "variables missing from docs/output-format.md")

    def test_quantiles_summarise_the_replicates_of_each_point(self):
        with xr.open_dataset(self.path) as ds:
            for name in ("apd_total", "partnerships_active", "partnerships_by_continent"):
                runs = ds[name].values.reshape((8, 3) + ds[name].shape[1:])
                expected = np.moveaxis(np.quantile(runs, ds["quantile"].values, axis=1), 0, 1)
                np.testing.assert_allclose(ds[name + "_quantiles"].values, expected, rtol=1e-12)
            self.assertEqual(list(ds.point_scenario.values), ["small"] * 4 + ["small-austerity"] * 4)

    def test_a_run_of_the_sweep_reruns_alone_from_its_seed_and_parameters(self):
        r = 16
        with xr.open_dataset(self.path) as ds:
            scenario = {"small": "small.toml", "small-austerity": "small_austerity.toml"}[str(ds.scenario.values[r])]
            seed = int(ds.run_seed.values[r])
            sets = []
            for key in VARIED:
                value = ds[key].values[r]
                sets += ["--set", f"{key}={int(value) if key.endswith('peers') else repr(float(value))}"]
            single = os.path.join(self.folder.name, "single.h5")
            run("run", os.path.join(DATA, scenario), "-o", single, "--seed", str(seed),
                "--output-level", "aggregate", "-q", *sets)
            with xr.open_dataset(single) as alone:
                for name in AGGREGATES:
                    np.testing.assert_array_equal(alone[name].values, ds[name].values[r], name)

    def test_fan_chart_example_draws_every_point(self):
        import matplotlib.image
        image = os.path.join(self.folder.name, "fan.png")
        example = os.path.join(SOURCE, "docs", "examples", "fan_chart.py")
        result = subprocess.run(["/usr/bin/python3", example, self.path, image],
                                capture_output=True, text=True, timeout=300)
        self.assertEqual(result.returncode, 0, result.stderr)
        pixels = matplotlib.image.imread(image)
        self.assertGreater(pixels.shape[1], 1000)  # six panels side by side
        colours = np.unique(pixels.reshape(-1, pixels.shape[2]), axis=0)
        self.assertGreater(len(colours), 50)  # lines, two band shades, text: not a blank image

    def test_thread_count_does_not_change_the_data(self):
        one = os.path.join(self.folder.name, "one-thread.h5")
        run("sweep", SMALL_SWEEP, "-o", one, "--threads", "1", "-q")
        assert_same_data(self, self.path, one)

    def test_shards_merge_into_the_same_data(self):
        folder = self.folder.name
        shards = [os.path.join(folder, f"shard-{k}.h5") for k in range(3)]
        for k, shard in enumerate(shards):
            run("sweep", SMALL_SWEEP, "-o", shard, "--shard", f"{k}/3", "-q")
        with h5py.File(shards[1], "r") as f:
            self.assertEqual(list(f["run"][...]), list(range(1, 24, 3)))
            self.assertEqual(f.attrs["shard"].decode() if isinstance(f.attrs["shard"], bytes) else f.attrs["shard"], "1/3")
            self.assertNotIn("apd_total_quantiles", f)
        merged = os.path.join(folder, "merged.h5")
        run("merge", shards[2], shards[0], shards[1], "-o", merged, "-q")
        assert_same_data(self, self.path, merged)

        refused = os.path.join(folder, "refused.h5")
        missing = run("merge", shards[0], shards[2], "-o", refused, check=False)
        self.assertEqual(missing.returncode, 2)
        self.assertIn("missing shard(s) 1 of 3", missing.stderr)
        incomplete = os.path.join(folder, "incomplete.h5")
        shutil.copy(shards[1], incomplete)
        with h5py.File(incomplete, "a") as f:
            f.attrs["complete"] = np.int32(0)
        result = run("merge", shards[0], incomplete, shards[2], "-o", refused, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"{incomplete}: incomplete", result.stderr)
        crafted = os.path.join(folder, "crafted.h5")
        for attribute, value, message in (("shard", "0/0", 'shard attribute "0/0" is not K/N with 0 <= K < N'),
                                          ("shard", "-1/3", 'shard attribute "-1/3" is not K/N'),
                                          ("shard", "0/2147483647", "missing shard(s) 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... of 2147483647")):
            shutil.copy(shards[0], crafted)
            with h5py.File(crafted, "a") as f:
                f.attrs[attribute] = np.bytes_(value)
            result = run("merge", crafted, "-o", refused, check=False)
            self.assertEqual(result.returncode, 2, value)
            self.assertIn(message, result.stderr)
        unreadable = [os.path.join(folder, f"unreadable-{k}.h5") for k in range(3)]
        for shard, copy in zip(shards, unreadable):
            shutil.copy(shard, copy)
            with h5py.File(copy, "a") as f:
                f.attrs["fingerprint"] = np.bytes_("not-hex")
        result = run("merge", *unreadable, "-o", refused, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn('fingerprint "not-hex" is not a hexadecimal number', result.stderr)
        shutil.copy(shards[1], crafted)
        with h5py.File(crafted, "a") as f:
            del f["apd_total"]
            f["apd_total"] = np.zeros((f["run"].size, 1))  # one month where the sweep has more
            f["apd_total"].dims[0].attach_scale(f["run"])
        result = run("merge", shards[0], crafted, shards[2], "-o", refused, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"{crafted}: apd_total does not hold a run of", result.stderr)
        foreign = os.path.join(folder, "foreign.h5")
        run("run", os.path.join(DATA, "small.toml"), "-o", foreign, "--output-level", "aggregate", "-q")
        result = run("merge", foreign, "-o", refused, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("not a Paradiplo sweep or shard file", result.stderr)
        text = os.path.join(folder, "notes.h5")
        with open(text, "w") as f:
            f.write("not hdf5")
        result = run("merge", text, "-o", refused, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("not an HDF5 file", result.stderr)
        self.assertFalse(os.path.exists(refused))

    def test_a_job_array_task_takes_its_shard_from_slurm(self):
        shard = os.path.join(self.folder.name, "task.h5")
        env = dict(os.environ, SLURM_ARRAY_TASK_ID="12", SLURM_ARRAY_TASK_MIN="10",
                   SLURM_ARRAY_TASK_COUNT="4", SLURM_ARRAY_TASK_STEP="1")
        run("sweep", SMALL_SWEEP, "-o", shard, "-q", env=env)
        with h5py.File(shard, "r") as f:
            self.assertEqual(list(f["run"][...]), list(range(2, 24, 4)))

    def test_dry_run_counts_the_runs_and_writes_nothing(self):
        out = os.path.join(self.folder.name, "dry.h5")
        result = run("sweep", SMALL_SWEEP, "-o", out, "--dry-run")
        self.assertIn("24 run(s) = 8 design point(s) x 3 replicate(s)", result.stdout)
        self.assertIn("point 0: small model.budget.cut_elasticity=1 ", result.stdout)
        self.assertFalse(os.path.exists(out))

    def test_progress_is_plain_lines_off_a_terminal_and_nothing_when_quiet(self):
        self.assertRegex(self.output.stderr, r"progress: 24/24 runs, [0-9.]+/s, ETA 0s")
        self.assertIn(f"Wrote {self.path} (24 run(s))", self.output.stdout)
        result = run("sweep", SMALL_SWEEP, "-o", os.path.join(self.folder.name, "quiet.h5"), "-q")
        self.assertEqual((result.stdout, result.stderr), ("", ""))


class ResumeTest(unittest.TestCase):
    """A sweep killed at any point resumes into the data of an uninterrupted sweep."""

    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.sweep = write_sweep(cls.folder.name, "long.toml", "replicates = 30\nseed = 9\n")
        cls.reference = os.path.join(cls.folder.name, "reference.h5")
        run("sweep", cls.sweep, "-o", cls.reference, "-q")

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def start(self, out, *extra):
        return subprocess.Popen([EXE, "sweep", self.sweep, "-o", out, "--threads", "1", "-q", *extra],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def wait_for_records(self, process, store, count):
        deadline = time.time() + 300
        while count_records(store) < count:
            self.assertIsNone(process.poll(), "the sweep ended before it could be interrupted")
            self.assertLess(time.time(), deadline)
            time.sleep(0.005)

    def interrupt(self, out, sig, records, *extra):
        """Starts the sweep, sends `sig` once `records` runs are stored; returns its exit code and
        standard error."""
        process = self.start(out, *extra)
        self.wait_for_records(process, out + ".partial.d", records)
        process.send_signal(sig)
        _, stderr = process.communicate()
        return process.returncode, stderr

    def test_sigkill_then_resume_gives_the_same_data(self):
        out = os.path.join(self.folder.name, "killed.h5")
        store = out + ".partial.d"
        for records in (1, 12):  # killed early, then again later in the resumed sweep
            self.interrupt(out, signal.SIGKILL, records, *(["--resume"] if records > 1 else []))
            self.assertFalse(os.path.exists(out))
            self.assertGreaterEqual(count_records(store), records)
        refused = run("sweep", self.sweep, "-o", out, "-q", check=False)
        self.assertEqual(refused.returncode, 2)
        self.assertIn("rerun with --resume", refused.stderr)
        run("sweep", self.sweep, "-o", out, "--resume", "-q")
        self.assertFalse(os.path.exists(store))
        assert_same_data(self, self.reference, out)
        again = run("sweep", self.sweep, "-o", out, "--resume")
        self.assertIn("already complete", again.stdout)

    def test_a_damaged_record_is_computed_again_on_resume(self):
        out = os.path.join(self.folder.name, "damaged.h5")
        store = out + ".partial.d"
        self.interrupt(out, signal.SIGKILL, 2)
        record = os.path.join(store, sorted(n for n in os.listdir(store) if n.endswith(".bin"))[0])
        with open(record, "r+b") as f:  # one bit of the last value
            f.seek(-1, os.SEEK_END)
            last = f.read(1)[0]
            f.seek(-1, os.SEEK_END)
            f.write(bytes([last ^ 0x01]))
        run("sweep", self.sweep, "-o", out, "--resume", "-q")
        assert_same_data(self, self.reference, out)

    def test_sigterm_stops_cleanly_with_130_and_resumes(self):
        out = os.path.join(self.folder.name, "terminated.h5")
        store = out + ".partial.d"
        returncode, stderr = self.interrupt(out, signal.SIGTERM, 3)
        self.assertEqual(returncode, 130)
        self.assertIn("rerun with --resume", stderr)
        self.assertFalse(os.path.exists(out))
        self.assertFalse(any(n.endswith(".tmp") for n in os.listdir(store)))
        run("sweep", self.sweep, "-o", out, "--resume", "-q")
        assert_same_data(self, self.reference, out)

    def test_a_second_sweep_on_the_same_output_is_refused_while_the_first_runs(self):
        out = os.path.join(self.folder.name, "busy.h5")
        process = self.start(out)
        self.wait_for_records(process, out + ".partial.d", 1)
        second = run("sweep", self.sweep, "-o", out, "--resume", check=False)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        self.assertEqual(second.returncode, 2)
        self.assertIn("in use by another paradiplo sweep", second.stderr)

    def test_resuming_a_changed_sweep_is_refused(self):
        out = os.path.join(self.folder.name, "changed.h5")
        self.interrupt(out, signal.SIGKILL, 1)
        changed = write_sweep(self.folder.name, "long-changed.toml", "replicates = 30\nseed = 10\n")
        result = run("sweep", changed, "-o", out, "--resume", check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("holds runs of a different sweep", result.stderr)

    def test_progress_bar_on_a_terminal(self):
        out = os.path.join(self.folder.name, "progress.h5")
        leader, follower = pty.openpty()
        process = subprocess.Popen([EXE, "sweep", self.sweep, "-o", out, "--threads", "1"],
                                   stdout=subprocess.DEVNULL, stderr=follower)
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        process.wait()
        os.close(leader)
        self.assertEqual(process.returncode, 0)
        text = seen.decode()
        self.assertRegex(text, r"\r\[#*\s*\] \d+/30 runs  [0-9.]+/s  ETA \d+s")


class SweepInputTest(unittest.TestCase):
    def test_problems_are_listed_with_exit_code_2_and_nothing_is_written(self):
        with tempfile.TemporaryDirectory() as folder:
            sweep = write_sweep(folder, "bad.toml", 'replicates = "three"\n[parameters]\n'
                                                   '"model.budget.inertia" = [0.5, 2.0]\n')
            out = os.path.join(folder, "bad.h5")
            result = run("sweep", sweep, "-o", out, check=False)
            self.assertEqual(result.returncode, 2)
            self.assertIn(f"{sweep}:5:14: sweep.replicates: expected an integer in [1, 100000], found \"three\"",
                          result.stderr)
            self.assertIn(f"{sweep}:7:32: parameters.model.budget.inertia: expected a number in [0, 1], found 2",
                          result.stderr)
            self.assertEqual(os.listdir(folder), ["bad.toml"])
            validated = run("validate", sweep, check=False)
            self.assertEqual(validated.returncode, 2)

    def test_shipped_sweeps_are_valid(self):
        for name, runs in (("replicates", 20), ("futures", 60), ("lhs", 256)):
            result = run("sweep", os.path.join(SOURCE, "scenarios", "sweeps", name + ".toml"), "--dry-run")
            self.assertIn(f"Sweep {name}: {runs} run(s)", result.stdout)


class PerAuthorityTest(unittest.TestCase):
    def test_per_authority_trajectories_come_as_run_files_on_request(self):
        with tempfile.TemporaryDirectory() as folder:
            sweep = write_sweep(folder, "detail.toml", "replicates = 2\nper_authority = true\n")
            out = os.path.join(folder, "detail.h5")
            run("sweep", sweep, "-o", out, "-q")
            with xr.open_dataset(out) as ds:
                files = [str(v) for v in ds.run_file.values]
                totals = ds.apd_total.values
            self.assertEqual(files, ["detail_runs/run-000000000.h5", "detail_runs/run-000000001.h5"])
            for r, name in enumerate(files):
                with xr.open_dataset(os.path.join(folder, name)) as alone:
                    self.assertEqual(alone.attrs["complete"], 1)
                    self.assertIn("authority_spending", alone)
                    np.testing.assert_array_equal(alone.apd_total.values, totals[r])


if __name__ == "__main__":
    unittest.main()
