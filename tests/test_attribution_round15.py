"""Sources on real news, round 15 of issue 30: a verb of saying the word lists know in a construction the rules did
not read, and a noun of statement that shows what was said, with its owner (docs/analyzer-schema.md, round 15).
One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("Ortiz doubted Hale's recent evidence-free assertion that the dam was weak.",
     "Hale's recent evidence-free assertion"),
    ("Despite Lind's continued insistence that the dam was safe, the council voted.", "Lind's continued insistence"),
    ("The council rejected her earlier claim that the dam was weak.", "her earlier claim"),
])
def test_the_owner_of_a_view_noun_with_words_that_describe_it(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, missing", [
    ("The council ignored her remarks about the dam.", "her remarks"),  # what she said is not shown
    ("Ortiz answered Hale's recent claims at the meeting.", "Hale's recent claims"),
    ("Lind said her biggest worry about the dam is the cost.", "her biggest worry"),
    ("Reporters asked about his constant vow to rebuild the dam.", "his constant vow"),
])
def test_no_owner_when_the_words_are_not_shown(text, missing):
    assert not any(missing in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Hale's answer was that the dam would hold.", "Hale's answer"),
    ("The mayor's most surprising suggestion was that the dam should go.", "The mayor's most surprising suggestion"),
    ("Her message long has been that the levee is safe.", "Her message"),
    ("Lind's response was: “The dam is fine.”", "Lind's response"),
])
def test_the_owner_of_an_answer_whose_words_follow_was_that(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, missing", [
    ("What makes Hale's answer so odd is that the dam is new.", "Hale's answer"),
    ("Hale's answer was wrong.", "Hale's answer"),
    ("The trouble with her message was that nobody heard it.", "her message"),
])
def test_no_owner_when_was_that_tells_of_the_answer_not_its_words(text, missing):
    assert not any(missing in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("“It was weak,” said one engineer familiar with the dam, who added that the council was rattled.",
     "said one engineer familiar with the dam, who added"),
    ("“It was weak,” said Lind, who also warned that the council was slow.", "said Lind, who also warned"),
])
def test_who_after_an_inverted_speaker_is_that_speaker(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("“It was weak,” said Lind, who lives in Reno.", "said Lind"),  # no verb of saying after "who"
    ("Lind said the dam was weak, the engineer who built it added.", "the engineer who built it added"),
])
def test_who_after_an_inverted_speaker_guards(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("“Did you know the dam was old?” Ortiz asked the mayor.", "Ortiz asked"),
    ("“Will it hold?” Lind asked reporters rhetorically during a visit last month.", "Lind asked"),
    ("“Is it safe?” the 43-year-old asked in her video.", "the 43-year-old asked"),
])
def test_asked_after_a_quoted_question_with_its_listener(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz asked the council for money.",
    "Ortiz asked the council for money, and Lind agreed.",
    "Ortiz asked a question.",
])
def test_asked_as_a_request_is_no_source(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The Ortiz campaign sent a fundraising email Wednesday saying that the dam was safe.", "The Ortiz campaign"),
    ("Hale sent a two-page memo to the Reno Star in April explaining his plan.", "Hale"),
    ("The council sent a letter to residents on Monday urging calm.", "The council"),
    ("A coalition of 40 groups - including the Reno Club - sent a letter this week urging calm.", "A coalition"),
])
def test_a_statement_put_out_with_words_about_it_and_its_reader(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Hale sent a letter carrier to the house in April.",
    "The council sent a letter to residents in the flooded streets.",
])
def test_a_statement_put_out_that_brings_nothing_said(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz delivered a snappy retort: “Nobody is closing the dam.”", "Ortiz delivered"),
    ("Hale offered his early assessment of the new levee.", "Hale offered"),
])
def test_a_retort_or_assessment_delivered(text, source):
    assert source in source_texts(text), source_texts(text)
