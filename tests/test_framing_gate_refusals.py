"""Framing round 11 of issue 30: listed words that a gate refused where they judge. A word of force inside a name
("the National Rifle Association", "the Rust Belt"), a stance ("anti-gun") or a word for the body used as a verb
("face defeat") makes no scene of violence, so a combat word for criticism beside it is still marked. The guards that keep real attacks and real blows unmarked still hold.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_texts


@pytest.mark.parametrize(("text", "marked"), [
    ("Smith could doom the party's hopes in the Rust Belt.", "doom"),
    ("The National Rifle Association backed the senator against attacks from his rivals.", "attacks"),
    ("Both were targets of attacks from rivals who must win soon or face defeat.", "attacks"),
    ("Rubio faced attacks from his rivals over his anti-war votes.", "attacks"),
])
def test_force_words_in_a_name_or_used_as_a_verb_make_no_scene_of_violence(text, marked):
    assert marked in framing_texts(text)


@pytest.mark.parametrize(("text", "unmarked"), [
    ("Somebody hits me with a belt, and I fall.", "hits"),  # a real blow: a belt, not a name
    ("The attack on the Rust Belt town killed 12 people.", "attack"),  # a real attack
    ("He hit the man in the face with his fist.", "hit"),  # a real blow: a face, not a verb
    ("The Syrian Army launched an attack on the senator's convoy.", "attack"),  # an armed body in a name
])
def test_real_blows_and_attacks_stay_unmarked(text, unmarked):
    assert unmarked not in framing_texts(text)
