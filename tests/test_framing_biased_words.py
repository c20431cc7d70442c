"""Framing round 13: single biased words a careful editor would replace, found by the construction they stand in.

*Stance words*: a small word through which the writer shows what to think of a fact: "finally" before a verb says
it was overdue ("the council finally approved the plan"), "even" before a verb that it is shocking ("one official
even suggested ..."), "a mere" or "the mere" before a noun that it is small. *"illegal" said of people*: the
Associated Press Stylebook (2013) keeps "illegal" for an act, not a person ("illegal immigrants"; the word list
already holds "illegals" and "illegal aliens").
Guards: "Finally, ..." opens the last step of a list; "even if", "even more" and "even a" compare or concede;
"illegal immigration" and "an illegal border crossing" name an act.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import explained, framing_marks as marks, framing_texts


@pytest.mark.parametrize(("text", "marked"), [
    ("The council finally approved the new bus lanes.", "finally"),
    ("After two years of delays, the ministry has finally published the report.", "finally"),
    ("Voters Finally Reject The Stadium Tax", "Finally"),
    ("One adviser even suggested cancelling the summit.", "even"),
    ("The report doesn't even mention the missing money.", "even"),
    ("Her allies even compared the ruling to a coup.", "even"),
    ("He dismissed the complaint as a mere formality.", "mere"),
    ("The mere mention of the tax brought boos from the crowd.", "mere"),
])
def test_stance_words_are_marked(text, marked):
    assert ("emotive language", marked, None) in marks(text)
    assert "what to think" in explained(text, marked)


@pytest.mark.parametrize(("text", "marked"), [
    ("The mayor promised to deport illegal immigrants living in the city.", "illegal"),
    ("Critics say the bill rewards illegal migrants.", "illegal"),
    ("An Illegal Immigrant Wins The Lottery", "Illegal"),
])
def test_illegal_said_of_people_is_marked(text, marked):
    assert ("loaded label", marked, None) in marks(text)
    assert "an act, not a person" in explained(text, marked)


@pytest.mark.parametrize("text", [
    "Finally, the committee will vote on the budget in May.",  # the last step of a list
    "The talks went on all night, and finally, at dawn, they signed.",  # after a comma: a step in time
    "Even if the bill passes, the tax will not start until 2026.",  # a concession
    "The new plan is even more expensive than the old one.",  # a comparison
    "The storm did not leave even a tree standing.",  # before a noun
    "Even so, the council kept its promise.",  # a concession
    "The rally drew mere hundreds of people in 2012 and thousands now.",  # no "a" or "the": a plain count
    "Voters are split on illegal immigration and trade.",  # an act, not a person
    "The police arrested him for an illegal border crossing.",  # an act
    "The court ruled that the strike was illegal.",  # an act
])
def test_plain_uses_are_not_marked(text):
    assert not any(word in framing_texts(text) for word in ("finally", "Finally", "even", "Even", "mere", "illegal"))


@pytest.mark.parametrize("text", [
    '"We do not even know if he is alive," said the reporter\'s wife.',
    '"They finally listened to us," said Dana Holt, who led the protest.',
])
def test_a_speakers_stance_words_are_how_people_talk(text):
    assert not any(word in framing_texts(text) for word in ("even", "finally"))
