"""Framing round 6: praise in the outlet's own voice ("a glowing endorsement", "the cherished festival") is loaded
language too, as the word list's praise words are; "glowing" praises only in its set phrases.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks


@pytest.mark.parametrize(("text", "marked"), [
    ("The senator gave the plan a glowing endorsement.", "glowing endorsement"),
    ("The paper wrote about her in glowing terms.", "glowing terms"),
    ("The cherished festival was cancelled this year.", "cherished"),
    ("The club's storied past was on show.", "storied"),
])
def test_praise_in_the_outlets_voice_is_marked(text, marked):
    assert ("emotive language", marked, None) in marks(text)


def test_a_light_that_glows_is_not_praise():
    assert marks("The embers were still glowing at dawn.") == []
