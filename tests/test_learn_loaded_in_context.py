"""benchmarks/learn_loaded_in_context.py's pure parts: each word's example and its features. Invented text and a toy
set of word vectors only; neither the PolNeAR mirror nor GloVe is needed."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
TEXT = 'The senator gave a dull speech. Critics said it was "a petty stunt".'


@pytest.fixture
def context(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import learn_loaded_in_context
    return learn_loaded_in_context


def _at(word: str) -> dict:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word)}


@pytest.fixture
def rows(context):
    entry = {"spans": [dict(_at("a petty stunt"), category="loaded")], "biased_words": [_at("dull")]}
    return {row["word"]: row for row in context.tokens_in_context("toy", TEXT, entry)}


def test_each_content_word_is_an_example_labelled_from_the_gold(rows):
    assert {"senator", "gave", "dull", "speech", "critics", "petty"} <= set(rows)
    assert not {"the", "a", "it"} & set(rows)  # function words are never examples
    assert rows["dull"]["biased"] and rows["dull"]["positive"]
    assert rows["petty"]["positive"] and not rows["petty"]["biased"]  # inside a span, not a biased word
    assert not rows["speech"]["positive"]


def test_an_example_knows_its_context(context, rows):
    assert rows["dull"]["head"] == "speech" and rows["dull"]["relation"] in context.RELATIONS
    assert rows["dull"]["around"] == ["gave", "a", "speech", "."]
    assert rows["petty"]["quoted"] and not rows["dull"]["quoted"]
    assert rows["critics"]["capitalised"] is False  # the sentence's first word
    assert rows["stunt"]["marked"]  # the analyzer marks "stunt" today, so it is no new mark


def test_features_place_each_part_and_leave_out_what_is_asked(context, rows):
    words = ["dull", "speech", "gave", "a", "."]
    one_hot = numpy.eye(len(words))
    vectors = type("Toy", (), {"matrix": one_hot,
                               "vector": lambda self, w: one_hot[words.index(w)] if w in words else None})()
    full = context.features(vectors, [rows["dull"]])[0]
    size = len(words)
    assert list(full[:size]) == [1, 0, 0, 0, 0]  # the word
    assert list(full[size:2 * size]) == [0, 0.25, 0.25, 0.25, 0.25]  # the mean of the words around it
    assert list(full[2 * size:3 * size]) == [0, 1, 0, 0, 0]  # the word it hangs on
    assert full[-1] == 1.0
    bare = context.features(vectors, [rows["dull"]], frozenset({"around", "head"}))[0]
    assert not bare[size:3 * size].any() and list(bare[:size]) == list(full[:size])
