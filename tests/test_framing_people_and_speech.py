"""Framing round 9, second part: two classes of missed loaded language found over many real news texts.

*Names that mock people* ("a sucker", "big shots", "a whack job", "a bomb-thrower"), and names made by a form ("a Bible-thumper", "a mud-slinger"); *verbs that judge how someone spoke or acted*
("gushed", "lectured the nation", "has been plotting", "incites violence", "fumbled the answer"). Each guarded so its
plain senses stay unmarked ("a snow flake", "the lightweight division", "lectured at the university", "the soldier stumbled
on the rocks").

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import explained, framing_marks as marks
from medialit.analyzer.analyzer import analyze


@pytest.mark.parametrize(("text", "marked"), [
    ("Don't be a sucker for the old promises.", "sucker"),
    ("The party's big shots met in a hotel bar.", "big shots"),
    ("Voters think the senator is a whack job.", "whack job"),
    ("He looks like a flake if he changes his mind again.", "flake"),
    ("The mayor is a showman who loves the cameras.", "showman"),
    ("Critics call the governor a lightweight.", "lightweight"),
    ("The candidate is an empty suit with a good tailor.", "empty suit"),
    ("Only the crybabies in the council complained.", "crybabies"),
])
def test_names_that_mock_people_are_marked(text, marked):
    assert ("loaded label", marked, None) in marks(text)
    assert "mocks" in explained(text, marked)


@pytest.mark.parametrize(("text", "marked"), [
    ("He has a reputation as a bomb-thrower in the Senate.", "bomb-thrower"),
    ("She was painted as a flip-flopper on trade.", "flip-flopper"),
    ("The columnist called her a mud-slinger.", "mud-slinger"),
    ("The ad calls him a Bible-thumper.", "Bible-thumper"),
])
def test_names_made_by_a_form_are_marked(text, marked):
    assert ("loaded label", marked, None) in marks(text)
    assert "mocks" in explained(text, marked)


@pytest.mark.parametrize("text", [
    "A snow flake landed on her glove.",  # snow
    "The boxer fought in the lightweight division.",  # a weight class
    "He was knocked down by a sucker punch.",  # a blow
    "Paint flakes fell from the ceiling.",  # paint
    "The Big Shots Bar opened on Main Street.",  # a name
])
def test_plain_senses_of_names_are_not_marked(text):
    assert not any(f["category"] == "loaded label" for f in analyze(text)["framing"]), analyze(text)["framing"]


@pytest.mark.parametrize(("text", "marked"), [
    ("The host gushed about the new mayor.", "gushed"),
    ("The president lectured the nation about tolerance.", "lectured"),
    ("The senator scolded reporters for their questions.", "scolded"),
    ("Critics carped about the cost of the plan.", "carped"),
    ("He has been badgering the council for weeks.", "badgering"),
])
def test_verbs_that_judge_how_someone_spoke_are_marked(text, marked):
    assert ("emotive language", marked, None) in marks(text)


@pytest.mark.parametrize(("text", "marked"), [
    ("Cruz has been plotting to be president for years.", "plotting"),
    ("The candidate regularly incites anger at his rallies.", "incites"),
    ("The two aides conspired to keep the report quiet.", "conspired"),
    ("The minister fumbled the answer on live television.", "fumbled"),
    ("The governor mangled the senator's name in his speech.", "mangled"),
])
def test_verbs_that_judge_how_someone_acted_are_marked(text, marked):
    assert ("emotive language", marked, None) in marks(text)


@pytest.mark.parametrize("text", [
    "She lectured at the university for ten years.",  # teaching
    "The soldier stumbled on the rocks and fell.",  # a real stumble
    "The car was mangled in the crash.",  # a real wreck
    "The engineers plotted the river's height on a chart.",  # a chart
    "The receiver fumbled the ball near the line.",  # a game
])
def test_plain_senses_of_the_verbs_are_not_marked(text):
    assert not any(f["text"] in ("lectured", "stumbled", "mangled", "plotted", "fumbled")
                   for f in analyze(text)["framing"]), analyze(text)["framing"]
