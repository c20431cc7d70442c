"""Framing round 11: a bad name said OF a person ("Smith is a proven failure", "called him a failure", "Smith, a
proven failure,"), found by the construction that says it of someone, the noun's judgement read from VADER's ratings
and its part of speech from the tagger; guarded so a neutral role, a bad thing said of a thing and a feeling stay
unmarked.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import explained, framing_marks as marks


@pytest.mark.parametrize(("text", "marked"), [
    ("Voters say Jones is a proven failure as a manager.", "failure"),
    ("Smith was a failure in business, the ad says.", "failure"),
    ("The governor called Jones a failure on Tuesday.", "failure"),
    ("The mayor called him a failure and walked out.", "failure"),
    ("They are dullards, the columnist wrote.", "dullards"),
    ("She is such an egotist, her aide told friends.", "egotist"),
    ("Mayor Jones, a total failure, spoke first.", "failure"),
    ("He is a proven builder, a proven failure.", "failure"),
    ("Critics described Smith as an embarrassment to the council.", "embarrassment"),
])
def test_a_bad_name_said_of_a_person_is_marked(text, marked):
    assert ("loaded label", marked, None) in marks(text)
    assert "said of a person" in explained(text, marked)


def test_a_bad_name_in_a_quotation_is_the_speakers():
    text = "“Jones is a failure,” Smith said."
    assert ("loaded label", "failure", "Smith") in marks(text)
    assert "words of Smith" in explained(text, "failure")


@pytest.mark.parametrize("text", [
    "Jones is a critic of the plan.",  # a neutral role
    "Smith was an opponent of the bill in 2010.",  # a neutral role
    "Jones was a candidate for mayor.",  # a neutral role
    "It is a failure of the whole system.",  # a thing, not a person
    "The bridge is a failure of design, engineers said.",  # a thing, not a person
    "The new law was a threat to jobs, the union said.",  # a thing, not a person
    "Jones's failure to pay was noted by the court.",  # someone's act, no name said of them
    "The report, a failure of nerve, ran to ten pages.",  # a thing, not a person
    "Smith was a victim of the fraud.",  # a fact about what happened to someone
])
def test_neutral_roles_things_and_facts_are_not_marked(text):
    assert not any(category == "loaded label" and text_ in ("critic", "opponent", "candidate", "failure", "threat",
                                                              "victim")
                   for category, text_, _ in marks(text)), marks(text)
