"""Framing round 4: verbs and idioms that judge an act, nouns that judge people and acts, and the guards that keep
their literal senses, names and titles unmarked.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks, explained


@pytest.mark.parametrize(("text", "marked"), [
    ("The senator torched the budget plan on Tuesday.", "torched"),
    ("Critics attacked the mayor's record on housing.", "attacked"),
    ("The new board gutted the rules on river pollution.", "gutted"),
    ("Activists hijacked the meeting to talk about parking.", "hijacked"),
    ("The union caved after two days of talks.", "caved"),
])
def test_a_verb_that_dresses_an_act_in_drama_is_marked_with_what_it_hides(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "plain" in explained(text, marked)


@pytest.mark.parametrize(("text", "marked"), [
    ("The mayor touted the new stadium at a rally.", "touted"),
    ("The coach fumed about the referee for an hour.", "fumed"),
    ("Reed spoke for an hour, insisting the deal was done.", "insisting"),
])
def test_a_verb_of_saying_that_judges_the_speaker_is_the_outlets_word(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "said" in explained(text, marked)


def test_said_is_the_neutral_verb_and_is_not_marked():
    assert marks("The senator said the budget plan was late.") == []


@pytest.mark.parametrize(("text", "marked"), [
    ("The governor doubled down on the tax plan.", "doubled down"),
    ("The party threw its leader under the bus.", "threw its leader under the bus"),
    ("Voters should not take the bait this time.", "take the bait"),
    ("The minister kicked the can down the road again.", "kicked the can down the road"),
])
def test_an_idiom_that_judges_is_marked_whole_with_its_inflections(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "figure of speech" in explained(text, marked)


@pytest.mark.parametrize(("text", "category", "marked"), [
    ("Her enablers in the party kept quiet.", "loaded label", "enablers"),
    ("The council is run by ideologues.", "loaded label", "ideologues"),
    ("The visit to the factory was a publicity stunt.", "emotive language", "stunt"),
    ("The new tax is a ploy to win votes.", "emotive language", "ploy"),
    ("The free bus pass was a gimmick before the vote.", "emotive language", "gimmick"),
])
def test_a_noun_that_judges_is_name_calling_for_people_and_loaded_for_acts(text, category, marked):
    assert (category, marked, None) in marks(text)


@pytest.mark.parametrize("text", [
    "The storm gutted the house on Elm Street.",
    "Police attacked the crowd with batons.",
    "The car slammed into a wall near the school.",
    "The roof of the old mine caved in overnight.",
    "Gunmen hijacked a bus on the coast road.",
])
def test_a_verb_in_its_literal_physical_sense_reports_a_fact(text):
    assert marks(text) == []


@pytest.mark.parametrize("text", [
    "The vote was a slam dunk for the mayor.",
    "The hijack ended after an hour.",
    "He admitted the torch was his.",
])
def test_a_noun_use_of_a_verb_word_is_not_marked(text):
    assert [m for m in marks(text) if m[1].lower() in {"slam", "hijack", "torch"}] == []


def test_a_word_inside_a_proper_name_is_not_marked():
    assert marks("The council closed Stunt Road for repairs.") == []


def test_a_word_in_a_quoted_title_is_not_marked():
    assert marks('She starred in the film "Caved In" last year.') == []


@pytest.mark.parametrize("text", ["The stunt double was hurt on the set.",
                                  "The ministry released a handout photo of the meeting."])
def test_a_judging_noun_that_names_an_ordinary_thing_is_not_marked(text):
    assert marks(text) == []


def test_a_word_of_force_that_only_describes_a_noun_leaves_the_verb_figurative():
    assert ("emotive language", "slammed", None) in marks("The ministry slammed US military operations in the region.")


def test_an_attack_on_places_is_a_fact_as_reported():
    assert marks("Drones attacked two bases near the border at dawn.") == []
