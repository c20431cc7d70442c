"""One rule per technique across the module: every lesson's key for the Press TV article comes from one file.

``solutions/labelling-rules.json`` says, once, which kinds of source each claim of the article admits, which
framing techniques each phrase admits, and the kinds of source in each sentence of the texts the lessons tag; a
label that shows a misconception the teacher guide names carries a weight below 1 and its reason. Lessons 1 to 5 ask about the same claims and phrases in different exercises
(lesson 3's S2a and lesson 5's C2 are the same number), so their keys are derived from it: ``python -m
medialit.classroom.labelling_rules`` (run by ``make lessons``) writes each hidden test's ``_key`` line, and its ``_why`` line
(the reasons, see medialit.classroom.test_cells.hidden_reasons). The file is a key: it lives in ``solutions/``, never in the
package. Teacher side only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat

from ..lesson.answers import python_literal
from .test_cells import HIDDEN_BEGIN, hidden_region

RULES_FILE = "labelling-rules.json"


def load_rules(solutions_dir: Path) -> dict:
    return json.loads((solutions_dir / RULES_FILE).read_text(encoding="utf-8"))


def derived_keys(rules: dict) -> dict[str, tuple[object, dict[str, str]]]:
    """Each exercise's key and its reasons (by answer item, as medialit.lesson.answers.given_items writes it)."""
    check_rules(rules)
    claims, reasons = rules["claims"], rules["reasons"]
    derived = {}
    for exercise, spec in rules["exercises"].items():
        kind = spec["kind"]
        if kind == "sentence_kinds":
            derived[exercise] = ({int(n): [set(kinds) for kinds in readings]
                                  for n, readings in rules["sentence_kinds"][spec["text"]].items()}, {})
        elif kind == "phrases":
            derived[exercise] = ({phrase: () if rule.get("free") else set(rule["techniques"])
                                  for phrase, rule in rules["framing"].items()}, {})
        else:
            weights = {item: claims[claim][kind] for item, claim in spec["items"].items()}
            why = {f"{item}:{label}".lower(): reasons[f"{spec['items'][item]}:{kind}:{label}"]
                   for item, labels in weights.items() for label, weight in labels.items() if weight < 1}
            derived[exercise] = (weights, why)
    return derived


def check_rules(rules: dict) -> None:
    """Rules that contradict each other, or part credit with no reason, stop the build.

    A claim's right kinds of source must be among the kinds its sentence admits in lesson 1's tagging; every
    weight below 1 must carry a reason a student is shown.
    """
    sentences = rules["sentence_kinds"]["press-tv-hajin"]
    for claim, rule in rules["claims"].items():
        admitted = {kind for reading in sentences[claim.removeprefix("S")] for kind in reading}
        right = {kind for kind, weight in rule["sources"].items() if weight == 1}
        if not right <= admitted:
            raise ValueError(f"{claim}: the kinds {sorted(right - admitted)} are right for the claim but not admitted "
                             "for its sentence")
    parts = [f"{claim}:sources:{label}" for claim, rule in rules["claims"].items()
             for label, weight in rule["sources"].items() if weight < 1]
    parts += [f"S{rule['sentence']}:framing:{label}" for rule in rules["framing"].values()
              for label, weight in rule["techniques"].items() if weight < 1]
    missing = [part for part in parts if part not in rules["reasons"]]
    if missing:
        raise ValueError(f"Part credit needs a reason a student can read: {missing}")


def key_lines(key: object, why: dict[str, str]) -> list[str]:
    """The first lines of a hidden test: its key, then its reasons if it has any."""
    return [f"_key = {python_literal(key)}", *([f"_why = {python_literal(why)}"] if why else [])]


def with_key(source: str, key: object, why: dict[str, str]) -> str:
    """A test cell's source with its hidden region's key (and reasons) replaced."""
    lines = source.splitlines()
    start = lines.index(HIDDEN_BEGIN) + 1
    old = 2 if hidden_region(source)[1].startswith("_why = ") else 1
    return "\n".join(lines[:start] + key_lines(key, why) + lines[start + old:])


def write_keys(solutions_dir: Path) -> list[str]:
    """Write every derived key into its lesson's hidden test; the exercises whose key changed.

    A lesson a teacher built on an article of their own (``medialit new-case``) reuses these lessons' exercise
    names, but its keys come from its own review: it is left alone.
    """
    derived = derived_keys(load_rules(solutions_dir))
    changed = []
    for path in sorted(solutions_dir.glob("*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if nb.metadata.get("medialit", {}).get("case"):
            continue
        touched = False
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if grade_id in derived and hidden_region(cell.source) is not None:
                source = with_key(cell.source, *derived[grade_id])
                if source != cell.source:
                    cell.source, touched = source, True
                    changed.append(grade_id)
        if touched:
            nbformat.write(nb, path)
    return changed


def main(argv: list[str] | None = None) -> int:
    solutions_dir = Path((argv or sys.argv[1:] or ["solutions"])[0])
    for exercise in write_keys(solutions_dir):
        print(f"wrote the key of {exercise} from {RULES_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
