"""The last thin classes of sources PolNeAR's annotators mark that the rules missed or got wrong (round 4 of issue
30): one sentence, written for this test, per rule (marked, with its kind) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_marks as marks


@pytest.mark.parametrize("sentence, source", [
    ("Three-quarters said they would vote again.", "Three-quarters said"),
    ("Thirty-one percent of those surveyed say they would stay home.", "Thirty-one percent of those surveyed say"),
    ("At least 2,000 said they would march on Friday.", "At least 2,000 said"),
    ("About 43 said the same of the mayor.", "About 43 said"),
])
def test_a_share_of_those_polled_is_a_vague_source(sentence, source):
    assert (source, "vague") in [(text, kind) for text, kind, _ in marks(sentence)]


@pytest.mark.parametrize("sentence", [
    "The well-said speech won praise.",
    "In 2012 the bridge was closed for a year.",
])
def test_a_hyphen_or_a_year_is_no_share(sentence):
    assert marks(sentence) == []


def test_a_name_inside_a_quotation_never_speaks_a_participle_after_it():
    found = marks("Ortiz gave a fiery defense of “Reno values,” saying the city was brave.")
    assert not any("Reno" in text and "Ortiz" not in text for text, _, _ in found), found


@pytest.mark.parametrize("sentence", [
    "WASHINGTON — Sen. Ada Pole (D-Va.) on Wednesday played down the attack on the judge, saying it was unfair.",
    "RENO, Nev. - Gov. Ada Pole continued her attack on the plan, saying it was bad.",
])
def test_a_dateline_is_no_source(sentence):
    assert not any(text.startswith(("WASHINGTON", "RENO")) for text, _, _ in marks(sentence)), marks(sentence)


def test_the_speaker_after_a_dateline_is_marked_without_it():
    assert marks("WASHINGTON (Reuters) - Senator Ada Pole said the dam was weak.") == [
        ("Senator Ada Pole said", "named", "name")]


def test_a_hyphenated_opening_is_no_dateline():
    assert marks("US-led forces deny the strike hit homes.") == [("US-led forces deny", "named", "name")]
