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


# Quotations in doubled single marks (''…'', one newspaper's style) and in single curly marks (‘…’, headlines and
# British style) are a speaker's words too: the loaded words inside are the speaker's, not the outlet's.
@pytest.mark.parametrize(("text", "word"), [
    ("''This is a vile betrayal of the town,'' said Ana Ruiz, the mayor.", "vile"),
    ("The monitors accused the militia of ''barbaric and vile acts'' in the valley.", "barbaric"),
    ("Mayor Calls The Budget ‘Disgraceful’ At Town Meeting", "Disgraceful"),
    ("‘It is a vile plan,’ the union’s leader told reporters.", "vile"),
])
def test_words_in_single_quotation_marks_are_a_speakers(text, word):
    found = [mark for mark in marks(text) if mark[1] == word]
    assert found and all(speaker is not None for _, _, speaker in found)


@pytest.mark.parametrize("text", [
    "The voters’ anger at the council’s vile plan grew all week.",
    "Ana Ruiz’s team said the workers’ union had led a vile campaign against the council’s plan.",
    "It's the town's vile plan, and the workers' union knows it.",
])
def test_an_apostrophe_opens_no_quotation(text):
    assert ("emotive language", "vile", None) in marks(text)


def test_a_stray_single_mark_quotes_nothing_after_it():
    text = "Bands of the ‘Nineties played on. The council’s vile plan angered the town."
    assert ("emotive language", "vile", None) in marks(text)


def test_a_quotation_over_two_paragraphs_opens_each_again():
    text = ("''Voters are tired,'' Ana Ruiz said. ''They want answers. And the plan is a vile joke.\n\n"
            "''We will fight it.''\n\nThe council's vile plan passed on Monday.")
    assert [speaker for _, word, speaker in marks(text) if word == "vile"] == ["Ana Ruiz", None]
