"""The real authorities through the executable: stable ids in the file, authorities named in
scenario files, and an analyst's population table given to run and validate (docs/geography.md).

Run by ctest with Debian's /usr/bin/python3; PARADIPLO_EXE names the executable and
PARADIPLO_SOURCE_DIR the source tree.
"""
import csv
import glob
import hashlib
import os
import subprocess
import tempfile
import tomllib
import unittest

import xarray as xr

EXE = os.environ["PARADIPLO_EXE"]
SOURCE = os.environ["PARADIPLO_SOURCE_DIR"]
BASELINE = os.path.join(SOURCE, "scenarios", "baseline.toml")
SURVEY = os.path.join(SOURCE, "docs", "examples", "network-survey.csv")
SMALL = ["--set", "population.threshold=10000"]


def run(*args):
    return subprocess.run([EXE, *args], capture_output=True, text=True)


def survey_checksum():
    with open(SURVEY, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class GeographyTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.folder.cleanup()

    def path(self, name):
        return os.path.join(self.folder.name, name)

    def assert_table_recorded(self, d, checksum):
        self.assertEqual(d.attrs["population_table"], SURVEY)
        self.assertEqual(d.attrs["population_table_sha256"], checksum)

    def test_the_file_carries_ids_and_the_table_it_was_run_with(self):
        out = self.path("survey.h5")
        result = run("run", BASELINE, "-q", "-o", out, "--population-table", SURVEY, *SMALL)
        self.assertEqual(result.returncode, 0, result.stderr)
        checksum = survey_checksum()
        with xr.open_dataset(out) as d:
            self.assert_table_recorded(d, checksum)
            self.assertIn(checksum, d.attrs["scenario"])
            ids = [str(i) for i in d["authority_id"].values]
            self.assertEqual(len(set(ids)), len(ids))
            dijon = ids.index("21231")
            self.assertEqual(str(d["authority_name"].values[dijon]), "Dijon")
            self.assertEqual(str(d["authority_epci_id"].values[dijon]), "242100410")
            self.assertEqual(int(d["authority_archetype_2020"].values[dijon]), 3)  # directorate
            self.assertEqual(int(d["authority_population"].values[ids.index("75056")]), 2165423)

    def test_a_malformed_table_exits_2_naming_file_line_and_column_and_writes_nothing(self):
        table = self.path("bad.csv")
        with open(table, "w") as f:
            f.write("id,engaged\n21231,1\nNantes,perhaps\n")
        out = self.path("bad.h5")
        for command in (["run", BASELINE, "-o", out], ["validate", BASELINE]):
            result = run(*command, "--population-table", table)
            self.assertEqual(result.returncode, 2, result.stderr)
            self.assertIn(f'{table}:3:1: id: expected the id of a French authority', result.stderr)
            self.assertIn('("Nantes" has id "44109")', result.stderr)
            self.assertIn(f'{table}:3:8: engaged: expected 1, 0, true or false, found "perhaps"',
                          result.stderr)
        self.assertEqual(os.listdir(self.folder.name), ["bad.csv"])

    def test_validate_reads_the_table(self):
        result = run("validate", BASELINE, "--population-table", SURVEY)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("8 rows of population table", result.stdout)

    def test_an_ambiguous_name_in_a_scenario_file_lists_the_candidates(self):
        scenario = self.path("ambiguous.toml")
        with open(scenario, "w") as f:
            f.write(f'schema_version = 1\nextends = "{BASELINE}"\n[[shock]]\nid = "green-wave-2020"\n'
                    'type = "programme"\nstart = "2020-07"\ndomain = "climate"\nvalue = 0.2\n'
                    'authorities = ["Grenoble", "Saint-Denis"]\n')
        result = run("validate", scenario)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f'{scenario}:9:1: shock.green-wave-2020.authorities: "Saint-Denis" names 4 '
                      'authorities; expected one of their ids: "11339"', result.stderr)
        self.assertIn('"97411" (commune, département 974)', result.stderr)

    def test_a_sweep_gives_its_table_to_every_run_and_records_it(self):
        sweep = self.path("survey-sweep.toml")
        small = os.path.join(SOURCE, "tests", "data", "small.toml")
        with open(sweep, "w") as f:
            f.write(f'schema_version = 1\n[sweep]\nname = "survey"\nbase = "{small}"\nreplicates = 2\n'
                    f'population_table = "{SURVEY}"\n')
        out = self.path("survey-sweep.h5")
        result = run("sweep", sweep, "-q", "-o", out, "--threads", "2")
        self.assertEqual(result.returncode, 0, result.stderr)
        checksum = survey_checksum()
        with xr.open_dataset(out) as d:
            self.assert_table_recorded(d, checksum)
            self.assertIn(f'population_table_sha256 = "{checksum}"', d.attrs["sweep"])
        result = run("validate", sweep, "--population-table", SURVEY)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--population-table applies to scenario files", result.stderr)

    def test_shipped_scenarios_and_hypotheses_name_authorities_by_id(self):
        with open(os.path.join(SOURCE, "data", "geography", "authorities-2021.csv"), encoding="utf-8") as f:
            ids = {row["id"] for row in csv.DictReader(f)}
        named = 0
        for path in glob.glob(os.path.join(SOURCE, "scenarios", "**", "*.toml"), recursive=True):
            with open(path, "rb") as f:
                shocks = tomllib.load(f).get("shock", [])
            for shock in shocks:
                for authority in shock.get("authorities", []):
                    self.assertIn(authority, ids, f"{path}: {authority} is not an id")
                    named += 1
        self.assertGreater(named, 20)

    def test_a_run_shorter_than_a_year_writes_its_per_authority_data(self):
        scenario = self.path("short.toml")
        with open(scenario, "w") as f:
            f.write('schema_version = 1\n[time]\nstart = "2020-01"\nend = "2020-04"\n'
                    '[population]\nthreshold = 50000\n[output]\nlevel = "full"\n')
        out = self.path("short.h5")
        result = run("run", scenario, "-q", "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with xr.open_dataset(out) as d:
            self.assertEqual(d.sizes["time"], 4)
            self.assertEqual(d["authority_budget"].shape, (4, d.sizes["authority"]))


if __name__ == "__main__":
    unittest.main()
