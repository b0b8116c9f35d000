#!/usr/bin/env python3
"""Derives Paradiplo's committed geography tables from the official 2021 administrative geography.

Source: the npm package @etalab/decoupage-administratif 1.1.1 (Etalab; code MIT, data Licence
Ouverte 2.0), whose data are INSEE's Code officiel géographique 2021 with INSEE legal populations
and the DGCL's 2021 list of intercommunalities. The package tarball is checked against its SHA-256
before anything is read. Writes, deterministically:

  data/geography/authorities-2021.csv  one row per authority that exists as a council
  data/geography/areas-2021.csv        the départements and régions as areas (codes and names)
  data/geography/PROVENANCE.md         package, version, checksum, licence, counts and sums

Usage: scripts/derive-geography.py [TARBALL]   (without TARBALL: `npm pack` fetches it)
This is run by hand when the source changes, never at build or run time.
"""
import csv
import datetime
import hashlib
import io
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "1.1.1"
SHA256 = "db6e7c433ee675de314aa19bfc4faf796451342960ed2c1b42fda0f458a97e23"
OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "geography"

# INSEE's TNCC ("type de nom en clair", the package's typeLiaison) -> the joining word after "de".
CHARNIERE = {0: "de ", 1: "d'", 2: "du ", 3: "de la ", 4: "des ", 5: "de l'", 6: "des ",
             7: "de las ", 8: "de los "}
# The intercommunality types of the DGCL list and the kind of authority each maps to.
EPCI_KIND = {"CC": "epci", "CA": "epci", "CU": "epci", "METRO": "metropole", "MET69": "metropole"}
KIND_ORDER = ["region", "departement", "metropole", "epci", "commune"]

# Councils with a special status (docs/geography.md gives the laws).
PARIS = "75056"               # Ville de Paris: commune and département competences since 2019
LYON_METROPOLE = "200046977"  # Métropole de Lyon: département competences on its territory since 2015
SINGLE_REGIONS = {"94": "Collectivité de Corse", "02": "Collectivité territoriale de Martinique",
                  "03": "Collectivité territoriale de Guyane"}
NO_DEPARTEMENT_COUNCIL = {"75", "2A", "2B", "972", "973", "67", "68"}
ALSACE = ("D6AE", "Collectivité européenne d'Alsace", ("67", "68"))  # code of ISO 3166-2:FR
MAYOTTE = "976"  # département council with region competences; no region council


def load(tarball):
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != SHA256:
        sys.exit(f"{tarball}: SHA-256 {digest}, expected {SHA256} ({PACKAGE} {VERSION})")
    with tarfile.open(tarball) as archive:
        def read(name):
            return json.load(archive.extractfile(f"package/data/{name}.json"))
        package = json.load(archive.extractfile("package/package.json"))
        # The date the data files carry in the package: when Etalab built them.
        package["data_date"] = datetime.datetime.fromtimestamp(
            archive.getmember("package/data/communes.json").mtime, datetime.timezone.utc).date()
        return read("communes"), read("epci"), read("departements"), read("regions"), package


def fetch():
    folder = pathlib.Path(tempfile.mkdtemp())
    subprocess.run(["npm", "pack", "--silent", f"{PACKAGE}@{VERSION}"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)
    return next(folder.glob("*.tgz"))


def majority(codes_and_weights):
    totals = Counter()
    for code, weight in codes_and_weights:
        totals[code] += weight
    return max(sorted(totals), key=lambda code: totals[code])


def derive(communes, epcis, departements, regions):
    current = [c for c in communes if c["type"] == "commune-actuelle"]
    overseas = [c for c in current if "departement" not in c]
    communes = sorted((c for c in current if "departement" in c), key=lambda c: c["code"])
    by_code = {c["code"]: c for c in communes}
    epci_of = {}
    for e in epcis:
        for member in e["membres"]:
            epci_of[member["code"]] = e["code"]

    rows = []

    def add(id, kind, name, population, departement="", region="", epci="", also=""):
        rows.append(dict(id=id, kind=kind, name=name, population=population,
                         departement=departement, region=region, epci=epci, also=also))

    population_of_dep = Counter()
    population_of_region = Counter()
    for c in communes:
        population_of_dep[c["departement"]] += c["population"]
        population_of_region[c["region"]] += c["population"]
    lyon_members = {m["code"] for e in epcis if e["code"] == LYON_METROPOLE for m in e["membres"]}

    for r in sorted(regions, key=lambda r: r["code"]):
        code = r["code"]
        if code == "06":  # Mayotte: the département council holds the region's competences
            continue
        name = SINGLE_REGIONS.get(code, f"Conseil régional {CHARNIERE[r['typeLiaison']]}{r['nom']}")
        add(f"R{code}", "region", name, population_of_region[code], region=code,
            also="departement" if code in SINGLE_REGIONS else "")
    councils = []
    for d in departements:
        code = d["code"]
        if code in NO_DEPARTEMENT_COUNCIL:
            continue
        population = population_of_dep[code]
        if code == "69":  # the Rhône council keeps the territory outside the Métropole de Lyon
            population -= sum(by_code[m]["population"] for m in lyon_members)
        councils.append((f"D{code}", f"Conseil départemental {CHARNIERE[d['typeLiaison']]}{d['nom']}",
                         population, code, d["region"], "region" if code == MAYOTTE else ""))
    alsace_id, alsace_name, alsace_deps = ALSACE
    councils.append((alsace_id, alsace_name, sum(population_of_dep[d] for d in alsace_deps), "",
                     "44", ""))
    for id, name, population, dep, region, also in sorted(councils):
        add(id, "departement", name, population, departement=dep, region=region, also=also)

    for kind in ("metropole", "epci"):
        for e in sorted((e for e in epcis if EPCI_KIND[e["type"]] == kind), key=lambda e: e["code"]):
            members = [by_code[m["code"]] for m in e["membres"]]
            add(e["code"], kind, e["nom"], sum(m["population"] for m in members),
                departement=majority((m["departement"], m["population"]) for m in members),
                region=majority((m["region"], m["population"]) for m in members),
                also="departement" if e["code"] == LYON_METROPOLE else "")
    for c in communes:
        add(c["code"], "commune", c["nom"], c["population"], departement=c["departement"],
            region=c["region"], epci=epci_of.get(c["code"], ""),
            also="departement" if c["code"] == PARIS else "")
    assert [r["kind"] for r in rows] == sorted((r["kind"] for r in rows), key=KIND_ORDER.index)
    areas = [dict(level="region", code=r["code"], name=r["nom"], region=r["code"])
             for r in sorted(regions, key=lambda r: r["code"])]
    areas += [dict(level="departement", code=d["code"], name=d["nom"], region=d["region"])
              for d in sorted(departements, key=lambda d: d["code"])]
    return rows, areas, overseas, epcis


def write_csv(path, rows):
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(text.getvalue(), encoding="utf-8")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    tarball = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else fetch()
    communes, epcis, departements, regions, package = load(tarball)
    rows, areas, overseas, epcis = derive(communes, epcis, departements, regions)
    OUT.mkdir(parents=True, exist_ok=True)
    authorities_sum = write_csv(OUT / "authorities-2021.csv", rows)
    areas_sum = write_csv(OUT / "areas-2021.csv", areas)
    kinds = Counter(r["kind"] for r in rows)
    communes_population = sum(r["population"] for r in rows if r["kind"] == "commune")
    memberships = sum(len(e["membres"]) for e in epcis)
    epci_types = Counter(e["type"] for e in epcis)
    lines = [
        "# Provenance of the geography tables",
        "",
        "Written by `scripts/derive-geography.py`; do not edit by hand.",
        "",
        "| | |",
        "|---|---|",
        f"| package | `{PACKAGE}` {package['version']} (npm registry) |",
        f"| tarball SHA-256 | `{SHA256}` |",
        f"| data files dated | {package['data_date']} (as built by Etalab, in the package) |",
        "| licence | code MIT; data Licence Ouverte 2.0 (Etalab) |",
        "| source data | INSEE, Code officiel géographique 2021, with legal populations; DGCL, "
        "intercommunalities with own taxation on 1 January 2021 |",
        "| population field | commune `population`: INSEE population municipale, millésime 2019 "
        "(legal populations in force from 1 January 2022, on the geography of 1 January 2021; "
        "Mayotte: 2017 census) |",
        f"| authorities-2021.csv SHA-256 | `{authorities_sum}` |",
        f"| areas-2021.csv SHA-256 | `{areas_sum}` |",
        "",
        "| count | value |",
        "|---|---|",
        f"| current communes in the package | {len(overseas) + kinds['commune']} |",
        f"| communes in overseas collectivities (not simulated) | {len(overseas)} |",
        f"| communes simulated | {kinds['commune']} |",
        f"| their population | {communes_population} |",
        f"| intercommunalities | {len(epcis)} "
        f"({', '.join(f'{t} {n}' for t, n in sorted(epci_types.items()))}) |",
        f"| memberships of communes in intercommunalities | {memberships} |",
    ] + [f"| authorities of kind {kind} | {kinds[kind]} |" for kind in KIND_ORDER]
    (OUT / "PROVENANCE.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} authorities and {len(areas)} areas to {OUT}")


if __name__ == "__main__":
    main()
