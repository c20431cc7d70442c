"""A word named as a word ("refused to use the words "radical thugs"") is talked about, not used: the outlet neither
frames with it nor puts scare quotes round it.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks


@pytest.mark.parametrize("text", [
    "The mayor refused to use the words “reckless thugs” in her speech.",
    "He would not say the phrase ‘radical thugs’ at the rally.",
    "Why do you still refuse to use the term … radical thugs?",
    "Council Refuses To Use The Words ‘Reckless Thugs.’",
    "The label \"thugs\" was dropped from the report.",
])
def test_a_word_named_as_a_word_is_not_marked(text):
    assert marks(text) == []


@pytest.mark.parametrize(("text", "marked"), [
    ("The mayor called the protesters “reckless thugs” in her speech.", "thugs"),
    ("The words of the mayor were reckless.", "reckless"),
    ("In his second term, thugs ran the port.", "thugs"),
])
def test_a_word_used_in_the_sentence_is_still_marked(text, marked):
    assert marked in [found for _, found, _ in marks(text)]
