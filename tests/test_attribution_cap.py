"""Sources the lessons count and the rules missed on PolNeAR train, by the classes benchmarks/source_cap.py found
(round 6 of issue 30): a verb of saying that stands apart from its speaker ("by saying", "issued a statement
saying"), a verb of saying after "did not", a verb of saying the lists did not know, and "recalled" or "replied"
read too narrowly. One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("Ortiz ended the meeting by saying the dam was safe.", "Ortiz"),
    ("Mayor Hale rallied her supporters by warning that the river would rise.", "Mayor Hale"),
    ("The council spokesman closed the briefing by announcing a new bridge.", "The council spokesman"),
])
def test_a_verb_of_saying_after_by_is_said_by_the_sentences_subject(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The club issued a statement saying the match was off.", "The club"),
    ("Ms Kellen released a report describing the damage to the harbour.", "Ms Kellen"),
    ("The union put out a statement confirming that the strike would go ahead.", "The union"),
])
def test_a_statement_that_says_something_is_its_issuers_words(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The mayor did not mention the flood in her speech.", "The mayor"),
    ("Ortiz didn't concede defeat on Sunday.", "Ortiz"),
    ("The minister does not deny that the pumps failed.", "The minister"),
])
def test_a_verb_of_saying_after_did_not_is_a_cue(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz alluded to the mayor's failings.", "Ortiz"),
    ("Mr. Vance has disparaged the river engineers for years.", "Mr. Vance"),
    ("The nurse recalled how the water rose through the ward.", "The nurse"),
    ("Dr Osei later recalled sitting by the river with her father.", "Dr Osei"),
    ('Hale replied calmly, "Not today."', "Hale"),
    ("The minister seldom speaks of her childhood.", "The minister"),
])
def test_verbs_of_saying_the_lists_did_not_know(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The plan works by telling drivers where to park.",
    "The pump sent a signal saying the tank was full.",
    "Norvale recalls kettles with faulty lids.",
    "The detailed plan runs to forty pages.",
    "You did not mention the flood.",
])
def test_guards_nobody_speaks(text):
    assert source_texts(text) == []


@pytest.mark.parametrize("text, source", [
    ("A Reuters rolling poll shows Ortiz at the top with 36 percent.", "A Reuters rolling poll"),
    ("The council's own tracking poll puts the mayor's approval at 49 percent.", "The council's own tracking poll"),
    ("The Harbour Gazette poll gave Hale a much higher lead than other polls.", "The Harbour Gazette poll"),
])
def test_a_poll_that_shows_puts_or_gives_a_figure_is_a_source(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Officials want to review reports of flooding.",
    "The poll station gave voters a free coffee.",
])
def test_guards_no_poll_speaks(text):
    assert source_texts(text) == []
