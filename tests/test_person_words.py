"""One list of words for people (``attribution_words.a_person_word``), read by the sources' rules (the subject of a
later "and said") and by the framing rule for a bad name said of someone ("the nurse, a disgrace,"): what one rule
takes for a person, the other does too; a body ("the ministry") speaks but takes no bad name as a person.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks, source_texts
from medialit.analyzer.attribution_words import a_person_word


@pytest.mark.parametrize("word", ["judge", "voters", "allies", "official", "children", "friends", "media"])
def test_words_for_people_are_people_for_both_rules(word):
    assert a_person_word(word) and a_person_word(word, bodies=True)


@pytest.mark.parametrize("word", ["ministry", "departments", "council"])
def test_a_body_counts_only_where_a_body_may_speak(word):
    assert not a_person_word(word) and a_person_word(word, bodies=True)


@pytest.mark.parametrize("word", ["order", "budget", "plans"])
def test_things_are_no_people(word):
    assert not a_person_word(word) and not a_person_word(word, bodies=True)


@pytest.mark.parametrize(("text", "source"), [
    ("His friends gathered outside the court and said he was innocent.",
     "His friends gathered outside the court and said"),
    ("The judge rubbed her eyes and said the hearing was over.", "The judge rubbed her eyes and said"),
])
def test_a_word_for_people_opening_a_sentence_speaks_through_a_later_verb(text, source):
    assert source in source_texts(text)


@pytest.mark.parametrize("text", [
    "The nurse, a disgrace to the hospital, walked out.",
    "The media, a disgrace, waited outside.",
])
def test_a_bad_name_after_a_word_for_people_is_said_of_them(text):
    assert ("loaded label", "disgrace", None) in framing_marks(text)


def test_a_bad_name_after_a_body_is_said_of_no_person():
    assert ("loaded label", "disgrace", None) not in framing_marks("The ministry, a disgrace, closed early.")
