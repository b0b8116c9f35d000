#!/usr/bin/env python3
"""Lists the numeric literals of models/ that are neither 0, 1 nor on the allow-list.

Every behavioural number of the model is a declared parameter: its default and range sit in a
`*_parameters.hpp` / `*_parameters.cpp` file, which this check skips. Any other literal in models/
must be a unit conversion, a mathematical constant, a guard, a data table with its source, or a
key, and say so on the allow-list (tests/checks/model-literals.txt: `path | literal | reason`, one
per line; literal `*` for a whole file that is a data or declaration table).
Usage: check-literals.py SOURCE_DIR"""
import pathlib
import re
import sys

NUMBER = re.compile(r"(?<![\w.])(0[xX][0-9a-fA-F']+|(?:\d[\d']*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[uUlLfF]*(?![\w.])")
COMMENT_OR_TEXT = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def literals(path):
    """(line, literal) of every numeric literal outside comments, strings and characters."""
    text = path.read_text()
    # Blank comments and texts but keep their line breaks, so line numbers stay right.
    code = COMMENT_OR_TEXT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    for line_number, line in enumerate(code.splitlines(), 1):
        if line.lstrip().startswith("#include"):
            continue
        for match in NUMBER.finditer(line):
            literal = match.group(1)
            value = int(literal.replace("'", ""), 16) if literal[:2] in ("0x", "0X") else float(literal.replace("'", ""))
            if value not in (0.0, 1.0):
                yield line_number, literal


def allow_list(source):
    allowed, problems = {}, []
    path = source / "tests/checks/model-literals.txt"
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3 or not all(parts):
            problems.append(f"{path}:{number}: expected `path | literal | reason`, found {line!r}")
            continue
        allowed[(parts[0], parts[1])] = parts[2]
    return allowed, problems


def main():
    source = pathlib.Path(sys.argv[1])
    allowed, problems = allow_list(source)
    used = set()
    for path in sorted((source / "models").rglob("*.[ch]pp")):
        relative = str(path.relative_to(source))
        if path.stem.endswith("_parameters"):
            continue
        if (relative, "*") in allowed:
            used.add((relative, "*"))
            continue
        for line, literal in literals(path):
            if (relative, literal) in allowed:
                used.add((relative, literal))
            else:
                problems.append(f"{relative}:{line}: numeric literal {literal} is not a declared "
                                "parameter; declare it or list it with its reason in "
                                "tests/checks/model-literals.txt")
    for key in sorted(set(allowed) - used):
        problems.append(f"tests/checks/model-literals.txt: {key[0]} | {key[1]} is listed but not "
                        "found (remove the entry)")
    for problem in problems:
        print(problem)
    print(f"literal check: {len(problems)} problem(s)" if problems else "literal check: passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
