"""Sources PolNeAR's annotators mark in real news that the rules missed before round 4 of issue 30: one sentence,
written for this test, per new rule (marked, with its kind) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_marks as marks


@pytest.mark.parametrize("sentence, source, kind", [
    ("Mayor Ortiz expressed concern that the bridge was unsafe.", "Mayor Ortiz expressed", "named"),
    ("Local farmers voiced doubts about the new dam.", "Local farmers voiced", "vague"),
    ("An engineer pleaded with the council to close the road.", "An engineer pleaded", "unnamed"),
    ("Senator Brill congratulated the volunteers on the flood wall.", "Senator Brill congratulated", "named"),
    ("The Hallam Water Company apologised for the muddy water.", "The Hallam Water Company apologised", "named"),
])
def test_verbs_of_communication_the_lists_lacked(sentence, source, kind):
    assert (source, kind) in [(text, k) for text, k, _ in marks(sentence)]


@pytest.mark.parametrize("sentence", [
    "Thanks to the rain, the river rose by a metre.",
    "Ortiz thanked the volunteers for their work.",
    "The mayor's adviser arrived at noon.",
])
def test_thanks_and_an_adviser_cite_no_one(sentence):
    assert marks(sentence) == []


@pytest.mark.parametrize("sentence, source, kind", [
    ("Ortiz responds, “Yes, but not before May.”", "Ortiz responds", "named"),
    ("A nurse at the clinic replied: “Well, the council, probably.”", "A nurse at the clinic replied", "unnamed"),
    ("The mayor, tired, continued: ''Next question, please.''", "The mayor, tired, continued", "named"),
])
def test_a_verb_that_cites_only_beside_a_quotation_may_open_one(sentence, source, kind):
    assert (source, kind) in [(text, k) for text, k, _ in marks(sentence)]


@pytest.mark.parametrize("sentence", [
    "Troops responded, with force, to the attack on the camp.",
    "The war continued, and the town emptied.",
])
def test_a_verb_of_reply_or_going_on_before_a_comma_but_no_quotation_cites_no_one(sentence):
    assert marks(sentence) == []


@pytest.mark.parametrize("sentence, source", [
    ("The council declined to reveal the cost of the bridge.", "The council declined to"),
    ("Ms. Hale refused to name the firm.", "Ms. Hale refused to"),
])
def test_declining_to_give_words_is_a_source_s_choice(sentence, source):
    assert any(text.startswith(source) for text, _, _ in marks(sentence))


@pytest.mark.parametrize("sentence", [
    "The council refused to pay for the road.",
])
def test_refusing_an_act_cites_no_one(sentence):
    assert marks(sentence) == []
