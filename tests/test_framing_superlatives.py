"""Framing round 12: a superlative that judges, stretched over all time ("the worst deal that ever happened", "the
greatest team ever"), is hyperbole: no one measured it against everything that ever happened. A superlative that
judges nothing ("the most important job you will ever have", "the safest year in history") or a measured one ("the
largest flood on record") is not marked.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import explained, framing_texts


@pytest.mark.parametrize(("text", "marked"), [
    ("Critics call it the worst budget that ever passed the council.", "worst"),
    ("She said he was the greatest mayor the town has ever had.", "greatest"),
    ("Fans called it the best concert in history.", "best"),
    ("It was the most shameful vote of all time, the columnist wrote.", "most shameful"),
])
def test_a_judging_superlative_over_all_time_is_hyperbole(text, marked):
    assert marked in framing_texts(text)
    assert "Hyperbole" in explained(text, marked)


@pytest.mark.parametrize("text", [
    "Being a parent is the most important job you will ever have.",
    "Last year was the safest year in history for air travel.",
    "The river reached its highest level ever recorded.",
    "It was the worst flood in the town since 1953.",
    "This is the best offer the council has made.",
])
def test_a_superlative_that_judges_nothing_or_not_all_time_is_not_marked(text):
    assert framing_texts(text) == []
