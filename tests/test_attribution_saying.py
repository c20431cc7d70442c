"""Sources of verbs of saying already on the lists ("said", "…, saying") that PolNeAR's annotators mark in real news
and the rules missed before round 4's saying work of issue 30: one sentence, written for this test, per new rule
(marked, with its kind) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_marks as marks


def test_a_quotation_closed_in_a_later_sentence_is_the_speakers_words():
    text = ("Ortiz spoke for an hour. “The river is high tonight. Farmers believe the dam will break,” she said. "
            "Then she left.")
    found = marks(text)
    assert ("she said", "named", "pronoun") in found
    assert not any(source.startswith("Farmers") for source, _, _ in found)


@pytest.mark.parametrize("text, source", [
    ('He added, "I only want to admit people who will work hard. Nobody else."', "He added"),
    ("Mayor Ortiz said, ''The bridge is safe for now. We checked it twice.''", "Mayor Ortiz said"),
])
def test_a_straight_mark_that_opens_a_quotation_is_not_taken_for_one_that_closes(text, source):
    assert source in [s for s, _, _ in marks(text)]


def test_a_straight_mark_that_closes_an_earlier_quotation_still_hides_its_words():
    text = "''We will rebuild the bridge. Engineers believe it can be done by May,'' the mayor said."
    found = [s for s, _, _ in marks(text)]
    assert "the mayor said" in found and not any(s.startswith("Engineers") for s in found)


@pytest.mark.parametrize("sentence, second", [
    ("Ortiz said the bridge was safe, but he said the road would stay shut till May.", "he said"),
    ("Hale said that the dam held, and she added that the river was still rising.", "she added"),
    ("Although she admitted the pumps had failed, she insisted the town was safe.", "she insisted"),
])
def test_a_second_clause_with_its_own_verb_of_saying_is_a_second_mark(sentence, second):
    assert second in [s for s, _, _ in marks(sentence)]


@pytest.mark.parametrize("sentence", [
    "She accused the council of delay, where she said the money had gone.",
    "Ortiz said the pumps had failed because he said the town was broke.",
])
def test_the_same_speaker_inside_one_clause_is_one_mark(sentence):
    assert len(marks(sentence)) == 1


@pytest.mark.parametrize("sentence, source", [
    ("Guy Ortiz, the group's chief strategist, said the group might run ads against Mayor Hale.",
     "Guy Ortiz, the group's chief strategist, said"),
    ("“The water is rising,” Lena Ortiz, 66, said on Radio Hallam.", "Lena Ortiz, 66, said"),
])
def test_a_clause_after_the_verb_is_not_an_inverted_source(sentence, source):
    assert [s for s, _, _ in marks(sentence)] == [source]


@pytest.mark.parametrize("sentence, source", [
    ("Ortiz's attorney, Alan Pike, said the council had broken the deal.", "Alan Pike, said"),
    ("One of his advisers, Tad Hale, told reporters that the bridge would reopen.", "Tad Hale, told"),
])
def test_a_name_between_commas_speaks_when_the_words_before_it_name_no_one(sentence, source):
    assert any(s.endswith(source) for s, _, _ in marks(sentence))


@pytest.mark.parametrize("sentence, source, kind", [
    ("Jane Doe — a former aide to the governor (R) — said the plan failed.",
     "Jane Doe — a former aide to the governor (R) — said", "named"),
    ("Mark Hale — a teacher from Mount Pleasant — says he made a late decision.",
     "Mark Hale — a teacher from Mount Pleasant — says", "named"),
    ("The county judge -- who has been in a row with the mayor -- said she regretted her words.",
     "The county judge -- who has been in a row with the mayor -- said", "named"),
])
def test_the_speaker_before_an_aside_between_dashes(sentence, source, kind):
    """The mark runs from the speaker to the verb of saying, as with an aside between commas."""
    assert [(s, k) for s, k, _ in marks(sentence)] == [(source, kind)]


def test_a_single_dash_opens_no_aside():
    assert [s for s, _, _ in marks("Ortiz was a careful planner — a former aide said she checked every bridge.")] \
        == ["a former aide said"]


@pytest.mark.parametrize("sentence, source", [
    ("Hours later, Mayor Ortiz thanked the volunteers, telling reporters, “They saved the town.”", "Mayor Ortiz"),
    ("Ortiz gave a long tour of the “river plan,” saying the town needed it.", "Ortiz"),
    ("The engineer began by talking about the flood, saying that the dam was weak.", "The engineer"),
])
def test_the_subject_of_the_sentence_speaks_through_a_participle_after_a_comma(sentence, source):
    """The mark runs from the speaker to the participle, as for "Conway appeared on TV and said"."""
    found = marks(sentence)
    assert len(found) == 1 and found[0][0].startswith(source) and found[0][0].endswith(("saying", "telling"))
    assert found[0][1] == "named"


@pytest.mark.parametrize("sentence, count", [
    ("Ortiz said the dam was weak, adding that it would fail.", 1),
    ("After a long night at the shelter, saying goodbye was hard.", 0),
])
def test_a_participle_after_a_source_or_with_no_subject_adds_no_mark(sentence, count):
    assert len(marks(sentence)) == count


def test_the_subject_of_a_clause_after_that_does_not_speak_the_participle():
    found = marks("Ortiz welcomed the news that Hale would quit, saying the town needed a change.")
    assert [s.split(" ")[0] for s, _, _ in found] == ["Ortiz"]
