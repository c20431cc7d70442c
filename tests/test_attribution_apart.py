"""Sources on real news whose speaker stands apart from the verb of saying, round 9 of issue 30 (the classes of
bench_attribution_polnear.py's --saying-only misses on PolNeAR train): "according to" closing a sentence that
reports what someone said; a name, then an aside between commas or dashes, or a phrase of time, then the verb
("Sen. Hale, facing a race in Nevada, a swing state, said", "Hale, the chairman, this past week announced"); a
thing after an inverted verb ("Hale, for example, said Ortiz's visit …": Hale speaks); the subject that opens the
sentence speaking through a later "and said" or ", saying" past its asides; a verb of saying after "after",
"while" or "before" ("lost the crowd after questioning …"); and a phrase of saying that opens the sentence
("Noting that …, Ortiz put …").
One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("The mayor told her that the dam was not safe, according to an account she gave to the Reno Star.",
     "according to an account she gave to the Reno Star"),
    ("About 40 teachers have said that they will join the march, according to an organizer.",
     "according to an organizer"),
    ("Ortiz announced last week that she hired a new adviser, according to the Reno Star.",
     "according to the Reno Star"),
])
def test_according_to_closing_a_reported_clause_names_its_own_source(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Sen. Tom Hale, facing a hard race in Nevada, a swing state, said he would welcome Ortiz.", "Sen. Tom Hale"),
    ("Ortiz, speaking at a rally in Reno, Nev., warned that the dam would fail.", "Ortiz"),
    ("Ana Lind, the editor of the city's paper, the Reno Star, said every mayor was political.", "Ana Lind"),
])
def test_the_name_before_an_aside_between_commas_speaks(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("County Chairman Will Hale, for example, said Ortiz's visit to Reno — the biggest city — would earn attention.",
     "County Chairman Will Hale"),
    ("The Water Watch group, in releasing the letter, noted testimony by Greg Hale, the former deputy.",
     "The Water Watch group"),
])
def test_a_thing_after_the_verb_is_what_was_said_not_who_said_it(text, source):
    found = source_texts(text)
    assert any(f.startswith(source) for f in found), found
    assert not any("visit" in f or "testimony" in f for f in found), found


@pytest.mark.parametrize("text, wrong", [
    ("Tom Lind, the mayor, said the bridge is safe.", "the mayor, said"),  # the name, not its description, opens
    ("The flood hit Reno, the state capital, said nothing of the dam.", "Reno"),
    ("After meeting Ortiz, the head of the union, a veteran, said the talks failed.", "After meeting Ortiz"),
])
def test_no_aside_taken_for_the_speaker(text, wrong):
    assert not any(f.startswith(wrong) for f in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("“The levee will hold,” said Ana Lind, a spokeswoman for the council.", "said Ana Lind"),
    ("The dam is weak, said the chairman of the water board.", "said the chairman of the water board"),
    ("The march will go ahead, said one of the organizers.", "said one of the organizers"),
    ("The vote was rigged, said Ortiz's spokesman.", "said Ortiz's spokesman"),
])
def test_an_inverted_speaker_is_still_found(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The departments declined to provide any documents, saying they cannot discuss the case.", "The departments"),
    ("Ortiz's campaign shrugged off Lind's comments, telling reporters, “Nobody asked for his help.”", "Ortiz's campaign"),
    ("Gary Hale, a former state party chairman, became a delegate and said he is leaning toward Ortiz.",
     "Gary Hale"),
    ("House Democrats, looking for a way to shake up the debate, seized the floor and said they would stay.",
     "House Democrats"),
    ("John Hale, the chairman of Bucks County, recalled his own ties to the mayor, telling reporters he met her.",
     "John Hale"),
])
def test_the_subject_that_opens_the_sentence_speaks_through_a_later_verb(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, wrong", [
    ("The bridge, a steel arch, swayed in the wind and said nothing.", "The bridge"),
    ("Ortiz's car, a red van, broke down, saying more about the roads than the driver.", "Ortiz's car"),
])
def test_no_thing_that_opens_the_sentence_speaks(text, wrong):
    assert not any(found.startswith(wrong) for found in source_texts(text)), source_texts(text)


def test_a_body_word_that_describes_a_thing_does_not_speak():
    text = "The state economy grew in spring and said little about jobs."
    assert not any(found.startswith("The state") for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("In recent days, Ortiz has tried to win back voters by promising a new bridge.", "Ortiz"),
    ("Tom Hale broke a long silence on Monday by telling reporters the court had erred.", "Tom Hale"),
    ("The mayor lost the crowd after questioning the council's budget in an interview.", "The mayor"),
    ("Her allies have been trying to calm the town, while urging the mayor's critics to wait.", "Her allies"),
])
def test_a_verb_of_saying_after_by_while_or_after_is_said_by_the_clause_subject(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The bridge was closed after warning lights failed.",
    "Ortiz fixed the dam after the vote by the council.",
])
def test_no_speaker_for_a_thing_or_without_a_verb_of_saying(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Declaring that he alone can fix the dam, the retired engineer offered himself as a candidate.",
     "the retired engineer"),
    ("Noting that both mayors faced a hostile press, Ortiz put her finger on one fact.", "Ortiz"),
    ("Since announcing in October that he would not run, Mr. Hale has been a loyal ally.", "Mr. Hale"),
    ('In declaring the plan "not fair," the mayor again showed her knack for a fight.', "the mayor"),
    ("Having announced that he would not send me to prison, Judge Hale handed down his sentence.", "Judge Hale"),
])
def test_an_opening_phrase_of_saying_is_said_by_the_subject_after_its_comma(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Noting the late hour, the bridge closed early.",
    "Saying goodbye to the river, we walked home.",
])
def test_no_opening_phrase_speaker_that_is_a_thing_or_the_writer(text):
    assert source_texts(text) == [], source_texts(text)


def test_an_opening_phrase_of_saying_gives_one_speaker():
    text = "Noting that only Sen. Tom Kirk (R-Ill.) voted with them, Ortiz added: “That is the problem.”"
    assert source_texts(text) == ["Ortiz added"], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ('Front-runner Tom Hale - who once said he would "tear down" the dam - said at a rally that roads must close.',
     "Front-runner Tom Hale"),
    ("On his way out of the race, Mr. Hale - in a line aimed at Ortiz - declared that a mayor must serve everyone.",
     "Mr. Hale"),
    ("Some economists - including a few of the bank's own board - warn that the bank could slow growth.",
     "Some economists"),
])
def test_the_speaker_before_an_aside_between_dashes_speaks(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


def test_a_hyphen_inside_a_word_makes_no_verb_of_saying():
    assert source_texts("It was a so-called victory for Ortiz, a well-said line.") == []


@pytest.mark.parametrize("text, source", [
    ("Tom Hale, the party chairman, this past week announced the creation of a website.", "Tom Hale"),
    ("Ortiz at the time said he had asked his staff to look into it.", "Ortiz"),
    ("Rep. Ana Lind (D-Calif.) last month joked to the mayor that the river would wait.", "Rep. Ana Lind"),
])
def test_a_time_between_the_speaker_and_the_verb_stays_out_of_the_way(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)
