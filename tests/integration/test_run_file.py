"""Integration tests through the real executable: the output file as users' tools see it.

Run by ctest with Debian's /usr/bin/python3 (python3-xarray, python3-netcdf4, python3-h5netcdf);
PARADIPLO_EXE names the executable and PARADIPLO_SOURCE_DIR the source tree.
"""
import os
import re
import signal
import subprocess
import tempfile
import time
import unittest

import h5py
import numpy as np
import xarray as xr

EXE = os.environ["PARADIPLO_EXE"]
SOURCE = os.environ["PARADIPLO_SOURCE_DIR"]
BASELINE = os.path.join(SOURCE, "scenarios", "baseline.toml")
SMALL = ["--set", "population.threshold=10000"]

AGGREGATES = {  # name: (dims, units) as product.md fixes them
    "engaged_authorities": (("time",), "1"), "partnerships_active": (("time",), "1"),
    "partnerships_dormant": (("time",), "1"), "partnerships_new": (("time",), "1"),
    "partnerships_ended": (("time",), "1"), "foreign_partners": (("time",), "1"),
    "international_spending": (("time",), "EUR"), "apd_total": (("time",), "EUR"),
    "apd_development": (("time",), "EUR"), "apd_humanitarian": (("time",), "EUR"),
    "apd_refugees": (("time",), "EUR"), "cofinancing": (("time",), "EUR"), "staff_fte": (("time",), "FTE"),
    "priority_mean": (("time", "domain"), "1"), "partnerships_by_domain": (("time", "domain"), "1"),
    "partnerships_by_continent": (("time", "continent"), "1"), "partnerships_by_country": (("time", "country"), "1"),
    "apd_by_kind": (("time", "authority_kind"), "EUR"), "spending_by_kind": (("time", "authority_kind"), "EUR"),
}
PER_AUTHORITY = ["authority_spending", "authority_apd", "authority_budget", "authority_staff_fte",
                 "authority_partnerships", "authority_engaged", "authority_priority"]


def run(*args, check=True, **kwargs):
    result = subprocess.run([EXE, *args], capture_output=True, text=True, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"paradiplo {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


class RunFileTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.folder.name, "full.h5")
        cls.output = run("run", BASELINE, "-o", cls.path, "--output-level", "full", *SMALL).stdout

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_summary_table_and_path_are_printed(self):
        for label in ("engaged authorities", "running partnerships", "distinct foreign partners", "APD total",
                      "development", "humanitarian", "refugees", "international spending"):
            self.assertIn(label, self.output)
        for month in ("2020-12", "2021-12", "2023-12", "2026-03"):
            self.assertIn(month, self.output)
        self.assertIn(f"Wrote {self.path}", self.output)
        self.assertFalse(os.path.exists(self.path + ".partial"))

    def test_ncdump_sees_named_dimensions(self):
        header = subprocess.run(["ncdump", "-h", self.path], capture_output=True, text=True, check=True).stdout
        self.assertNotIn("phony_dim", header)
        for dim in ("time = 75", "domain = 9", "continent = 6", "authority_kind = 5", "country =", "authority =",
                    "partner =", "partnership =", "event ="):
            self.assertIn(dim, header)
        self.assertIn(':Conventions = "CF-1.8"', header)
        self.assertIn("double apd_total(time)", header)
        self.assertIn("float authority_priority(time, authority, domain)", header)

    def test_both_xarray_engines_open_it_and_time_decodes_to_month_starts(self):
        for engine in ("netcdf4", "h5netcdf"):
            with xr.open_dataset(self.path, engine=engine) as ds:
                self.assertEqual(ds.time.dtype, np.dtype("datetime64[ns]"))
                self.assertEqual(str(ds.time.values[0])[:10], "2020-01-01")
                self.assertEqual(str(ds.time.values[2])[:10], "2020-03-01")
                self.assertEqual(str(ds.time.values[-1])[:10], "2026-03-01")
                self.assertTrue((ds.time.dt.day == 1).all())
                self.assertEqual(list(ds.domain.values[:2]), ["climate", "services"])

    def test_aggregates_have_the_contract_names_dims_units_and_long_names(self):
        with xr.open_dataset(self.path) as ds:
            for name, (dims, units) in AGGREGATES.items():
                self.assertIn(name, ds.variables, name)
                self.assertEqual(ds[name].dims, dims, name)
                self.assertEqual(ds[name].attrs["units"], units, name)
                self.assertTrue(ds[name].attrs["long_name"], name)
                self.assertTrue(ds[name].attrs["long_name_fr"], name)
            np.testing.assert_array_equal(ds.apd_total.values,
                                          ds.apd_development.values + ds.apd_humanitarian.values + ds.apd_refugees.values)
            self.assertTrue(np.allclose(ds.priority_mean.sum("domain"), 1.0))
            self.assertTrue((ds.partnerships_by_continent.sum("continent") == ds.partnerships_active).all())
            self.assertTrue(np.allclose(ds.apd_by_kind.sum("authority_kind"), ds.apd_total, rtol=1e-12))

    def test_per_authority_trajectories_and_static_attributes(self):
        with xr.open_dataset(self.path) as ds:
            for name in PER_AUTHORITY:
                self.assertEqual(ds[name].dims[:2], ("time", "authority"), name)
            self.assertTrue((ds.authority_engaged.sum("authority") == ds.engaged_authorities).all())
            self.assertTrue((ds.authority_partnerships.sum("authority") == ds.partnerships_active).all())
            self.assertTrue(np.allclose(ds.authority_apd.sum("authority"), ds.apd_total, rtol=1e-5))
            self.assertTrue(np.allclose(ds.authority_priority.sum("domain"), 1.0, atol=1e-3))
            self.assertIn("Paris", list(ds.authority_name.values))
            self.assertEqual(set(np.unique(ds.authority_kind_code.values)), {0, 1, 2, 3, 4})
            self.assertIn("partner_country", ds.variables)
            self.assertGreaterEqual(ds.sizes["country"], 130)

    def test_event_log_with_full_output(self):
        with xr.open_dataset(self.path) as ds:
            created = int((ds.event_type == 1).sum())
            self.assertEqual(created, int(ds.partnerships_new.sum()))
            self.assertEqual(int((ds.event_type == 4).sum()), int(ds.partnerships_ended.sum()))
            self.assertTrue((ds.partnership_authority >= 0).all())

    def test_provenance(self):
        with h5py.File(self.path, "r") as f:
            attrs = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in f.attrs.items()}
        self.assertEqual(int(attrs["complete"]), 1)
        self.assertEqual(int(attrs["seed"]), 20200315)
        for key in ("paradiplo_version", "git_revision", "build_type", "host", "start_time", "scenario_name"):
            self.assertTrue(str(attrs[key]), key)
        self.assertGreater(float(attrs["wall_time_seconds"]), 0)
        self.assertGreaterEqual(int(attrs["threads"]), 1)
        self.assertIn("[model.budget]", attrs["scenario"])
        self.assertIn("threshold = 10000", attrs["scenario"])  # the --set value, resolved


class ReproducibilityTest(unittest.TestCase):
    def test_every_dataset_is_bitwise_identical_for_1_2_4_threads_and_reruns(self):
        with tempfile.TemporaryDirectory() as folder:
            paths = []
            for threads in ("1", "2", "4", "2"):
                paths.append(os.path.join(folder, f"run{len(paths)}.h5"))
                run("run", BASELINE, "-o", paths[-1], "--threads", threads, "-q", *SMALL)
            reference = datasets(paths[0])
            self.assertGreater(len(reference), 30)
            for other in paths[1:]:
                data = datasets(other)
                self.assertEqual(sorted(data), sorted(reference))
                for name, values in reference.items():
                    self.assertEqual(values.tobytes(), data[name].tobytes(), f"{name} differs in {other}")


def datasets(path):
    out = {}
    with h5py.File(path, "r") as f:
        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                values = np.asarray(obj[()])
                # Strings compare by value (object arrays hold pointers).
                out[name] = np.array([str(v) for v in values.ravel()]) if values.dtype.kind == "O" else values
        f.visititems(visit)
    return out


class SafetyTest(unittest.TestCase):
    def test_bad_input_exits_2_and_writes_nothing(self):
        with tempfile.TemporaryDirectory() as folder:
            bad = os.path.join(folder, "bad.toml")
            with open(bad, "w") as f:
                f.write('schema_version = 1\nextends = "%s"\n[model.budget]\ncut_elastcity = 1\ninertia = "high"\n' % BASELINE)
            out = os.path.join(folder, "out.h5")
            result = run("run", bad, "-o", out, check=False)
            self.assertEqual(result.returncode, 2)
            self.assertIn(f"{bad}:4:1: model.budget.cut_elastcity: unknown key; did you mean cut_elasticity?", result.stderr)
            self.assertIn(f"{bad}:5:1: model.budget.inertia: expected a number in [0, 1], found \"high\"", result.stderr)
            self.assertEqual(os.listdir(folder), ["bad.toml"])
            result = run("validate", bad, check=False)
            self.assertEqual(result.returncode, 2)
            self.assertIn("2 problem(s)", result.stderr)
            result = run("run", "-o", out, "--set", "model.budget.inertia=7", check=False)
            self.assertEqual(result.returncode, 2)
            self.assertEqual(os.listdir(folder), ["bad.toml"])

    def test_a_failed_run_keeps_the_previous_file(self):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "out.h5")
            run("run", "-o", out, "-q", "--output-level", "aggregate", *SMALL)
            before = open(out, "rb").read()
            self.assertEqual(run("run", "-o", out, "--seed", "-4", check=False).returncode, 2)
            self.assertEqual(open(out, "rb").read(), before)

    def test_a_killed_run_leaves_only_a_partial_file(self):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "killed.h5")
            process = subprocess.Popen([EXE, "run", "-o", out, "-q", "--threads", "1"])
            deadline = time.time() + 30
            while not os.path.exists(out + ".partial") and time.time() < deadline:
                time.sleep(0.01)
            time.sleep(0.2)
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.assertFalse(os.path.exists(out))

    def test_sigterm_stops_cleanly_with_exit_130(self):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "stopped.h5")
            process = subprocess.Popen([EXE, "run", "-o", out, "-q", "--threads", "1"], stderr=subprocess.PIPE, text=True)
            deadline = time.time() + 30
            while not os.path.exists(out + ".partial") and time.time() < deadline:
                time.sleep(0.01)
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=60)
            self.assertEqual(process.returncode, 130, err)
            self.assertIn("interrupted", err)
            self.assertFalse(os.path.exists(out))
            self.assertTrue(os.path.exists(out + ".partial"))


class CommandLineTest(unittest.TestCase):
    def test_every_command_has_help_and_version_names_the_revision(self):
        self.assertIn("Commands:", run("--help").stdout)
        for command in ("run", "validate", "scenarios"):
            self.assertIn(f"Options of paradiplo {command}", run(command, "--help").stdout)
        self.assertRegex(run("--version").stdout, r"^paradiplo \d+\.\d+\.\d+ \(git ([0-9a-f]{7,}(-dirty)?|unknown), ")
        self.assertEqual(run("frobnicate", check=False).returncode, 2)
        self.assertIn("model.budget.cut_elasticity", run("run", "--help-parameters").stdout)

    def test_built_in_baseline_is_the_shipped_file(self):
        with tempfile.TemporaryDirectory() as folder:
            a, b = os.path.join(folder, "a.h5"), os.path.join(folder, "b.h5")
            run("run", "-o", a, "-q", "--output-level", "aggregate", *SMALL)
            run("run", BASELINE, "-o", b, "-q", "--output-level", "aggregate", *SMALL)
            da, db = datasets(a), datasets(b)
            for name in da:
                self.assertEqual(da[name].tobytes(), db[name].tobytes(), name)


class ScenarioLibraryTest(unittest.TestCase):
    SHIPPED = ["baseline", "austerity", "ecological-transition", "fragmentation", "rebound", "solidarity"]

    def test_every_shipped_scenario_validates_and_runs(self):
        files = [os.path.join(SOURCE, "scenarios", name + ".toml") for name in self.SHIPPED]
        self.assertIn("valid scenario", run("validate", *files).stdout)
        with tempfile.TemporaryDirectory() as folder:
            for name, file in zip(self.SHIPPED, files):
                out = os.path.join(folder, name + ".h5")
                run("run", file, "-o", out, "-q", "--output-level", "aggregate", *SMALL)
                with h5py.File(out, "r") as f:
                    self.assertEqual(int(f.attrs["complete"]), 1)
                    self.assertEqual(f.attrs["scenario_name"].decode() if isinstance(f.attrs["scenario_name"], bytes)
                                     else f.attrs["scenario_name"], name)

    def test_scenarios_lists_the_files_and_tabulates_their_hypotheses(self):
        listing = run("scenarios").stdout.splitlines()
        self.assertEqual([line.split()[0] for line in listing], self.SHIPPED)
        table = run("scenarios", "--table").stdout.splitlines()
        self.assertEqual(table[0].split(), ["driver"] + self.SHIPPED)
        rows = {line.split()[0]: line.split()[1:] for line in table[1:]}
        self.assertEqual(sorted(rows), ["fiscal", "geopolitics", "humanitarian", "political_agenda", "state_support"])
        self.assertEqual(rows["fiscal"][self.SHIPPED.index("austerity")], "prolonged-squeeze")
        self.assertEqual(set(rows["fiscal"][:1]), {"trend"})
        # Read from the files: a new scenario in a copy of the folder shows up.
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["cp", "-r", os.path.join(SOURCE, "scenarios", "."), folder], check=True)
            with open(os.path.join(folder, "zz-test.toml"), "w") as f:
                f.write('schema_version = 1\nextends = "baseline.toml"\n[meta]\nname = "zz-test"\ntitle = "A test"\n'
                        '[drivers]\nhumanitarian = "surge"\n')
            listing = run("scenarios", "--dir", folder).stdout
            self.assertIn("zz-test                  A test", listing)
            table = run("scenarios", "--table", "--dir", folder).stdout
            self.assertEqual(table.splitlines()[3].split()[-1], "surge")


class DocsTest(unittest.TestCase):
    def test_the_python_example_runs_on_a_fresh_file(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "baseline.h5")
            run("run", "-o", path, "-q", *SMALL)
            example = os.path.join(SOURCE, "docs", "examples", "first_look.py")
            result = subprocess.run(["/usr/bin/python3", example, path], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("apd_total", result.stdout)
            self.assertIn("2021", result.stdout)
            self.assertIn("Paris:", result.stdout)

    def test_the_readme_scenario_example_is_valid(self):
        readme = open(os.path.join(SOURCE, "README.md")).read()
        example = re.search(r"```toml\n(.*?)```", readme, re.S).group(1)
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "baseline.toml"), "w") as f:
                f.write(open(BASELINE).read())
            path = os.path.join(folder, "example.toml")
            with open(path, "w") as f:
                f.write(example)
            result = run("validate", path)
            self.assertIn('valid scenario "harsh-austerity"', result.stdout)

    def test_output_format_doc_lists_every_variable_of_a_full_file(self):
        doc = open(os.path.join(SOURCE, "docs", "output-format.md")).read()
        documented = set(re.findall(r"`([a-z_0-9]+)`", doc))
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "f.h5")
            run("run", "-o", path, "-q", "--output-level", "full", *SMALL)
            with xr.open_dataset(path) as ds:
                missing = sorted(set(ds.variables) - documented)
        self.assertEqual(missing, [], "variables missing from docs/output-format.md")


if __name__ == "__main__":
    unittest.main()
