"""Precision and recall of the analyzer against hand annotations (tests/fixtures/analyzer).

The annotations were written by a different author from the rules, following
the guidelines in tests/fixtures/analyzer/README.md, without seeing the
analyzer's output. Matching is one-to-one within a sentence:
- attributions: same sentence and kind (the cue wording may differ);
- unattributed sentences: the same sentence numbers;
- figures: same sentence and value; among matched figures, the `attributed` flag is scored as agreement;
- framing: same sentence and category, and texts that overlap.
The floors below are the measured values of the first run, rounded down to
0.05: the rules were not changed after seeing the scores, and the analyzer is
deterministic, so a drop below a floor is a real regression.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from medialit.analyzer.analyzer import analyze
from medialit.classroom.course import COURSE_ROOT

FIXTURES = Path(__file__).parent / "fixtures"
#: The annotated sets: practice (the three texts the rules were first written beside), dev, dev2 and dev3 (rules
#: may be tuned on them), test, test2 and test3 (never tuned on), test4 (held out: measured, never a floor), and
#: the case article.
SETS = {"practice": FIXTURES / "analyzer", "dev": FIXTURES / "analyzer-dev", "dev2": FIXTURES / "analyzer-dev2",
        "dev3": FIXTURES / "analyzer-dev3", "test": FIXTURES / "analyzer-test", "test2": FIXTURES / "analyzer-test2",
        "test3": FIXTURES / "analyzer-test3", "test4": FIXTURES / "analyzer-test4", "case": FIXTURES / "analyzer-case"}
#: Sets measured and written to test-artifacts/analyzer-evaluation.json but given no floor: test3 became a CI gate
#: that later rounds saw fail and pass, so test4 (four texts annotated in issue 30 before any run) is kept as a
#: measure only, so that no change is tuned to pass it.
HELD_OUT = ("test4",)
GOLD_DIR = SETS["practice"]
KINDS = ("named", "unnamed", "vague")
FRAMING = ("loaded label", "emotive language", "so-called", "pretext framing", "scare quotes")


def _matched(gold: list, predicted: list, same) -> int:
    """How many gold items find a distinct predicted partner."""
    free, hits = list(predicted), 0
    for g in gold:
        partner = next((p for p in free if same(g, p)), None)
        if partner is not None:
            free.remove(partner)
            hits += 1
    return hits


def _overlap(a: str, b: str) -> bool:
    a, b = a.lower().strip("\"“” "), b.lower().strip("\"“” ")
    return a in b or b in a


def _text(folder: Path, name: str) -> str:
    """An annotated text: beside its annotation, or (the case article) in source_texts/."""
    path = folder / f"{name}.txt"
    return (path if path.is_file() else COURSE_ROOT / "source_texts" / f"{name}.txt").read_text(encoding="utf-8")


def counts(folder: Path = GOLD_DIR) -> dict[str, Counter]:
    """Per category: gold items, predicted items and matches, summed over the articles in ``folder``."""
    totals: dict[str, Counter] = {}

    def add(category, gold, predicted, same):
        totals.setdefault(category, Counter()).update(
            gold=len(gold), predicted=len(predicted), matched=_matched(gold, predicted, same))

    for name in sorted(p.stem for p in folder.glob("*.json")):
        gold = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        result = analyze(_text(folder, name))
        for kind in KINDS:
            add(f"attribution: {kind}", [a for a in gold["attributions"] if a["kind"] == kind],
                [a for a in result["attributions"] if a["kind"] == kind], lambda g, p: g["sentence"] == p["sentence"])
        add("unattributed sentences", gold["unattributed_sentences"], result["unattributed_sentences"], int.__eq__)
        same_figure = lambda g, p: g["sentence"] == p["sentence"] and g["value"] == p["value"]  # noqa: E731
        add("figures", gold["figures"], result["figures"], same_figure)
        add("figures: attributed flag", gold["figures"], result["figures"],
            lambda g, p: same_figure(g, p) and g["attributed"] == p["attributed"])
        for category in FRAMING:
            add(f"framing: {category}", [f for f in gold["framing"] if f["category"] == category],
                [f for f in result["framing"] if f["category"] == category],
                lambda g, p: g["sentence"] == p["sentence"] and _overlap(g["text"], p["text"]))
        add("framing: all", gold["framing"], result["framing"],
            lambda g, p: g["sentence"] == p["sentence"] and g["category"] == p["category"] and _overlap(g["text"], p["text"]))
    return totals


def scores(folder: Path = GOLD_DIR) -> dict[str, dict[str, float | int]]:
    table = {}
    for category, c in counts(folder).items():
        precision = c["matched"] / c["predicted"] if c["predicted"] else None
        recall = c["matched"] / c["gold"] if c["gold"] else None
        table[category] = {"precision": precision, "recall": recall, **c}
    return table


#: (precision, recall) floors per set: the measured values rounded down to 0.05; None where there is nothing to
#: measure (no item predicted, or none annotated). practice, dev, dev2, dev3 and case were measured after the rules
#: were tuned on them; test, test2 and test3 were never tuned on (their errors were never looked at, only these
#: totals): test was read after each round of changes, test2 after the last two, and test3 (annotated and
#: committed before any run) once, after the last change. test3 is the honest result. The analyzer is
#: deterministic, so a drop below a floor is a real regression.
FLOORS: dict[str, dict[str, tuple[float | None, float | None]]] = {
    "practice": {
        "attribution: named": (1.0, 1.0),  # 20 annotated
        "attribution: unnamed": (1.0, 1.0),  # 5 annotated
        "attribution: vague": (1.0, 1.0),  # 8 annotated
        "unattributed sentences": (1.0, 1.0),  # 18 annotated
        "figures": (1.0, 1.0),  # 40 annotated
        "figures: attributed flag": (1.0, 1.0),  # 40 annotated
        "framing: loaded label": (1.0, 1.0),  # 6 annotated
        "framing: emotive language": (0.85, 1.0),  # 8 annotated
        "framing: so-called": (1.0, 1.0),  # 1 annotated
        "framing: pretext framing": (1.0, 1.0),  # 2 annotated
        "framing: scare quotes": (1.0, 1.0),  # 2 annotated
        "framing: all": (0.95, 1.0),  # 19 annotated
    },
    "dev": {
        "attribution: named": (1.0, 1.0),  # 50 annotated
        "attribution: unnamed": (1.0, 1.0),  # 4 annotated
        "attribution: vague": (1.0, 1.0),  # 16 annotated
        "unattributed sentences": (1.0, 1.0),  # 43 annotated
        "figures": (1.0, 1.0),  # 77 annotated
        "figures: attributed flag": (1.0, 1.0),  # 77 annotated
        "framing: loaded label": (1.0, 1.0),  # 5 annotated
        "framing: emotive language": (0.8, 1.0),  # 11 annotated
        "framing: so-called": (1.0, 1.0),  # 3 annotated
        "framing: pretext framing": (1.0, 1.0),  # 2 annotated
        "framing: scare quotes": (1.0, 1.0),  # 3 annotated
        "framing: all": (0.9, 1.0),  # 24 annotated
    },
    "dev2": {
        "attribution: named": (1.0, 0.95),  # 55 annotated
        "attribution: unnamed": (1.0, 1.0),  # 4 annotated
        "attribution: vague": (1.0, 1.0),  # 17 annotated
        "unattributed sentences": (1.0, 1.0),  # 56 annotated
        "figures": (0.95, 0.95),  # 62 annotated
        "figures: attributed flag": (0.95, 0.95),  # 62 annotated
        "framing: loaded label": (1.0, 0.95),  # 29 annotated
        "framing: emotive language": (0.9, 0.95),  # 58 annotated
        "framing: so-called": (1.0, 1.0),  # 7 annotated
        "framing: pretext framing": (1.0, 1.0),  # 7 annotated
        "framing: scare quotes": (1.0, 1.0),  # 9 annotated
        "framing: all": (0.95, 0.95),  # 110 annotated
    },
    "dev3": {
        "attribution: named": (0.95, 0.9),  # 39 annotated
        "attribution: unnamed": (1.0, 0.9),  # 13 annotated
        "attribution: vague": (1.0, 0.9),  # 15 annotated
        "unattributed sentences": (0.9, 1.0),  # 28 annotated
        "figures": (0.95, 0.95),  # 58 annotated
        "figures: attributed flag": (0.9, 0.9),  # 58 annotated
        "framing: loaded label": (1.0, 0.8),  # 10 annotated
        "framing: emotive language": (1.0, 0.9),  # 14 annotated
        "framing: so-called": (1.0, 1.0),  # 2 annotated
        "framing: pretext framing": (1.0, 1.0),  # 3 annotated
        "framing: scare quotes": (0.8, 1.0),  # 4 annotated
        "framing: all": (0.95, 0.9),  # 33 annotated
    },
    "test": {
        "attribution: named": (0.9, 0.95),  # 51 annotated
        "attribution: unnamed": (1.0, 1.0),  # 1 annotated
        "attribution: vague": (0.8, 0.75),  # 14 annotated
        "unattributed sentences": (0.95, 0.95),  # 51 annotated
        "figures": (0.95, 0.95),  # 79 annotated
        "figures: attributed flag": (0.9, 0.9),  # 79 annotated
        "framing: loaded label": (1.0, 0.75),  # 8 annotated
        "framing: emotive language": (0.9, 0.65),  # 23 annotated
        "framing: so-called": (1.0, 1.0),  # 1 annotated
        "framing: pretext framing": (1.0, 1.0),  # 2 annotated
        "framing: scare quotes": (1.0, 1.0),  # 1 annotated
        "framing: all": (0.95, 0.7),  # 35 annotated
    },
    "test2": {
        "attribution: named": (0.85, 0.95),  # 33 annotated
        "attribution: unnamed": (1.0, 0.75),  # 9 annotated
        "attribution: vague": (1.0, 0.65),  # 13 annotated
        "unattributed sentences": (0.9, 1.0),  # 37 annotated
        "figures": (0.95, 0.95),  # 55 annotated
        "figures: attributed flag": (0.95, 0.95),  # 55 annotated
        "framing: loaded label": (0.8, 0.75),  # 13 annotated
        "framing: emotive language": (0.75, 0.7),  # 24 annotated
        "framing: so-called": (1.0, 1.0),  # 1 annotated
        "framing: pretext framing": (1.0, 0.75),  # 4 annotated
        "framing: scare quotes": (0.8, 1.0),  # 5 annotated
        "framing: all": (0.8, 0.75),  # 47 annotated
    },
    "test3": {
        "attribution: named": (0.9, 0.85),  # 55 annotated
        "attribution: unnamed": (0.9, 1.0),  # 9 annotated
        "attribution: vague": (0.75, 1.0),  # 15 annotated
        "unattributed sentences": (0.9, 0.9),  # 53 annotated
        "figures": (1.0, 0.95),  # 97 annotated
        "figures: attributed flag": (0.9, 0.9),  # 97 annotated
        "framing: loaded label": (0.8, 0.75),  # 14 annotated
        "framing: emotive language": (0.9, 0.7),  # 43 annotated
        "framing: so-called": (1.0, 1.0),  # 4 annotated
        "framing: pretext framing": (1.0, 1.0),  # 4 annotated
        "framing: scare quotes": (0.7, 0.85),  # 9 annotated
        "framing: all": (0.85, 0.75),  # 74 annotated
    },
    "case": {
        "attribution: named": (1.0, 1.0),  # 5 annotated
        "attribution: unnamed": (1.0, 1.0),  # 1 annotated
        "attribution: vague": (1.0, 1.0),  # 2 annotated
        "unattributed sentences": (1.0, 1.0),  # 7 annotated
        "figures": (1.0, 1.0),  # 12 annotated
        "figures: attributed flag": (1.0, 1.0),  # 12 annotated
        "framing: loaded label": (1.0, 1.0),  # 3 annotated
        "framing: emotive language": (0.75, 1.0),  # 3 annotated
        "framing: so-called": (1.0, 1.0),  # 1 annotated
        "framing: pretext framing": (1.0, 1.0),  # 1 annotated
        "framing: scare quotes": (1.0, 1.0),  # 1 annotated
        "framing: all": (0.9, 1.0),  # 9 annotated
    },
}


@pytest.fixture(scope="module")
def measured():
    tables = {name: scores(folder) for name, folder in SETS.items()}
    out = COURSE_ROOT / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "analyzer-evaluation.json").write_text(json.dumps(tables, indent=1))
    return tables


def test_the_sets_hold_what_the_evaluation_needs():
    """Three practice texts, at least twelve more split into dev and test, and the case article."""
    count = {name: len(list(folder.glob("*.json"))) for name, folder in SETS.items()}
    assert count["practice"] >= 3 and count["dev"] + count["test"] >= 12 and count["test"] + count["test2"] >= 12
    assert count["case"] == 1
    tuned = {p.stem for name in ("practice", "dev", "dev2", "dev3") for p in SETS[name].glob("*.json")}
    assert not tuned & {p.stem for name in ("test", "test2", "test3", *HELD_OUT) for p in SETS[name].glob("*.json")}


def test_the_held_out_set_is_measured_in_every_category_without_a_floor(measured):
    """test4 is reported (analyzer-evaluation.json) like the other sets, but no floor makes it a CI gate."""
    for name in HELD_OUT:
        assert name not in FLOORS and len(list(SETS[name].glob("*.json"))) >= 4
        assert set(measured[name]) == set(measured["test3"])


@pytest.mark.parametrize(("subset", "category"), [(s, c) for s in FLOORS for c in FLOORS[s]])
def test_precision_and_recall_stay_above_their_floors(measured, subset, category):
    precision_floor, recall_floor = FLOORS[subset][category]
    row = measured[subset][category]
    if precision_floor is not None:
        assert row["precision"] is not None and row["precision"] >= precision_floor, row
    if recall_floor is not None:
        assert row["recall"] is not None and row["recall"] >= recall_floor, row
