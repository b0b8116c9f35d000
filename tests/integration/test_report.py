"""The HTML report opened in a real browser: Debian's Chromium, headless.

Run by ctest with Debian's /usr/bin/python3 after `scripts/install-dependencies.sh --tests`
(chromium); PARADIPLO_EXE and PARADIPLO_SOURCE_DIR as for test_run_file.
"""
import html.parser
import os
import shutil
import subprocess
import tempfile
import unittest

import matplotlib.image
import numpy as np

from paradiplo_testing import DATA, SMALL_SWEEP, run

FILE_CHARTS = ["engaged", "partnerships", "apd", "spending", "apd-parts", "hosted", "reception", "calls",
               "cofinancing", "priorities",
               "continents"]
COMPARE_CHARTS = [f"{name}{suffix}" for name in ("engaged", "partnerships", "apd", "spending")
                  for suffix in ("", "-relative")]


class Charts(html.parser.HTMLParser):
    """Counts the drawn points of each chart (<svg class="chart">) in a DOM."""

    def __init__(self):
        super().__init__()
        self.points, self.current, self.texts = {}, None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg" and "chart" in attrs.get("class", ""):
            self.current = attrs["id"]
            self.points[self.current] = 0
        elif self.current and tag in ("polyline", "polygon"):
            self.points[self.current] += len(attrs.get("points", "").split())

    def handle_endtag(self, tag):
        if tag == "svg":
            self.current = None

    def handle_data(self, data):
        self.texts.append(data)


def chromium(*args):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([shutil.which("chromium"), "--headless", "--no-sandbox", "--disable-gpu",
                               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                               "--hide-scrollbars", *args], capture_output=True, text=True, timeout=300)


def console_messages(stderr):
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@unittest.skipUnless(shutil.which("chromium"), "needs Debian's chromium (install-dependencies.sh --tests)")
class ReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        files = []
        for name, scenario in (("small", "small.toml"), ("austerity", "small_austerity.toml")):
            files.append(os.path.join(cls.folder.name, name + ".h5"))
            run("run", os.path.join(DATA, scenario), "-o", files[-1], "-q", "--output-level", "aggregate")
        files.append(os.path.join(cls.folder.name, "sweep.h5"))
        run("sweep", SMALL_SWEEP, "-o", files[-1], "-q")
        cls.files = files
        cls.report = os.path.join(cls.folder.name, "report.html")
        run("report", *files, "-o", cls.report, "-q")
        with open(cls.report, encoding="utf-8") as f:
            cls.text = f.read()

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_the_page_is_self_contained(self):
        for forbidden in ("<script", " src=", " href=", "https://", "<link"):
            self.assertNotIn(forbidden, self.text)
        self.assertEqual(self.text.count("http://"), self.text.count('xmlns="http://www.w3.org/2000/svg"'))

    def test_chromium_renders_every_chart_without_console_errors(self):
        result = chromium("--dump-dom", "file://" + self.report)
        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        self.assertEqual(console_messages(result.stderr), [])
        charts = Charts()
        charts.feed(result.stdout)
        expected = [f"chart-{i}-{name}" for i in range(3) for name in FILE_CHARTS]
        expected += [f"chart-compare-{name}" for name in COMPARE_CHARTS]
        self.assertEqual(sorted(charts.points), sorted(expected))
        for chart, points in charts.points.items():
            self.assertGreater(points, 50, f"{chart} is empty")
        texts = " ".join(charts.texts)
        for label in ("2021", "2024", "M EUR", "Engaged authorities", "Running partnerships by partner's continent",
                      "refugee reception", "People hosted, end of month", "declared as APD", "ficol selected",
                      "git_revision", "20200315", "sweep of 24 runs", "Key figures"):
            self.assertIn(label, texts)

    def test_the_console_check_catches_a_page_that_reaches_the_network(self):
        broken = os.path.join(self.folder.name, "broken.html")
        with open(broken, "w", encoding="utf-8") as f:
            f.write(self.text.replace("<h1>", '<img src="http://example.org/logo.png"><h1>', 1))
        result = chromium("--dump-dom", "file://" + broken)
        self.assertTrue(any("Content Security Policy" in line for line in console_messages(result.stderr)))

    def test_screenshot_shows_the_charts(self):
        image = os.path.join(self.folder.name, "report.png")
        result = chromium("--window-size=1400,2400", f"--screenshot={image}", "file://" + self.report)
        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        pixels = matplotlib.image.imread(image)
        self.assertEqual(pixels.shape[:2], (2400, 1400))
        colours = np.unique((pixels[..., :3] * 255).astype(np.uint8).reshape(-1, 3), axis=0)
        self.assertGreater(len(colours), 200)  # lines, bands, areas and text: not a blank page

    def test_french_labels(self):
        french = os.path.join(self.folder.name, "rapport.html")
        run("report", self.files[0], "-o", french, "--lang", "fr", "-q")
        with open(french, encoding="utf-8") as f:
            text = f.read()
        self.assertIn('<html lang="fr">', text)
        for label in ("Collectivités engagées", "APD par composante, 12 mois glissants", "Chiffres clés",
                      "accueil des réfugiés"):
            self.assertIn(label, text)
        refused = run("report", self.files[0], "-o", french, "--lang", "de", check=False)
        self.assertEqual(refused.returncode, 2)


if __name__ == "__main__":
    unittest.main()
