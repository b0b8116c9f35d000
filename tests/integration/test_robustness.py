"""Hostile inputs through the real executable: each is refused with exit code 2 before anything
runs, with a message naming what was expected, and nothing is written (docs/robustness.md)."""
import os
import subprocess
import tempfile
import unittest

import h5py

from paradiplo_testing import DATA, SMALL_SWEEP, SOURCE, listing, run

SMALL = os.path.join(DATA, "small.toml")
BASELINE = os.path.join(SOURCE, "scenarios", "baseline.toml")
SAFE_FORM = "a name of 1 to 100 ASCII letters, digits, '-', '_' or '.', not starting with '.'"


class RefusalTest(unittest.TestCase):
    """One file to compare, report and export, made once; a fresh folder per test."""

    @classmethod
    def setUpClass(cls):
        cls.shared = tempfile.TemporaryDirectory()
        cls.run_file = os.path.join(cls.shared.name, "small.h5")
        run("run", SMALL, "-o", cls.run_file, "-q", "--output-level", "aggregate")

    @classmethod
    def tearDownClass(cls):
        cls.shared.cleanup()

    def setUp(self):
        self.temp = tempfile.TemporaryDirectory()
        self.folder = self.temp.name
        self.fifo = os.path.join(self.folder, "fifo")
        os.mkfifo(self.fifo)
        self.existing_file = os.path.join(self.folder, "existing.txt")
        with open(self.existing_file, "w") as f:
            f.write("keep me\n")

    def tearDown(self):
        self.temp.cleanup()

    def assert_refused(self, *args, message, cwd=None):
        """Exit code 2, `message` (a text, or a tuple of texts) on stderr, the folder unchanged."""
        before = listing(self.folder)
        result = run(*args, check=False, cwd=cwd or self.folder, timeout=60)
        self.assertEqual(result.returncode, 2, f"{args}: {result.stderr}")
        for text in message if isinstance(message, tuple) else (message,):
            self.assertIn(text, result.stderr, args)
        self.assertEqual(listing(self.folder), before, args)
        return result

    # --- 3. output paths -------------------------------------------------------------------

    def bad_files(self):
        """(path, what the message says) for every output file path that must be refused."""
        f = self.folder
        return [("", 'expected the path of a file, found ""'),
                (".", 'found ".", the path of a folder'),
                (f + "/", f'found "{f}/", the path of a folder'),
                (f, f'found "{f}", an existing folder'),
                (os.path.join(f, "missing", "out.h5"), f'whose folder "{f}/missing" does not exist'),
                ("/dev/null", 'found "/dev/null", a character device'),
                (self.fifo, f'found "{self.fifo}", a FIFO'),
                (os.path.join(self.existing_file, "out.h5"), "is not a folder")]

    def test_run_refuses_bad_output_paths_before_running(self):
        for path, message in self.bad_files():
            with self.subTest(path=path):
                result = self.assert_refused("run", SMALL, "-o", path, message=("paradiplo run: -o: ", message))
                self.assertNotIn("Scenario small", result.stdout)  # the run did not start

    def test_sweep_merge_report_and_compare_refuse_bad_output_files(self):
        for path, message in self.bad_files():
            with self.subTest(path=path):
                self.assert_refused("sweep", SMALL_SWEEP, "-o", path, message=("-o: ", message))
                self.assert_refused("merge", self.run_file, "-o", path, message=("-o: ", message))
                self.assert_refused("report", self.run_file, "-o", path, message=("-o: ", message))
                self.assert_refused("compare", self.run_file, self.run_file, "--csv", path,
                                    message=("--csv: ", message))

    def test_export_and_emit_slurm_refuse_what_cannot_be_a_folder(self):
        for path, message in (("", 'expected the path of a folder, found ""'),
                              (self.existing_file, "an existing file"),
                              ("/dev/null", "a character device"),
                              (self.fifo, "a FIFO"),
                              (os.path.join(self.existing_file, "sub"), "is not a folder")):
            with self.subTest(path=path):
                self.assert_refused("export", self.run_file, "--csv", path, message=("--csv: ", message))
                self.assert_refused("sweep", SMALL_SWEEP, "-o", os.path.join(self.folder, "s.h5"),
                                    "--emit-slurm", path, message=("--emit-slurm: ", message))

    def test_emit_slurm_refuses_a_time_limit_or_folder_that_adds_lines(self):
        self.assert_refused("sweep", SMALL_SWEEP, "-o", os.path.join(self.folder, "s.h5"),
                            "--emit-slurm", os.path.join(self.folder, "jobs"),
                            "--time", "1:00\n#SBATCH --mem=1T", message="--time: expected a Slurm time limit")
        for folder in ("my jobs", "jobs%A", "jobs\n#SBATCH --mem=1T"):
            with self.subTest(folder=folder):
                self.assert_refused("sweep", SMALL_SWEEP, "-o", os.path.join(self.folder, "s.h5"),
                                    "--emit-slurm", os.path.join(self.folder, folder), message="--emit-slurm: ")

    def test_an_existing_regular_file_is_replaced_once_the_new_one_is_complete(self):
        report = os.path.join(self.folder, "report.html")
        with open(report, "w") as f:
            f.write("old\n")
        run("report", self.run_file, "-o", report, "-q")
        with open(report) as f:
            self.assertTrue(f.read().startswith("<!DOCTYPE html>"))
        self.assertFalse(os.path.exists(report + ".partial"))

    # --- 4. names ------------------------------------------------------------------------------

    def scenario(self, text):
        path = os.path.join(self.folder, "s.toml")
        with open(path, "w") as f:
            f.write(f'schema_version = 1\nextends = "{SMALL}"\n{text}')
        return path

    # --- 6. parser limits -------------------------------------------------------------------

    def test_deep_nesting_long_extends_chains_and_stray_bytes_are_refused(self):
        path = os.path.join(self.folder, "deep.toml")
        with open(path, "w") as f:
            f.write("schema_version = 1\n" + "a." * 50000 + "b = 1\n")
        self.assert_refused("run", path, message=f"{path}:2:128: nested more than 64 levels deep")
        with open(path, "wb") as f:
            f.write(b"schema_version = 1\n\xff = 1\n")
        self.assert_refused("validate", path, message=f"{path}:2:1: a character outside ASCII")
        sweep = os.path.join(self.folder, "deep-sweep.toml")
        with open(sweep, "w") as f:
            f.write("[sweep]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
        self.assert_refused("sweep", sweep, "--dry-run",
                            message=f"{sweep}:2:68: nested more than 64 levels deep")
        for n in range(1, 5001):
            with open(os.path.join(self.folder, f"c{n}.toml"), "w") as f:
                f.write(f'schema_version = 1\nextends = "c{n + 1}.toml"\n' if n < 5000 else "schema_version = 1\n")
        self.assert_refused("validate", os.path.join(self.folder, "c1.toml"),
                            message="c32.toml:2:11: extends: a chain of more than 32 files")

    def test_a_scenario_name_cannot_lead_out_of_results(self):
        for name in ("../../x", "a/b", "a\\nb", ".hidden", "x" * 101):
            with self.subTest(name=name):
                path = self.scenario(f'[meta]\nname = "{name}"\n')
                self.assert_refused("run", path, message=f"{path}:4:1: meta.name: expected {SAFE_FORM}, found")
                os.remove(path)
        self.assert_refused("run", SMALL, "--set", 'meta.name="../../x"',
                            message=f'meta.name: expected {SAFE_FORM}, found "../../x"')
        self.assertFalse(os.path.exists(os.path.join(self.folder, "results")))

    def test_a_hypothesis_or_driver_name_cannot_lead_out_of_its_folder(self):
        path = self.scenario('[drivers]\npolitical_agenda = "../political_agenda/climate-first"\n')
        self.assert_refused("validate", path, message=f"{path}:4:20: drivers.political_agenda: expected a "
                                                      "hypothesis name of 1 to 100")
        os.remove(path)
        path = self.scenario('[drivers]\n"../hypotheses/political_agenda" = "climate-first"\n')
        self.assert_refused("validate", path, message=f"{path}:4:1: drivers.\"../hypotheses/political_agenda\": "
                                                      "expected a driver name")

    def test_a_sweep_name_cannot_add_lines_to_the_slurm_scripts(self):
        sweep = os.path.join(self.folder, "evil.toml")
        with open(sweep, "w") as f:
            f.write(f'schema_version = 1\n[sweep]\nname = "x\\n#SBATCH --mem=1T"\nbase = "{SMALL}"\n')
        jobs = os.path.join(self.folder, "jobs")
        self.assert_refused("sweep", sweep, "--emit-slurm", jobs, "-o", os.path.join(self.folder, "e.h5"),
                            message=f'{sweep}:3:8: sweep.name: expected {SAFE_FORM}, found "x\\n#SBATCH --mem=1T"')
        self.assert_refused("validate", sweep, message="sweep.name: expected")

    def test_shipped_scenarios_and_sweeps_have_safe_names(self):
        folder = os.path.join(SOURCE, "scenarios")
        files = [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".toml")]
        files += [os.path.join(folder, "sweeps", n) for n in sorted(os.listdir(os.path.join(folder, "sweeps")))]
        run("validate", *files)

    # --- 7. command-line values -------------------------------------------------------------

    def test_out_of_range_or_malformed_shards_are_refused(self):
        out = os.path.join(self.folder, "shard.h5")
        for shard in ("0/99999999999", "99999999999/2", "2/2", "5/2", "0/0", "-1/2", "a/b", "1", "1/2x", "1.0/2"):
            with self.subTest(shard=shard):
                self.assert_refused("sweep", SMALL_SWEEP, "-o", out, f"--shard={shard}",
                                    message=f'--shard: expected K/N with integers 0 <= K < N < 2^31, found "{shard}"')

    def test_a_slurm_environment_that_is_not_a_count_is_refused(self):
        env = dict(os.environ, SLURM_ARRAY_TASK_ID="1x", SLURM_ARRAY_TASK_COUNT="4")
        result = subprocess.run([os.environ["PARADIPLO_EXE"], "sweep", SMALL_SWEEP, "-o",
                                 os.path.join(self.folder, "s.h5")], env=env, capture_output=True, text=True)
        self.assertEqual(result.returncode, 2)
        self.assertIn('SLURM_ARRAY_TASK_ID: expected a count, found "1x"', result.stderr)

    def test_rtol_must_be_finite_and_not_negative(self):
        for value in ("nan", "-1", "-0.5", "inf", "-inf"):
            with self.subTest(rtol=value):
                self.assert_refused("compare", self.run_file, self.run_file, f"--rtol={value}",
                                    message="--rtol: expected a finite number >= 0")
        run("compare", self.run_file, self.run_file, "--rtol=0", "-q")

    def test_set_shock_enabled_false_removes_the_shock(self):
        out = os.path.join(self.folder, "no-travel.h5")
        run("run", SMALL, "-o", out, "-q", "--output-level", "aggregate", "--set", "shock.covid-travel.enabled=false")
        with h5py.File(out, "r") as f:
            resolved = f.attrs["scenario"]
            resolved = resolved.decode() if isinstance(resolved, bytes) else str(resolved)
        self.assertNotIn('id = "covid-travel"', resolved)
        self.assertIn("[[shock]]", resolved)

    def test_no_suggestion_repeats_the_key_that_was_typed(self):
        for key, message in (("shock.covid-travel.id=x", "cannot be changed"),
                             ("shock.covid-travel.enabled=maybe", "expected true or false"),
                             ("model.budget=3", "model.budget: a table"),
                             ("model=1", "model: a table")):
            with self.subTest(key=key):
                result = self.assert_refused("run", SMALL, "--set", key, message=message)
                typed = key.split("=")[0].split(".")[-1]
                self.assertNotIn(f"did you mean {typed}?", result.stderr)


if __name__ == "__main__":
    unittest.main()
