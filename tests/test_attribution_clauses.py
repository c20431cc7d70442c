"""Sources on real news whose speaker stands in another clause, round 10 of issue 30 (the classes of
bench_attribution_polnear.py's misses on PolNeAR train): a pronoun that speaks inside a relative clause ("the
council, who he said were working hard": he says it), a second participle of saying joined by "and" to a
participle phrase after a comma ("…, painting others as weak and suggesting that …": the subject of the sentence
suggests), and a headline's verb of saying that could be a noun, right after the name that opens it ("Ortiz
Promises Action On Dams", "Hale Tweets A Map"), and the same verbs in a sentence right after a name, a pronoun or
a body ("The Reno Evening Star reports the …", "She claims her …"); a participle of saying after a comma is
said by the subject of the clause it hangs on, past an opening phrase of time, not by a pronoun inside a clause
that clause reports ("On Thursday, he hedged on whether he would …, telling …": the first "he"). Round 19: a verb
of saying inside what a speaker said after an aside ("Hale's office, when reached, said the senator could not
recall …") is no second source.
One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("The mayor praised the council, who he said were working hard.", "he said"),
    ("Ortiz came home. She thanked her two sons, who she said were living in Reno.", "she said"),
])
def test_a_pronoun_speaks_inside_a_relative_clause(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, wrong", [
    ("The mayor praised the council, who said the dam was safe.", "he said"),
])
def test_no_pronoun_speaker_without_a_pronoun(text, wrong):
    assert wrong not in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Sen. Tom Hale continued his attack on Ortiz on Saturday, casting her as a false friend and questioning her "
     "judgment.", "Sen. Tom Hale"),
    ("Ana Lind has sought to look tough, painting others as weak and suggesting that she would do anything.",
     "Ana Lind"),
    ("Vice President Tom Hale on Monday hit the trail with Ortiz, trashing Lind as unqualified and accusing him of "
     "lying.", "Vice President Tom Hale"),
])
def test_a_second_participle_of_saying_joined_by_and_is_said_by_the_subject(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The storm hit Reno, flooding the roads and warning signs went dark.",  # "warning signs": a noun
    "The crowd cheered the band, singing and dancing in the rain.",
    "Ortiz spent the day walking and suggesting routes to hikers in the park.",  # no comma: no participle phrase
])
def test_no_speaker_for_participles_that_say_nothing_or_stand_alone(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz Promises Action On Dams In First 100 Days", "Ortiz Promises"),
    ("Tom Hale Tweets A Wildly Wrong Map Of Reno", "Tom Hale Tweets"),
    ("Ana Lind Responds To Hateful Letters About The Dam", "Ana Lind Responds"),
])
def test_a_headline_verb_of_saying_after_the_opening_name(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, wrong", [
    # "Reports" a noun, as a verb follows it: Reno Water does not report (the reports that show may be a source)
    ("Reno Water Reports Show A Rise In Lead", "Reno Water Reports"),
    ("Ortiz Promises Were Never Kept, Voters Say In Reno", "Ortiz Promises"),
])
def test_no_headline_speaker_for_a_noun_after_the_name(text, wrong):
    assert wrong not in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The Reno Evening Star reports the mayor's last press conference was held in May.", "The Reno Evening Star"),
    ("The Nevada water agency claims the dam is safe for another decade.", "The Nevada water agency"),
    ("Ortiz spoke on Monday. She claims her opponent is worth far less than he says.", "She"),
    ("Tom Hale estimates the repairs will cost $40 million.", "Tom Hale"),
])
def test_a_speaker_right_before_a_verb_that_could_be_a_noun(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The Reno Star reports were wrong about the dam.",
    "Tom Hale remarks about the dam drew anger in Reno.",
    "Reno Water Works claims have been rejected by the court.",
])
def test_no_speaker_before_a_plural_noun(text):
    assert not any(found.startswith(("The Reno Star", "Tom Hale", "Reno Water")) for found in source_texts(text)), \
        source_texts(text)


def test_states_after_a_describing_word_is_a_noun():
    assert source_texts("Coastal states voted for the dam in 2012.") == []



@pytest.mark.parametrize("text, source", [
    ("Ortiz spoke. On Wednesday, he seemed to indicate he knows her habits, warning that Lind is still in control.",
     "he seemed"),
    ("Ortiz spoke. On Thursday, he hedged on whether he would back her, telling the Reno Star his help would depend "
     "on her plan.", "he hedged"),
    ("Ortiz spoke. This year, he rose to the defense of Tom Hale, the embattled head of the water board, who is "
     "under investigation for fraud, saying Hale should be given a medal.", "he rose"),
])
def test_the_participle_is_said_by_the_subject_of_its_clause_not_of_a_clause_inside_it(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, wrong", [
    ("When he arrived, Mayor Tom Hale thanked the crowd, saying the dam would hold.", "he arrived"),
    ("On Monday, the crowd cheered, waving flags.", "the crowd"),
])
def test_no_participle_speaker_from_an_opening_clause_or_without_saying(text, wrong):
    assert not any(found.startswith(wrong) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The retired surgeon has provided no details about his plan, saying only that he was refining it.",
     "The retired surgeon"),
    ("The young actor held a fake audition and said the show was unfair.", "The young actor"),
])
def test_a_subject_named_by_what_they_do_speaks_in_a_later_clause(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The hope is that the council will act, saying nothing of the cost.",
    "The hope has been that the council would respond by finding ways to cut the cost.",
])
def test_no_described_subject_before_be(text):
    assert not any(found.startswith("The hope") for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source, wrong", [
    ("Hale’s office, when reached by the Star, said the former senator couldn’t recall the dinner described in "
     "Lind’s book.", "Hale’s office, when reached by the Star, said", "said the former senator"),
    ("Ortiz, whose coalition includes farmers and teachers, said closed primaries -- open only to members -- deny "
     "many voters a say.", "Ortiz, whose coalition includes farmers and teachers, said", "said closed primaries"),
])
def test_a_verb_of_saying_inside_what_a_speaker_after_an_aside_said_is_not_a_second_source(text, source, wrong):
    """Round 19: the phrase before "recall" or "deny" ran back to the comma and took in "said"; read as a second
    source, its longer span pushed out the speaker whose aside stands before "said"."""
    found = source_texts(text)
    assert source in found and not any(mark.startswith(wrong) for mark in found), found


@pytest.mark.parametrize("text, first, second", [
    ("Hale’s office said the dinner was short, but the senator denied it.", "Hale’s office said",
     "the senator denied"),
    ("Hale’s office, when reached, said nothing, and the former senator denied the story.",
     "Hale’s office, when reached, said", "the former senator denied"),
])
def test_a_second_speaker_in_a_clause_of_their_own_is_still_a_source(text, first, second):
    assert first in source_texts(text) and second in source_texts(text), source_texts(text)
