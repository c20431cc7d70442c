"""The hashed keys that check() ships are built from the solutions and hold no readable answer."""

from __future__ import annotations

import json

import pytest

from medialit.answer_hashes import CHECKS_DIR
from medialit.article import load_article
from medialit.keys import build_all, exercise_keys, render


def test_committed_keys_match_the_solutions(course_root):
    built = build_all(course_root / "solutions")
    committed = {path.name: path.read_text() for path in CHECKS_DIR.glob("*.json")}
    assert committed == {name: render(keys) for name, keys in built.items()}, "run `make lessons`"


def test_exercise_names_are_unique_across_lessons():
    names = [name for path in CHECKS_DIR.glob("*.json") for name in json.loads(path.read_text())["exercises"]]
    assert names and len(names) == len(set(names))


def test_key_files_hold_no_sentence_numbers_or_tag_pairs():
    for path in CHECKS_DIR.glob("*.json"):
        for exercise in json.loads(path.read_text())["exercises"].values():
            for item in exercise.get("items", []):
                assert set(item) == {"hash", "paragraph"}
            text = json.dumps(exercise.get("hashes", []))
            assert '":' not in text and "named" not in text


def test_a_phrase_key_word_missing_from_the_text_stops_the_build():
    with pytest.raises(ValueError, match="'drone' is not in the text 'one-strike-four-reports'"):
        exercise_keys("framing_marks", {"drone": {"loaded label"}}, "salt", load_article("one-strike-four-reports"))
