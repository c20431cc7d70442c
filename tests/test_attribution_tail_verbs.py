"""Verbs of saying from the long tail, judged one by one by their meaning (issue 30, round 15b;
src/medialit/analyzer/data/saying_verbs_more.txt): a speaker who lauds, trashes, promotes or rebuffs something says
something a reader can check. Guards: a plan, an act, a vote or a feeling is no statement, and a form that is
mostly a noun or an adjective ("protests", "a detailed plan") is not read as a verb. Sentences written for this test."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("The mayor lauded the new levee plan at a town meeting.", "The mayor"),
    ("Senator Hale has trashed the budget report for weeks.", "Senator Hale"),
    ("Ortiz promoted her flood plan on a morning radio show.", "Ortiz"),
    ("The ministry rebuffed the union's accusation on Tuesday.", "The ministry"),
    ("Lind likened the old dam to a leaking bucket.", "Lind"),
    ("The Gazette dubbed the councillor “the river king”.", "The Gazette"),
    ("Hale downplayed the risk of another flood.", "Hale"),
    ("Ortiz and Hale sparred over the bridge tolls in Reno.", "Ortiz and Hale"),
    ("The governor disavowed the mailer sent by his campaign.", "The governor"),
])
def test_a_verb_of_saying_from_the_judged_list_cites_its_subject(text, source):
    assert any(source in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The council voted to close the bridge.",
    "Ortiz plans to visit the levee next week.",
    "Voters like the new mayor.",
    "Hale signed the flood bill on Monday.",
    "The firm backed the levee plan with cash.",
    "The crowd cheered the mayor at the bridge.",
    "Residents feared the river would rise again.",
])
def test_a_plan_an_act_a_vote_or_a_feeling_is_no_statement(text):
    assert not any("said" in found for found in source_texts(text)) and len(source_texts(text)) <= (
        1 if "feared" in text else 0), source_texts(text)


@pytest.mark.parametrize("text", [
    "The protests grew louder near the bridge.",
    "Hale released a detailed plan for the levee.",
    "The welcoming crowd waved at the mayor.",
    "The plan was discussed for hours.",
    "Ortiz wants to discuss the tolls.",
])
def test_a_noun_an_adjective_a_passive_or_an_infinitive_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)
