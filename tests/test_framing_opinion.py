"""Opinion adjectives (Pattern's subjectivity lexicon) are marked where they judge, not where they describe or name.

Every sentence here was written for this test, and what it should mark was decided before the analyzer ran.
"""

from __future__ import annotations

import pytest

from medialit.analyzer.analyzer import OPINION_HELP, analyze
from medialit.analyzer.framing_lexicon import everyday_praise, lexicon, subjective_adjectives

from analyzer_marks import framing_texts as marked


@pytest.mark.parametrize(("text", "word"), [
    ("The council's plan to close the library is worthless.", "worthless"),  # after a linking verb
    ("The minister made a tasteless remark about the flood.", "tasteless"),  # before an act it judges
    ("The new stadium looks spectacular, the club said in a statement.", "spectacular"),
    ("Critics called the budget haphazard.", "haphazard"),  # ends what is said of the budget
])
def test_an_opinion_adjective_that_judges_is_marked_with_a_plain_explanation(text, word):
    found = [f for f in analyze(text)["framing"] if f["text"] == word]
    assert [f["category"] for f in found] == ["emotive language"]
    assert found[0]["explanation"] == OPINION_HELP
    assert OPINION_HELP.startswith("A word that judges: it tells you what to think of it, not what happened.")
    assert "Pattern" in OPINION_HELP  # says which published list the word came from, as the VADER marks do


@pytest.mark.parametrize(("text", "word"), [
    ("The charity shares out food among the deserving of the town.", "deserving"),  # a noun after "the"
    ("She brought a motley of old coats to the sale.", "motley"),  # a noun after "a"
    ("A bleak winter closed the mountain roads for a week.", "bleak"),  # describes a season, judges no one
    ("The doctors treated an acute infection.", "acute"),  # a plain medical description
])
def test_an_opinion_adjective_used_as_a_noun_or_a_plain_description_is_not_marked(text, word):
    assert word in subjective_adjectives()
    assert word not in marked(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The band signed with Superb Records in March.", "Superb"),  # inside a company's name
    ("She has hosted the quiz show Spectacular Minds since 2019.", "Spectacular"),
    ("He read from the book “Grim Harvest” on the radio.", "Grim"),  # a quoted title of a work
])
def test_an_opinion_adjective_inside_a_name_or_title_is_not_marked(text, word):
    assert word.lower() in subjective_adjectives()
    assert word not in marked(text)


def test_a_headline_in_capitals_still_shows_its_opinion_words():
    assert "Spectacular" in marked("Council Unveils Spectacular Plan For Town Centre")


def test_the_opinion_adjectives_are_in_the_matched_lexicon_and_leave_literal_words_out():
    emotive = set(lexicon()["emotive language"])
    assert subjective_adjectives() - set(lexicon()["loaded label"]) - everyday_praise() <= emotive
    assert not {"amazing", "wonderful", "excellent"} & emotive  # everyday praise (framing round 10)
    assert not {"cold", "own", "good", "kind", "pretty", "latest", "loved"} & subjective_adjectives()
