"""Sources the lessons count and the rules still missed on PolNeAR train, round 7 of issue 30 (the classes of
benchmarks/source_cap.py's "yes" misses, biggest first): "pointed to" (citing evidence) and the -ing forms of
listed verbs of saying after a comma ("…, noting that").
One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("The mayor pointed to the example of Reno, where the levee held.", "The mayor"),
    ("Critics point to the cost of the new bridge.", "Critics"),
    ("Ortiz points to the survey as proof that the town is ready.", "Ortiz"),
])
def test_pointing_to_evidence_is_a_cue(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The arrow pointed to the exit.",
    "The signs point to a wet winter.",
])
def test_a_thing_that_points_to_something_is_no_source(text):
    assert source_texts(text) == []


@pytest.mark.parametrize("text, source", [
    ("The mayor thanked the volunteers, noting that the river had fallen.", "The mayor"),
    ("After the vote, Sen. Hale thanked her staff, adding that the bridge would open in May.", "Sen. Hale"),
    ("The union ended its strike, declaring that the pay deal was fair.", "The union"),
    ("Hale visited the harbour, slamming the council for the delay.", "Hale"),
])
def test_the_ing_form_of_a_listed_verb_of_saying_after_a_comma_is_a_cue(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Declaring a winner early, the newspaper printed the wrong result.",
    "The charging station by the harbour was closed.",
])
def test_an_ing_form_that_opens_or_describes_is_no_cue(text):
    assert source_texts(text) == []



@pytest.mark.parametrize("text, source", [
    ("Matt Hale, the head of the river trust, who frequently criticizes the council, was there.", "Matt Hale"),
    ("Rep. Ada Pole (D-Va.), a member of the committee, who angrily denied the story, left early.", "Rep. Ada Pole"),
])
def test_an_adverb_between_who_and_a_verb_of_saying_keeps_the_speaker(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


def test_a_noun_in_ly_before_a_verb_is_its_subject_not_an_adverb():
    assert any(found.startswith("The family") for found in source_texts("The family denied the report.")), \
        source_texts("The family denied the report.")


@pytest.mark.parametrize("text, source", [
    ("The president left no doubt of his support for the mayor, saying that no one was better.", "The president"),
    ("The nominee visited the dam on Monday and said it was safe.", "The nominee"),
    ("The billionaire businessman began by talking about the harbour, saying that repairs were late.",
     "The billionaire businessman"),
    ("Her allies pushed back hard, arguing that the vote was unfair.", "Her allies"),
    ("The chairman thanked the board and said the dam was safe.", "The chairman"),
])
def test_a_person_named_by_office_or_part_speaks_through_a_verb_apart_from_it(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("In a speech at the harbour on Monday, Sen. Ada Pole struck a calm tone, saying the dam would hold.",
     "Sen. Ada Pole"),
    ("In a victory speech in Reno County on Tuesday night, Mr. Ortiz struck a measured tone, saying he understood.",
     "Mr. Ortiz"),
])
def test_a_title_opens_the_speaker_of_a_participle_after_an_opening_phrase(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The meeting was first reported by the Hallam Times.", "the Hallam Times"),
    ("The plan was criticized by several council members.", "several council members"),
    ("The deal was never mentioned by the ministers.", "the ministers"),
])
def test_a_passive_verb_of_saying_names_its_speaker_after_by(text, source):
    assert any(source in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The bridge was built by the council.",
    "The result was reported by noon.",
    "The dam was described by engineers' drawings in 1950.",
])
def test_a_passive_with_no_speaker_after_by_is_no_source(text):
    assert source_texts(text) == []


@pytest.mark.parametrize("text, source", [
    ("His supporters are optimistic that the bridge will open in May.", "His supporters"),
    ("Union leaders remain confident that they can win the vote.", "Union leaders"),
    ("The engineers seem convinced that the dam will hold.", "The engineers"),
    ("Ortiz is skeptical that the tolls will pay for the repairs.", "Ortiz"),
])
def test_a_speaker_who_is_confident_or_convinced_that_holds_a_view(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The forecast is optimistic that the rain will stop.",
    "It is certain that the river will rise.",
])
def test_a_thing_that_is_optimistic_holds_no_view(text):
    assert source_texts(text) == []


def test_a_view_verbs_passive_with_by_is_a_deed_not_a_source():
    assert source_texts("The campaign is supported by the Hallam Health Trust, which gave 600 doses.") == []
