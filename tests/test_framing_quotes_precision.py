"""Framing round 10: precision in quotations and lists (issue 30, round 6's third wave).

Everyday praise that people say ("amazing", "thankful", "precious") is not a strong word in VADER's sense: the VADER
list keeps praise only when rated 3.0 or more (benchmarks/export_vader_words.py).

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks
from medialit.analyzer.framing_lexicon import vader_words


@pytest.mark.parametrize("text", [
    "“I am so thankful to every volunteer,” said Ana Ruiz, the club’s coach.",
    "“These are precious days for the village,” the mayor said.",
    "Tomas Berg said the rescue team did an amazing job in the snow.",
    "The choir sang beautifully at the opening of the bridge.",
])
def test_everyday_praise_is_not_marked(text):
    assert marks(text) == []


def test_strong_praise_and_strong_condemnation_stay_on_the_vader_list():
    assert {"jubilant", "euphoric", "abhorrent"} <= vader_words()
    assert not {"amazing", "thankful", "precious", "wonderful"} & vader_words()
