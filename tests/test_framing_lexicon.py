"""The framing word list: each word once in its base form, with the forms news writes added."""

from __future__ import annotations

import pytest

from medialit.analyzer.framing_lexicon import WORDS_FILE, adverb, degrees, lexicon, plural


@pytest.mark.parametrize(("adjective", "expected"), [("brutal", "brutally"), ("angry", "angrily"),
                                                     ("terrible", "terribly"), ("barbaric", "barbarically"),
                                                     ("vile", "vilely"), ("out-of-touch", None), ("cowardly", None)])
def test_adverbs_are_formed_as_english_forms_them(adjective, expected):
    assert adverb(adjective) == expected


@pytest.mark.parametrize(("adjective", "expected"), [
    ("sleazy", ("sleazier", "sleaziest")), ("vile", ("viler", "vilest")), ("smug", ("smugger", "smuggest")),
    ("cruel", ("crueler", "cruelest")), ("dumb", ("dumber", "dumbest")),
    ("two-faced", None), ("cold-blooded", None), ("shameful", None),
])
def test_comparatives_and_superlatives_are_formed_as_english_forms_them(adjective, expected):
    assert degrees(adjective) == expected


@pytest.mark.parametrize(("noun", "expected"), [("thug", "thugs"), ("crony", "cronies"), ("fat cat", "fat cats"),
                                                ("lackey", "lackeys"), ("fanatic", "fanatics"), ("hoax", "hoaxes")])
def test_plurals_change_the_last_word(noun, expected):
    assert plural(noun) == expected


def test_every_word_is_listed_once_and_standard_news_terms_are_not_listed():
    entries = [line.strip().lower() for line in WORDS_FILE.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith(("#", "["))]
    assert len(entries) == len(set(entries)) > 1500
    every_form = set(lexicon()["loaded label"]) | set(lexicon()["emotive language"])
    assert {"thugs", "cronies", "savagely", "blackmailed", "crocodile tears"} <= every_form
    assert not every_form & {"attack", "killed", "strike", "raid", "militants", "rebels", "protesters", "crisis",
                             "clashes", "riot police", "wounded", "casualties", "said"}
