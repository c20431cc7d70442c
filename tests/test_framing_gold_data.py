"""The framing gold standard on real news (benchmarks/data/framing-gold/) keeps the shape its users rely on.

The files hold only offsets and short spans into PolNeAR texts (the mirror is not needed here): this
checks, for each split (train and the larger train2; dev; the two held-out splits, test and test2), that it names as many
texts as its sampling rule kept, that every record is well formed, that spans stay short (never whole
sentences), that nothing overlaps, and that each span's words are also listed as biased words, as the
guidelines require; and that no text is in two splits. The second reading of 15 train2 texts (second-reading.json,
for the agreement measure) has the same shape and holds exactly the texts its rule names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "framing-gold"
TEXTS_PER_SPLIT = {"train": 12, "train2": 200, "dev": 12, "test": 12, "test2": 24}
SPLITS = tuple(TEXTS_PER_SPLIT)
#: Every file in the splits' format: the splits and the second reading of part of train2.
READINGS = SPLITS + ("second-reading",)
CATEGORIES = {"loaded", "name-calling"}
LONGEST_SPAN_CHARS = 45
LONGEST_SPAN_WORDS = 6


def load(split: str) -> dict:
    return json.loads((GOLD / f"{split}.json").read_text(encoding="utf-8"))


def records(split: str, field: str):
    for name, entry in load(split)["texts"].items():
        for record in entry[field]:
            yield name, record


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_names_all_its_texts_with_their_checksums(split):
    data = load(split)
    assert isinstance(data["about"], str) and data["about"]
    assert len(data["texts"]) == TEXTS_PER_SPLIT[split]
    for name, entry in data["texts"].items():
        assert name.endswith(".txt")
        assert set(entry) == {"sha256", "spans", "biased_words"}
        assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])


def test_no_text_is_in_two_splits():
    for i, first in enumerate(SPLITS):
        for second in SPLITS[i + 1:]:
            assert not set(load(first)["texts"]) & set(load(second)["texts"]), (first, second)


def test_no_checksum_is_in_two_splits():
    """The same text under another name would still leak a split into another."""
    for i, first in enumerate(SPLITS):
        for second in SPLITS[i + 1:]:
            sums = [{entry["sha256"] for entry in load(split)["texts"].values()} for split in (first, second)]
            assert not sums[0] & sums[1], (first, second)


@pytest.mark.parametrize("split", READINGS)
def test_spans_are_short_categorised_and_marked_quoted_or_not(split):
    for name, span in records(split, "spans"):
        assert set(span) == {"start", "end", "text", "category", "quoted"}, name
        assert 0 <= span["start"] < span["end"], (name, span)
        assert span["end"] - span["start"] == len(span["text"]), (name, span)
        assert span["text"] == span["text"].strip(), (name, span)
        assert len(span["text"]) <= LONGEST_SPAN_CHARS, (name, span)
        assert len(span["text"].split()) <= LONGEST_SPAN_WORDS, (name, span)
        assert span["category"] in CATEGORIES, (name, span)
        assert isinstance(span["quoted"], bool), (name, span)


@pytest.mark.parametrize("split", READINGS)
def test_every_biased_word_is_one_word(split):
    for name, word in records(split, "biased_words"):
        assert set(word) == {"start", "end", "text"}, name
        assert 0 <= word["start"] < word["end"], (name, word)
        assert word["end"] - word["start"] == len(word["text"]), (name, word)
        assert re.fullmatch(r"\w[\w'\u2019\u2013-]*", word["text"]), (name, word)  # "p–sy": a word with letters left out


@pytest.mark.parametrize("split", READINGS)
@pytest.mark.parametrize("field", ["spans", "biased_words"])
def test_nothing_overlaps_within_a_text(split, field):
    for name, entry in load(split)["texts"].items():
        marks = sorted(entry[field], key=lambda m: m["start"])
        for before, after in zip(marks, marks[1:]):
            assert before["end"] <= after["start"], (name, before, after)


@pytest.mark.parametrize("split", READINGS)
def test_every_span_has_its_words_among_the_biased_words(split):
    for name, entry in load(split)["texts"].items():
        for span in entry["spans"]:
            inside = [w for w in entry["biased_words"] if span["start"] <= w["start"] and w["end"] <= span["end"]]
            assert inside, (name, span)
            for word in inside:
                offset = word["start"] - span["start"]
                assert span["text"][offset:offset + len(word["text"])] == word["text"], (name, span, word)


def test_the_second_reading_holds_every_8th_study_text_of_train2_with_the_same_checksums():
    """The rule in the README: train2's first 120 texts (its study part), every 8th from the first."""
    first, second = load("train2")["texts"], load("second-reading")
    assert isinstance(second["about"], str) and second["about"]
    assert list(second["texts"]) == list(first)[:120:8]
    for name, entry in second["texts"].items():
        assert set(entry) == {"sha256", "spans", "biased_words"}
        assert entry["sha256"] == first[name]["sha256"], name
