"""Framing round 5: the part-of-speech tagger decides whether a listed word is used as the part of speech its list
is about (a drama verb as a verb, a label as a noun, an adjective as an adjective, not as a verb with an object).

Every sentence here was written for this test, and what it should mark was decided before the analyzer ran.
"""

from __future__ import annotations

import pytest

from medialit.analyzer.analyzer import analyze

from analyzer_marks import framing_texts as marked


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor touts the plan.", "touts"),  # a bare "-s" verb after a lower-case subject
    ("Voters slam the new parking rules.", "slam"),
    ("They ridicule the plan at every meeting.", "ridicule"),
])
def test_a_listed_verb_used_as_a_verb_is_marked(text, word):
    assert word in marked(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Hijack attempts rose last year.", "Hijack"),  # a noun before a noun, at the start of the sentence
    ("The party's slashing of school budgets angered parents.", "slashing"),  # a noun after a possessive
    ("Her slams of the door woke the street.", "slams"),
])
def test_a_listed_verb_used_as_a_noun_is_not_marked(text, word):
    assert word not in marked(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Staff were disturbing the birds at the lake.", "disturbing"),  # a verb with an object
    ("Workers were crushing cans at the plant.", "crushing"),
])
def test_an_adjective_word_used_as_a_verb_with_an_object_is_not_marked(text, word):
    assert word not in marked(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The report is disturbing.", "disturbing"),
    ("It was a crushing defeat for the mayor.", "crushing"),
])
def test_the_same_word_used_as_an_adjective_is_marked(text, word):
    assert word in marked(text)


def test_a_label_used_as_a_verb_is_not_a_label():
    assert "pawn" not in marked("He will pawn his watch to pay the rent.")
    assert [(f["text"], f["category"]) for f in analyze("The senator is a pawn of the banks.")["framing"]] == [
        ("pawn", "loaded label")]


@pytest.mark.parametrize(("text", "word"), [
    ("Council Unveils Wicked Plan For Town Centre", "Wicked"),  # the tagger calls "Wicked" a verb with an object
    ("Council unveils wicked plan for town centre.", "wicked"),  # after a verb, an "-ed" word is an adjective
])
def test_an_ed_adjective_after_a_verb_or_in_a_headline_is_still_marked(text, word):
    assert word in marked(text)


def test_a_headline_in_capitals_is_not_left_to_the_tagger():
    assert "Slashes" in marked("Council Slashes Library Budget Again")  # the tagger calls "Slashes" a noun here


@pytest.mark.parametrize(("text", "word"), [
    ("It was the sleaziest campaign in years.", "sleaziest"),  # a listed adjective's superlative
    ("His remarks grew nastier and smugger by the week.", "smugger"),  # and its comparative
])
def test_a_listed_adjective_is_marked_in_its_comparative_and_superlative(text, word):
    assert word in marked(text)
