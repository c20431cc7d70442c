"""Framing precision on real news (round 9 of issue 30): classes of wrong marks, each closed by a general guard.

Quotation marks are scare quotes only when the outlet itself doubts or mocks the words inside. On real news most
quotation marks the analyzer took for scare quotes were something else: words a speaker in the sentence said (after a
verb of naming or talking about that stands earlier in the sentence, "named him the "quiet enforcer""), or a
quoted name or phrase used to describe a noun after it ("the "not there yet" comment").

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks


def scare_quotes(text: str) -> list[str]:
    return [quoted for category, quoted, _ in marks(text) if category == "scare quotes"]


@pytest.mark.parametrize("text", [
    'The review deemed her "well qualified" for the post.',
    'A magazine named him the "quiet enforcer" of the campaign.',
    'The mayor talked for an hour about "fixing the buses" and little else.',
])
def test_words_after_a_verb_of_naming_or_talking_are_a_name_or_a_speakers(text):
    assert scare_quotes(text) == []


@pytest.mark.parametrize("text", [
    'Hundreds came to the "All Are Welcome" lunch on Sunday.',
    'The "not there yet" comment was replayed all week.',
    'Parents in the city have joined the "test day, stay away" movement.',
    'A "moan"-worthy headline ran on Monday.',
])
def test_a_quoted_name_or_phrase_before_a_noun_is_not_a_scare_quote(text):
    assert scare_quotes(text) == []


@pytest.mark.parametrize(("text", "quoted"), [
    ('The "temporary" tax is now ten years old.', '"temporary"'),  # one adjective before its noun: doubted
    ('The "reforms" will cost jobs in every town.', '"reforms"'),  # a noun the outlet doubts, before a verb
    ('The "peace" talks ended in a day.', '"peace"'),  # one quoted noun before a noun: still doubted
])
def test_the_outlets_own_doubt_is_still_a_scare_quote(text, quoted):
    assert scare_quotes(text) == [quoted]


@pytest.mark.parametrize("text", [
    'The senator kept mispronouncing the name of the group "Hamas" in his speech.',
    'Thousands of self-described "Berners" marched downtown on Sunday.',
])
def test_one_capitalised_word_in_quotation_marks_is_a_name_not_scare_quotes(text):
    assert scare_quotes(text) == []


@pytest.mark.parametrize(("text", "quoted"), [
    ('"We will fix the roads," the mayor said. Since then the "plan" for the roads has sat in a drawer.', '"plan"'),
    # a speaker's plain word, quoted back, is the outlet's doubt of it: the classic scare quotes
    ('"This is a peaceful protest," the organiser said. The "peaceful" crowd later broke windows.', '"peaceful"'),
])
def test_a_word_no_speaker_said_before_or_a_plain_one_is_still_the_outlets_doubt(text, quoted):
    assert scare_quotes(text) == [quoted]
