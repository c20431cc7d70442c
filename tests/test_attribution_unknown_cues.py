"""Sources on real news whose cue the rules did not know, or knew only in some forms (issue 30, the "verb",
"noun-cue", "belief", "poll" and "document" classes of benchmarks/source_cap.py's judged misses on PolNeAR
train). One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("In a national KRTV/Hallam poll released Monday, most voters backed the levee.", "a national KRTV/Hallam poll"),
    ("In the new Post-Courier poll, the mayor wins about 1 in 3 voters.", "the new Post-Courier poll"),
    ("Hale fell to 10 percent in the most recent Gazette poll.", "the most recent Gazette poll"),
    ("Ortiz led Hale 2-1 in a Reno Times/Marist survey.", "a Reno Times/Marist survey"),
    ("Hale's Lead Doubles In Survey Of River Towns", "Survey Of River Towns"),
])
def test_a_poll_named_in_an_in_phrase_gives_its_findings(text, source):
    assert any(found.endswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz has a wide lead in the polls.",
    "Voters in Ohio head to the polls on Tuesday.",
    "Hale has been rising in most polls since May.",
    "Hale ran third in most Reno polls behind Ortiz.",
    "Ortiz leads in opinion polls of Reno voters.",
])
def test_no_poll_in_particular_is_a_source(text):
    assert not any("poll" in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("As Ana Ortiz, a professor of law at Reno, put it, “the levee is a promise.”", "Ana Ortiz"),
    ("Or, as the mayor put it: “We are not done.”", "the mayor put it"),
    ("That is because, as he puts it, the river always wins.", "he puts it"),
    ("As the chief engineer, Tom Hale, put it in his memo to staff, the dam was never safe.", "Tom Hale"),
])
def test_as_someone_put_it_cites_their_words(text, source):
    assert any(source in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "As soon as the mayor put it on the table, the vote began.",
    "Ortiz put it in the drawer.",
])
def test_putting_a_thing_somewhere_says_nothing(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz made it clear that she would not run again.", "Ortiz made it clear"),
    ("In the interview, Lind made it clear her union would not back the plan.", "Lind"),
])
def test_making_it_clear_states_a_view(text, source):
    assert any(source in found for found in source_texts(text)), source_texts(text)


def test_making_a_path_clear_says_nothing():
    assert source_texts("The crews made it clear of snow by noon.") == []
