#!/usr/bin/env python3
"""Applies each mutation of a model rule, one at a time, and shows which unit test catches it.

Every rule of the model has a unit test on a hand-built world (docs/architecture.md, "Testing the
model"): a mutation that breaks a rule must fail one of them, not only the golden file. This
script works in a copy of the sources (a git worktree of HEAD), builds it once, then for each
mutation edits one file, rebuilds the test binary, runs the model's unit tests (not the golden
file, not the property tests) and restores the file. It prints a Markdown table.

Usage: scripts/mutation-check.py [--work DIR]   (about a minute per mutation on two cores)
"""
import argparse
import pathlib
import re
import subprocess
import sys
from xml.etree import ElementTree

SOURCE = pathlib.Path(__file__).resolve().parent.parent
UNIT_TESTS = "[life_cycle],[budget],[organisation],[elections],[partnerships],[population],[accounting],[priorities],[context]"

# (file, text to replace, replacement, the rule it breaks)
MUTATIONS = [
    ("models/partnerships/activity_process.cpp",
     "const double room = std::min(1.0, left_eur / need);",
     "const double room = 1.0;",
     "revival ignores the money left (the funding factor dropped)"),
    ("models/partnerships/activity_process.cpp",
     "if (priority[e] > priority[d] ||", "if (priority[e] < priority[d] ||",
     "funding from the lowest priority up"),
    ("models/partnerships/activity_process.cpp",
     "funding_eur[row] = std::min(need, left_eur);", "funding_eur[row] = left_eur;",
     "funding not capped at the need"),
    ("models/partnerships/activity_process.cpp",
     "                months_dormant[row] = 0;\n                continue;", "                continue;",
     "suspension does not reset the dormancy clock"),
    ("models/partnerships/activity_process.cpp",
     "                months_dormant[row] = 0;\n                fund();",
     "                fund();", "revival does not reset the dormancy clock"),
    ("models/partnerships/activity_process.cpp",
     "months_dormant[row] >= parameters_.end_after_months &&", "",
     "ending ignores the months dormant"),
    ("models/partnerships/activity_process.cpp",
     "months_low[row] >= parameters_.dormancy_months", "months_low[row] > parameters_.dormancy_months",
     "dormancy one month late"),
    ("models/partnerships/partnership_need.hpp",
     "(1.0 + p.partner_size_need_step * partner_size_class) * cost_index;",
     "(1.0 + p.partner_size_need_step * partner_size_class) * (cost_index * 0.0 + 1.0);",
     "needs ignore the cost index"),
    ("models/budget/budget_process.cpp",
     "(structured ? parameters_.structured_resilience : 1.0)", "(structured ? 1.0 : 1.0)",
     "structured services cut like the others"),
    ("models/budget/budget_process.cpp",
     "parameters_.inertia * followed + (1.0 - parameters_.inertia) * target_eur",
     "(1.0 - parameters_.inertia) * followed + parameters_.inertia * target_eur",
     "inertia weighs the target"),
    ("models/budget/planned_budget.hpp",
     "p.perimeter_domain_weight * (domains - kReferencePerimeterDomains)",
     "p.perimeter_domain_weight * 0.0 * domains",
     "the delegation's breadth does not move the plan"),
    ("models/budget/monthly_lines.hpp",
     'budget.emergency_lines == "from_budget"', "false",
     "emergency lines always on top"),
    ("models/budget/budget_process.cpp",
     "claim[i] = dac_partnerships[i];", "claim[i] = 1;",
     "co-financing shared equally among winners"),
    ("models/accounting/authority_money.hpp",
     "std::max(0.0, 1.0 - cofinancing / pool)", "std::max(0.0, 1.0 - cofinancing * 0.0 / pool)",
     "co-financing counted as the authority's own APD"),
    ("models/partnerships/formation_process.cpp",
     "std::min(1.0, view.read<&Authorities::partnership_room_eur>()[i] /",
     "std::min(1.0, 1e12 /",
     "formation ignores the money left"),
    ("models/partnerships/partner_choice.cpp",
     "(1.0 + parameters.preferential_attachment * held[row])", "1.0",
     "partner choice ignores the partner's connections"),
    ("models/partnerships/partner_choice.cpp",
     "        if (held[row] >= capacity[row]) continue;\n", "",
     "full partners can be chosen"),
    ("models/organisation/organisation_process.cpp",
     "            return Archetype::Directorate;", "            return archetype;",
     "a unit never becomes a directorate"),
    ("models/organisation/organisation_process.cpp",
     "            attachment[i] = Attachment::GeneralDirection;\n", "",
     "a reorganisation leaves the attachment"),
    ("models/organisation/organisation_process.cpp",
     "            perimeter[i] = kDelegatePerimeters[0];\n", "",
     "a dissolved service keeps its delegation"),
    ("models/elections/election_process.cpp",
     "(attachment == Attachment::Cabinet ? parameters_.cabinet_volatility : 1.0)",
     "(attachment == Attachment::Cabinet ? 1.0 : 1.0)",
     "a service in the cabinet moves like the others"),
    ("models/elections/election_process.cpp",
     "if (random.bernoulli(parameters_.perimeter_change_probability))", "if (false)",
     "the delegation never changes hands"),
    ("models/population/population_generator.cpp",
     "members[mine[static_cast<std::size_t>(k / 2) % mine.size()]]",
     "members[mine[0]]",
     "network peers only from the first network"),
]


def run(command, cwd, quiet=True):
    return subprocess.run(command, cwd=cwd, text=True, capture_output=quiet)


def failing_tests(work):
    """Names of the model's unit tests that fail in `work`, or None if it does not build."""
    build = run(["cmake", "--build", "--preset", "release", "--target", "paradiplo_tests"], work)
    if build.returncode != 0:
        return None
    result = run(["build/release/tests/paradiplo_tests", UNIT_TESTS, "--reporter", "junit"], work)
    try:
        cases = list(ElementTree.fromstring(result.stdout).iter("testcase"))
    except ElementTree.ParseError:
        return ["(the test binary crashed)"]
    return sorted(case.get("name") for case in cases
                  if case.find("failure") is not None or case.find("error") is not None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", default="/tmp/paradiplo-mutations",
                        help="worktree and build folder (created, then reused)")
    parser.add_argument("--only", type=lambda text: [int(n) for n in text.split(",")],
                        help="numbers of the mutations to apply (1-based), e.g. 1,8")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    if not work.exists():
        run(["git", "worktree", "add", "--detach", str(work), "HEAD"], SOURCE, quiet=False)
        configure = run(["cmake", "--preset", "release"], work, quiet=False)
        if configure.returncode != 0:
            return 1
    else:  # a worktree from an earlier check: move it to this HEAD
        head = run(["git", "rev-parse", "HEAD"], SOURCE).stdout.strip()
        run(["git", "checkout", "--quiet", "--detach", head], work, quiet=False)
    baseline = failing_tests(work)
    if baseline is None or baseline:
        print(f"the unmutated sources do not pass: {baseline}")
        return 1
    print("| mutation | file | caught by |\n|---|---|---|")
    missed = 0
    chosen = [MUTATIONS[n - 1] for n in args.only] if args.only else MUTATIONS
    for path, text, replacement, rule in chosen:
        file = work / path
        original = file.read_text()
        if original.count(text) != 1:
            print(f"| {rule} | {path} | mutation text not found once: update the list |")
            missed += 1
            continue
        file.write_text(original.replace(text, replacement))
        try:
            caught = failing_tests(work)
        finally:
            file.write_text(original)
        if caught is None:
            print(f"| {rule} | {path} | (does not compile) |")
            missed += 1
        elif not caught:
            print(f"| {rule} | {path} | **NOT CAUGHT** |")
            missed += 1
        else:
            print(f"| {rule} | {path} | {'; '.join(caught)} |")
        sys.stdout.flush()
    print(f"\n{len(chosen) - missed} of {len(chosen)} mutations caught by a unit test")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
