"""The analyst's commands on real files: compare, export and info.

Run by ctest with Debian's /usr/bin/python3; PARADIPLO_EXE and PARADIPLO_SOURCE_DIR as for test_run_file.
"""
import csv
import os
import shutil
import subprocess
import tempfile
import unittest

import h5py
import numpy as np
import xarray as xr

from paradiplo_testing import DATA, SMALL_SWEEP, SOURCE, run

SMALL = os.path.join(DATA, "small.toml")
AUSTERITY = os.path.join(DATA, "small_austerity.toml")


class AnalysisTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.a = os.path.join(cls.folder.name, "a.h5")
        cls.b = os.path.join(cls.folder.name, "b.h5")
        cls.sweep = os.path.join(cls.folder.name, "sweep.h5")
        run("run", SMALL, "-o", cls.a, "-q")
        run("run", AUSTERITY, "-o", cls.b, "-q", "--output-level", "aggregate")
        run("sweep", SMALL_SWEEP, "-o", cls.sweep, "-q")

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def yearly_apd(self, path, month):
        with xr.open_dataset(path) as ds:
            end = int(np.flatnonzero(ds.time.dt.strftime("%Y-%m").values == month)[0])
            return float(ds.apd_total.values[end - 11:end + 1].sum()) / 1e6

    def test_compare_prints_a_b_difference_and_relative_difference(self):
        out = run("compare", self.a, self.b).stdout
        self.assertIn("A: small\nB: small-austerity", out)
        line = next(l for l in out.splitlines() if l.startswith("apd_total (M EUR)") and "2026-03" in l)
        a, b = self.yearly_apd(self.a, "2026-03"), self.yearly_apd(self.b, "2026-03")
        fields = line.split()
        self.assertAlmostEqual(float(fields[4]), a, places=1)
        self.assertAlmostEqual(float(fields[5]), b, places=1)
        self.assertAlmostEqual(float(fields[6]), b - a, places=1)
        self.assertAlmostEqual(float(fields[7].rstrip("%")), 100 * (b - a) / a, places=1)
        for month in ("2020-12", "2021-12", "2023-12", "2026-03"):
            self.assertIn(f"engaged_authorities              {month}", out)

    def test_compare_csv_is_tidy_and_rtol_sets_exit_code_3(self):
        path = os.path.join(self.folder.name, "comparison.csv")
        result = run("compare", self.a, self.b, "--at", "2021-12,2026-03", "--csv", path, "-q", "--rtol", "0.001",
                     check=False)
        self.assertEqual(result.returncode, 3)
        self.assertIn("exceeds --rtol 0.001", result.stderr)
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        # 21 national indicators, 9 + 9 by domain, 6 + 6 by continent, 5 + 5 + 5 by kind, 6 x 2 by
        # call, at 2 months.
        self.assertEqual(len(rows), 2 * (21 + 9 + 9 + 6 + 6 + 5 + 5 + 5 + 6 * 2))
        climate = next(r for r in rows if r["indicator"] == "priority_mean[climate]")
        self.assertEqual((climate["units"], climate["measure"]), ("1", "end of month"))
        apd = next(r for r in rows if r["indicator"] == "apd_total" and r["month"] == "2026-03")
        self.assertEqual((apd["units"], apd["measure"]), ("M EUR", "12 months to"))
        self.assertAlmostEqual(float(apd["a_median"]), self.yearly_apd(self.a, "2026-03"), places=6)
        self.assertEqual(run("compare", self.a, self.a, "--rtol", "0", "-q").returncode, 0)

    def test_compare_a_run_with_a_sweep_gives_medians_and_ranges(self):
        out = run("compare", self.a, self.sweep, "--at", "2023-12,2027-06").stdout
        self.assertIn("(median [5%, 95%] over runs)", out)
        with xr.open_dataset(self.sweep) as ds:
            end = int(np.flatnonzero(ds.time.dt.strftime("%Y-%m").values == "2023-12")[0])
            engaged = ds.engaged_authorities.values[:, end]
        line = next(l for l in out.splitlines() if l.startswith("engaged_authorities"))
        expected = f"{np.median(engaged):.0f} [{np.quantile(engaged, 0.05):.0f}, {np.quantile(engaged, 0.95):.0f}]"
        self.assertIn(expected, line)
        self.assertIn("2027-06: outside the period of both files", out)

    def test_compare_uses_what_the_files_share_and_lists_the_rest(self):
        other = os.path.join(self.folder.name, "other.h5")
        shutil.copy(self.b, other)
        with h5py.File(other, "a") as f:
            del f["staff_fte"]
            f["continent"][5] = "antarctica"
        out = run("compare", self.a, other, "--at", "2023-12").stdout
        self.assertIn(f"staff_fte: only in {self.a}", out)
        self.assertIn(f"partnerships_by_continent[oceania]: only in {self.a}", out)
        self.assertIn(f"partnerships_by_continent[antarctica]: only in {other}", out)
        self.assertIn("partnerships_by_continent[africa]", out)
        self.assertNotIn("staff_fte  ", out)

    def test_compare_refuses_incomplete_foreign_and_missing_files(self):
        incomplete = os.path.join(self.folder.name, "incomplete.h5")
        shutil.copy(self.b, incomplete)
        with h5py.File(incomplete, "a") as f:
            f.attrs["complete"] = np.int32(0)
        foreign = os.path.join(self.folder.name, "foreign.h5")
        with h5py.File(foreign, "w") as f:
            f["x"] = np.arange(3)
        text = os.path.join(self.folder.name, "notes.h5")
        with open(text, "w") as f:
            f.write("hello")
        for path, message in ((incomplete, "incomplete (complete is not 1)"),
                              (foreign, "not a Paradiplo output file"),
                              (text, "not an HDF5 file"),
                              (os.path.join(self.folder.name, "absent.h5"), "no such file")):
            result = run("compare", self.a, path, check=False)
            self.assertEqual(result.returncode, 2, path)
            self.assertIn(f"{path}: {message}", result.stderr)

    def test_a_report_of_a_run_shorter_than_a_year_has_no_12_month_sums(self):
        scenario = os.path.join(self.folder.name, "short.toml")
        with open(scenario, "w") as f:
            f.write('schema_version = 1\n[meta]\nname = "short"\n[time]\nstart = "2020-01"\n'
                    'end = "2020-03"\n[population]\nthreshold = 3000000\n')
        short = os.path.join(self.folder.name, "short.h5")
        run("run", scenario, "-o", short, "-q", "--output-level", "aggregate")
        page = os.path.join(self.folder.name, "short.html")
        run("report", short, self.a, "-o", page, "-q")  # crashed on the empty 12-month series
        with open(page, encoding="utf-8") as f:
            html = f.read()
        self.assertIn('id="chart-0-engaged"', html)
        self.assertIn('id="chart-0-apd"', html)

    def damaged_copy(self, name, change):
        path = os.path.join(self.folder.name, name + ".h5")
        shutil.copy(self.b, path)
        with h5py.File(path, "a") as f:
            change(f)
        return path

    def test_files_whose_shapes_cannot_be_trusted_are_refused_on_opening(self):
        def time_not_months(f):
            f["time"][1] = 5.0

        def time_endless(f):
            f["time"][1] = 1e300

        def time_empty(f):
            del f["time"]
            f.create_dataset("time", shape=(0,), dtype="f8").attrs["units"] = np.bytes_("days since 2020-01-01")

        def time_mid_month(f):
            f["time"].attrs["units"] = np.bytes_("days since 2020-01-15")

        def time_before_the_model(f):
            f["time"].attrs["units"] = np.bytes_("days since 1999-01-01")

        def time_too_large(f):
            del f["time"]
            time = f.create_dataset("time", shape=(2**40,), chunks=(1024,), dtype="f8")
            time.attrs["units"] = np.bytes_("days since 2020-01-01")

        def attribute_of_many_values(f):
            f.attrs["complete"] = np.ones(1000)

        def attribute_of_variable_length(f):
            f.attrs["source"] = "Paradiplo, rewritten by h5py"

        def link_elsewhere(f):
            f["elsewhere"] = h5py.ExternalLink("/dev/zero", "/x")

        def too_few_domains(f):
            over_domain = [name for name, item in f.items() if name != "domain" and any(
                scale.name == "/domain" for axis in item.dims for scale in axis.values())]
            for name in over_domain + ["domain"]:
                del f[name]
            f["domain"] = np.array([b"climate"])
            f["domain"].make_scale("domain")
            f["priority_mean"] = np.zeros((f["time"].size, 1))
            f["priority_mean"].dims[0].attach_scale(f["time"])
            f["priority_mean"].dims[1].attach_scale(f["domain"])

        def axis_too_short(f):
            f["extra"] = np.zeros(3)
            f["extra"].dims[0].attach_scale(f["time"])

        def aggregate_over_other_axes(f):
            del f["apd_by_kind"]
            f["apd_by_kind"] = np.zeros((f["time"].size, f["domain"].size))
            f["apd_by_kind"].dims[0].attach_scale(f["time"])
            f["apd_by_kind"].dims[1].attach_scale(f["domain"])

        cases = ((time_not_months, "time values are not successive months from 2020-01"),
                 (time_endless, "time values are not successive months from 2020-01"),
                 (time_empty, "time has no months"),
                 (time_before_the_model, 'time units "days since 1999-01-01" are not'),
                 (time_mid_month, 'time units "days since 2020-01-15" are not'),
                 (time_too_large, "time is larger than any variable this version writes"),
                 (attribute_of_many_values, "attribute complete is not a single value"),
                 (attribute_of_variable_length, "attribute source is not a fixed-length text"),
                 (link_elsewhere, "elsewhere: not a variable of this file (a link elsewhere)"),
                 (too_few_domains, "domain holds 1 names; this version writes 9"),
                 (axis_too_short, "extra: axis 0 (time) does not match a dimension of the file"),
                 (aggregate_over_other_axes, "apd_by_kind is not over (time, authority_kind)"))
        for change, message in cases:
            path = self.damaged_copy(change.__name__, change)
            for command in (("info", path), ("compare", self.a, path),
                            ("export", path, "--csv", os.path.join(self.folder.name, "refused"))):
                result = run(*command, check=False)
                self.assertEqual(result.returncode, 2, (change.__name__, command, result.stderr))
                self.assertIn(f"{path}: {message}", result.stderr)
                self.assertNotIn("HDF5-DIAG", result.stderr)

    def test_a_file_that_does_not_track_creation_order_is_checked_too(self):
        path = os.path.join(self.folder.name, "h5py-order.h5")
        with h5py.File(path, "w") as f:  # h5py's default: variables not in creation order
            f.attrs["source"] = np.bytes_("Paradiplo")
            f.attrs["complete"] = np.int32(1)
            f["time"] = np.array([0.0, 31.0])
            f["time"].attrs["units"] = np.bytes_("days since 2020-01-01")
            f["time"].make_scale("time")
            f["extra"] = np.zeros(3)
            f["extra"].dims[0].attach_scale(f["time"])
        result = run("info", path, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"{path}: extra: axis 0 (time) does not match a dimension of the file", result.stderr)

    def test_export_writes_long_csv_a_spreadsheet_reads(self):
        folder = os.path.join(self.folder.name, "csv")
        run("export", self.a, "--csv", folder, "--authorities", "-q")
        with open(os.path.join(folder, "aggregates.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual(list(rows[0]), ["month", "entity", "variable", "value", "units"])
        with xr.open_dataset(self.a) as ds:
            by_key = {(r["month"], r["entity"], r["variable"]): r for r in rows}
            row = by_key[("2021-06", "national", "apd_total")]
            self.assertEqual(float(row["value"]), float(ds.apd_total.values[17]))
            self.assertEqual(row["units"], "EUR")
            fra = by_key[("2020-01", "DEU", "partnerships_by_country")]
            self.assertEqual(float(fra["value"]), float(ds.partnerships_by_country.sel(country="DEU").values[0]))
            self.assertEqual(by_key[("2020-01", "climate", "priority_mean")]["units"], "1")
            authorities, months = ds.sizes["authority"], ds.sizes["time"]
        with open(os.path.join(folder, "authorities.csv"), newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader)
            count = sum(1 for _ in reader)
        self.assertEqual(header, ["month", "authority", "id", "name", "variable", "value", "units"])
        self.assertEqual(count, months * authorities * (6 + 9))

    def test_export_of_a_sweep_has_a_run_column(self):
        folder = os.path.join(self.folder.name, "sweep-csv")
        run("export", self.sweep, "--csv", folder, "-q")
        with open(os.path.join(folder, "aggregates.csv"), newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            self.assertEqual(reader.fieldnames, ["month", "run", "entity", "variable", "value", "units"])
            runs = {r["run"] for r in reader}
        self.assertEqual(runs, {str(r) for r in range(24)})
        result = run("export", self.b, "--csv", folder, "--authorities", check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("no per-authority trajectories", result.stderr)

    def assert_drawn(self, image, width):
        import matplotlib.image
        pixels = matplotlib.image.imread(image)
        self.assertGreaterEqual(pixels.shape[1], width)
        colours = np.unique((pixels[..., :3] * 255).astype(np.uint8).reshape(-1, 3), axis=0)
        self.assertGreater(len(colours), 30, f"{image} looks blank")

    def test_python_example_compares_two_scenario_files_into_pngs(self):
        prefix = os.path.join(self.folder.name, "compare")
        example = os.path.join(SOURCE, "docs", "examples", "compare_scenarios.py")
        result = subprocess.run(["/usr/bin/python3", example, self.a, self.b, prefix],
                                capture_output=True, text=True, timeout=300)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assert_drawn(prefix + "-indicators.png", 1500)
        self.assert_drawn(prefix + "-apd.png", 1000)

    @unittest.skipUnless(shutil.which("Rscript"), "needs r-base-core and r-cran-ncdf4 (install-dependencies.sh --tests)")
    def test_r_example_reads_run_and_sweep_files(self):
        example = os.path.join(SOURCE, "docs", "examples", "first_look.R")
        for path in (self.a, self.sweep):
            image = path + ".png"
            result = subprocess.run(["Rscript", example, path, image], capture_output=True, text=True,
                                    timeout=300)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertRegex(result.stdout, r"2021\s")
            self.assert_drawn(image, 800)

    def test_info_shows_provenance_dimensions_and_variables(self):
        out = run("info", self.a).stdout
        for text in ("Paradiplo run file \"small\"", "seed               20200315", "git_revision",
                     "wall_time_seconds", "threads", "period             2020-01 to 2026-03 (75 months)",
                     "authority          "):
            self.assertIn(text, out)
        self.assertRegex(out, r"apd_total +\(time\)  EUR")
        self.assertRegex(out, r"authority_priority +\(time, authority, domain\)  1")
        sweep = run("info", self.sweep).stdout
        self.assertRegex(sweep, r"apd_total_quantiles +\(point, quantile, time\)  EUR")


if __name__ == "__main__":
    unittest.main()
