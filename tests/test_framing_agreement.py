"""benchmarks/framing_agreement.py scores one reading of the framing gold against another with the bench's own
matching: a toy pair of readings, counted by hand, checks its counts both ways (no PolNeAR text needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def agreement_module(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import framing_agreement
    return framing_agreement


def span(start, end, category="loaded", quoted=False):
    return {"start": start, "end": end, "text": "x" * (end - start), "category": category, "quoted": quoted}


def word(start, end):
    return {"start": start, "end": end, "text": "x" * (end - start)}


# First reading: a loaded span at 0-7, a quoted name-calling span at 20-26, and a loaded span at 40-48 the second
# reader left out. Second reading: the same loaded span (wider), the name-calling one called loaded, and one more
# (60-65) the first reader left out.
FIRST = {"t.txt": {"spans": [span(0, 7), span(20, 26, "name-calling", True), span(40, 48)],
                   "biased_words": [word(0, 7), word(20, 26), word(40, 48)]}}
SECOND = {"t.txt": {"spans": [span(0, 12), span(20, 26, "loaded", True), span(60, 65)],
                    "biased_words": [word(0, 7), word(8, 12), word(20, 26), word(60, 65)]}}


def test_the_second_reading_against_the_first(agreement_module):
    predicted = {name: agreement_module.reader(entry) for name, entry in SECOND.items()}
    counts = agreement_module.agreement(predicted, FIRST)
    assert (counts["found"], counts["gold"], counts["right"], counts["marks"]) == (2, 3, 2, 3)
    assert (counts["loaded_found"], counts["loaded_gold"]) == (1, 2)
    assert (counts["name-calling_found"], counts["name-calling_gold"]) == (1, 1)
    assert (counts["loaded_right"], counts["loaded_marks"]) == (2, 3)
    assert (counts["pairs"], counts["same_place"], counts["same_label"]) == (2, 1, 1)
    assert (counts["o_found"], counts["o_gold"], counts["o_right"], counts["o_marks"]) == (1, 2, 1, 2)
    assert (counts["w_found"], counts["w_gold"], counts["w_right"], counts["w_pred"]) == (2, 3, 2, 4)


def test_the_reverse_swaps_recall_and_precision(agreement_module):
    forward = agreement_module.agreement({n: agreement_module.reader(e) for n, e in SECOND.items()}, FIRST)
    reverse = agreement_module.agreement({n: agreement_module.reader(e) for n, e in FIRST.items()}, SECOND)
    assert (reverse["found"], reverse["gold"], reverse["right"], reverse["marks"]) == (
        forward["right"], forward["marks"], forward["found"], forward["gold"])
    assert (reverse["w_right"], reverse["w_pred"]) == (forward["w_found"], forward["w_gold"])
