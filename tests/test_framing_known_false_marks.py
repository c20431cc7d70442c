"""Framing round 12: known false marks closed by a construction, not by a word list.

- "funded by" or "run by" a person's full name ("a group funded by Ana Ruiz and Tom Berg", "a website run by Lena
  Marsh") tells who pays or who runs it, in the open: it is no hidden hand. The hidden-hand pattern still marks a
  single outside power or bloc ("kept afloat by Concord grants", "run from Moscow", "funded from abroad").

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_texts


@pytest.mark.parametrize("text", [
    "She pointed to a group funded by Ana Ruiz and Tom Berg.",
    "The project's website, run by Lena Marsh, a professor, lists every vote.",
    "The ads were paid for by a fund backed by Victor Hale.",
])
def test_open_funding_is_not_marked(text):
    assert framing_texts(text) == []


@pytest.mark.parametrize(("text", "marked"), [
    ("The paper is kept afloat by Concord grants.", "kept afloat by Concord"),
    ("The protests were funded from abroad, the minister said.", "funded from abroad"),
    ("The rebels are run by Moscow, state television said.", "run by Moscow"),
])
def test_a_hidden_hand_is_still_marked(text, marked):
    assert marked in framing_texts(text)


@pytest.mark.parametrize("text", [
    "Marsh is not a racist, her brother said.",
    "Building a fence doesn't mean you're racist, he said.",
    "He is not seen as a leftist by most voters.",
    "If she were a bigot, she would not have hired them.",
    "Critics accused the mayor of being a crook.",
])
def test_a_label_denied_supposed_or_reported_as_an_accusation_is_not_marked(text):
    assert framing_texts(text) == []


@pytest.mark.parametrize(("text", "marked"), [
    ("Marsh is a racist, her brother said.", "racist"),
    ("The mayor is not only a crook but a liar.", "liar"),
    ("It is not the fault of the racist thugs who marched.", "racist"),
    ("Nobody should fear them, not a tyrant abroad, not a crook at home.", "tyrant"),
])
def test_a_label_that_is_asserted_stays_marked(text, marked):
    assert marked in framing_texts(text)
