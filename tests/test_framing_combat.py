"""Framing round 9: combat words for criticism ("a harsh attack on her rival", "the ad hits Smith for skipping the
debate", "fired back at the senator"), a family of words found missing over many real news texts, each guarded so a
real attack, a real hit and real shooting stay unmarked (the lessons' texts are war reports).

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import explained, framing_marks as marks
from medialit.analyzer.analyzer import analyze


@pytest.mark.parametrize(("text", "marked"), [
    ("The campaign is spending millions on attack ads this month.", "attack"),
    ("Smith made a harsh attack on Jones during the debate.", "attack"),
    ("The senator faced personal attacks from her rivals.", "attacks"),
    ("She pointed to attacks on her campaign by two donors.", "attacks"),
    ("The candidate tried to deflect attacks all week.", "attacks"),
    ("The governor came under attack from critics in his own party.", "attack"),
    ("The two candidates used the debate to attack each other.", "attack"),
    ("A new ad hitting Smith for skipping the debate aired on Thursday.", "hitting"),
    ("The mayor has gone after the council for months over the budget.", "gone after"),
    ("Her campaign fired back at the senator on Twitter.", "fired back"),
    ("The columnist aimed a jab at the president in her column.", "jab"),
    ("Jones went on to slam Smith for his remarks on taxes.", "slam"),
    ("Rubio faced attacks from Bush and Kasich before the primary.", "attacks"),
    ("They were targets of attacks from struggling challengers.", "attacks"),
    ("Demographics could doom Smith's candidacy.", "doom"),
    ("The donors paid for attacks to wound Mr. Smith.", "wound"),
    ("Jones is one of many slamming Smith for the move.", "slamming"),
])
def test_combat_words_for_criticism_are_marked(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "combat" in explained(text, marked)


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy near the border, killing four soldiers.",  # a real attack
    "The attack on the village killed 12 people.",  # a real attack
    "Militants launched an attack on a checkpoint overnight.",  # a real attack
    "The president condemned the attack on the market.",  # a real attack: no one criticised
    "The storm hit the coast on Monday.",  # weather
    "A car hit the boy outside his school.",  # a real hit
    "Troops fired back when the gunmen opened fire.",  # real shooting
    "The town came under attack from the air.",  # a real attack
    "Police went after the suspects for two days.",  # a real chase
    "Prices hit a record high in March.",  # a plain "reached"
    "The heart attack happened at home.",  # an illness
    "The cat took a swipe at the dog.",  # a real blow
    "The country suffered attacks from Syria for years.",  # a real attack: no word of politics
    "The country suffered attacks from Syria for a week.",  # a real attack: no word of politics
    "The wound on her arm healed slowly.",  # a real wound
    "Somebody hits me with a belt, and I fall.",  # a real blow
    "The senator spoke at a breakfast before hitting a Rotary Club lunch.",  # a visit
    "Since that attack, senators have asked for more guards.",  # a real attack, then a new clause
])
def test_real_attacks_hits_and_shots_are_not_marked(text):
    assert not any(mark[1] in ("attack", "attacks", "attacked", "hit", "hits", "fired back", "went after", "swipe",
                                   "wound")
                   for mark in marks(text)), marks(text)


@pytest.mark.parametrize(("text", "marked"), [
    ("Carson answered Trump's rant on Friday.", "rant"),
    ("The snub angered the mayor's staff.", "snub"),
    ("Voters are tired of the antics in the council.", "antics"),
    ("The bickering began before the plane landed.", "bickering"),
    ("For all the hype, the bill changed little.", "hype"),
    ("The senator's theatrics did not impress the committee.", "theatrics"),
])
def test_nouns_that_mock_how_people_speak_or_act_are_marked(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "mocks" in explained(text, marked)


@pytest.mark.parametrize("text", [
    "The Rant Club meets on Fridays in the old library.",  # a name
    "Fans hype the new phone every autumn.",  # a verb: another rule's question
    "He came to town to hype his new book.",  # a verb after "to"
])
def test_mocking_nouns_are_not_marked_in_names_or_as_verbs(text):
    assert not any("mocks" in f["explanation"] for f in analyze(text)["framing"])
