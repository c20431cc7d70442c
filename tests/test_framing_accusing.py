"""Framing round 6: verbs and idioms that accuse someone of hiding, tricking or dodging ("concealed", "ducked",
"cooked the books"), with the guards that keep their literal senses and noun uses unmarked.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks, explained


@pytest.mark.parametrize(("text", "marked"), [
    ("The company hid the losses from its investors.", "hid"),
    ("The mayor is concealing the true cost of the stadium.", "concealing"),
    ("The board manipulated the figures before the vote.", "manipulated"),
    ("The minister ducked questions about the contract.", "ducked"),
    ("The senator sidestepped every question on taxes.", "sidestepped"),
    ("The state is shortchanging its schools again.", "shortchanging"),
    ("Officials stonewalled the inquiry for months.", "stonewalled"),
])
def test_a_verb_that_accuses_of_deceit_or_evasion_is_marked_with_a_question(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "accuses" in explained(text, marked)


@pytest.mark.parametrize("text", [
    "The children hid behind the house until dark.",
    "Soldiers concealed the guns in a truck.",
    "Two ducks swam across the pond.",
    "He concealed a weapon in his coat.",
    "She went into hiding after the threats.",
    "The family has lived in hiding for a year.",
])
def test_a_literal_or_noun_use_is_not_marked(text):
    assert marks(text) == []


@pytest.mark.parametrize("text", [
    "Families were hiding in basements for days.",
    "The minister ducked behind a pillar.",
    "She hides from reporters at every event.",
])
def test_a_verb_of_hiding_that_names_a_place_speaks_of_a_body_taking_cover(text):
    assert marks(text) == []


@pytest.mark.parametrize(("text", "marked"), [
    ("The mayor must come clean about the stadium deal.", "come clean"),
    ("The candidate is stirring up anger among the workers.", "stirring up"),
    ("Voters are tired of leaders who play games with the budget.", "play games with"),
    ("The firm cooked the books for years.", "cooked the books"),
    ("He pulled the wool over the voters' eyes.", "pulled the wool over"),
])
def test_an_idiom_of_deceit_is_marked_whole(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "figure of speech" in explained(text, marked)


def test_an_ing_verb_with_an_object_after_in_is_still_a_verb():
    assert ("emotive language", "slashing", None) in marks("The council succeeded in slashing the library budget.")


def test_a_reporter_who_corners_a_politician_is_drama():
    assert ("emotive language", "cornered", None) in marks("The reporter cornered the senator on taxes.")


def test_police_who_corner_a_suspect_report_a_fact():
    assert marks("Police cornered the suspect in an alley.") == []

