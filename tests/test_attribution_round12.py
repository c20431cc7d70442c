"""Sources on real news, round 12 of issue 30 (the biggest groups of bench_attribution_polnear.py's misses on
PolNeAR train, counted by the cue's shape): a headline that opens with one word for a document or a group of
people and a colon ("Poll: Ortiz Leads In Reno", "Insiders: Hale will win"), which the headline rule left out
because it only took names; a statement made through a noun of saying after "made" ("made a reference to",
"made no mention of", "made the observation that", "made these same allegations against"), as "made the case for"
already is; a round-up's quotation after a long headline ("VOTERS IN RENO CARE MORE ABOUT … - Ana Bell and Tom
Hale: “…”"), whose colon stood too far on for the headline rule; and a quotation opened with a curly mark and
closed with a straight one (`“did a fine job."`, a typing slip common in real news), which was read as a
quotation closing from an earlier sentence, so that the whole sentence, speaker and all, counted as quoted; and
the speaker between a quotation that closes from an earlier sentence and one that opens after him
(`… fast,'' Mr. Ortiz said. ''I'm not …`), read as quoted between two straight marks; and a view given as a
sentence that opens with "To" and someone ("To Ortiz, the dam is a symbol of …", "But to others, he is …"); and
"according to" followed by words the source lists do not know ("according to someone in attendance",
"according to him", a web address), which always cite someone unless they name a plan or the rules ("according to plan").
One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_marks, source_texts


@pytest.mark.parametrize("text, source, kind", [
    ("Poll: Ortiz Leads Hale By Ten Points In Reno.", "Poll:", "named"),
    ("Report: The Dam Was Never Inspected.", "Report:", "named"),
    ("Insiders: Hale will win the Reno primary.", "Insiders:", "vague"),
    ("Historians: Ortiz and Hale linked no matter what.", "Historians:", "vague"),
])
def test_a_headline_opened_by_a_document_or_a_group_and_a_colon(text, source, kind):
    assert (source, kind) in [(found, k) for found, k, _ in source_marks(text)], source_marks(text)


@pytest.mark.parametrize("text", [
    "Update: The road to the dam is open again.",  # a label, not a speaker
    "Photos: The flood in Reno.",
    "Poll: how we asked Reno voters.",  # not a headline's words after the colon
    "Among its findings: The dam was never inspected.",  # more than one word before the colon
    "Ortiz and Hale: A Feud Over The Dam.",  # two names and a title, no quotation
])
def test_no_headline_speaker_for_a_label(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz also made a reference to the flood of 1997 in her speech.", "Ortiz"),
    ("Sen. Tom Hale has made veiled references to Lind's voting record.", "Sen. Tom Hale"),
    ("In a break with the past, Lind made no mention of the dam.", "Lind"),
    ("Hale made the observation that the levee had never failed.", "Hale"),
    ("The Reno Star made these same allegations against the council in May.", "The Reno Star"),
    ("Ortiz made the point that no one had inspected the dam.", "Ortiz"),
])
def test_a_statement_made_through_a_noun_of_saying(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz made a point to visit the dam every spring.",  # a habit, not a statement
    "Lind made the point of the pencil sharp.",
    "Hale made references for the new engineers in Reno.",  # letters of reference, written for others
    "Lind made an interesting observation about the river.",  # the writer sums up: no words of hers given
])
def test_no_statement_made_through_a_noun_that_says_nothing(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("VOTERS IN RENO CARE MORE ABOUT THE DAM THAN ABOUT THE NEW ROAD TO THE LAKE THIS YEAR - Ana Bell and Tom Hale: "
     "“We found that the dam matters most to older voters.”", "Ana Bell and Tom Hale:"),
    ("The samples of voters in the Reno survey were not large enough to be sure of the result - Reno Polling Group: "
     "“All the samples were small.”", "Reno Polling Group:"),
])
def test_a_round_up_quotation_after_a_long_headline(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "The mayor spent the whole of the long day at the dam in Reno before the storm came - Ortiz wrote: the rain.",
    "The mayor spent the whole of the long day at the dam in Reno before the storm came and then told the crowd: "
    "“Go home.”",  # no dash before a name: the mayor speaks ("told"), which other rules read
])
def test_no_round_up_speaker_without_a_dash_name_and_quotation(text):
    assert not any(found.endswith(":") for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ('Ortiz said the council “did a remarkable job on the dam."', "Ortiz said"),
    ('Still, she added, “we cannot ignore the river since the dam was built in 2007."', "she added"),
    ('Hale told the Reno Star the dam is not perfect but “getting better and better."', "Hale told"),
])
def test_a_quotation_opened_curly_and_closed_straight(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, quoted", [
    ('the river is low and Lind says the dam is safe," Ortiz said.', "Lind"),
    # a quoted passage that quotes someone: the straight mark ends the passage, begun in an earlier sentence
    ('the levee will hold, “as Hale says,” Ortiz wrote in May."', "Ortiz"),
])
def test_a_straight_mark_still_closes_a_quotation_from_an_earlier_sentence(text, quoted):
    found = source_texts(text)
    assert not any(quoted in source for source in found), found


@pytest.mark.parametrize("text, source", [
    ("we will get used to it fast,'' Mr. Ortiz said. ''I'm not going to be beaten.", "Mr. Ortiz said"),
    ("the dam needs work,'' said Ana Lind, a Reno engineer. ''The river is high.", "said Ana Lind, a Reno engineer"),
])
def test_a_speaker_between_a_closing_and_an_opening_straight_mark(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "He said, ''we will go,'' and Hale told him ''no.''",  # both quotations open and close here
])
def test_straight_marks_that_open_and_close_in_the_sentence(text):
    assert "He said" in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source, kind", [
    ("To Ana Ortiz, the dam is a symbol of everything the town lost.", "To Ana Ortiz", "named"),
    ("To Mr. Hale, who has studied the river for years, the flood was no surprise.", "To Mr. Hale", "named"),
    ("To many, the levee is a waste of money.", "To many", "vague"),
    ("But to others, he is a hero who saved the town.", "to others", "vague"),
])
def test_a_view_given_by_to_and_someone(text, source, kind):
    assert (source, kind) in [(found, k) for found, k, _ in source_marks(text)], source_marks(text)


@pytest.mark.parametrize("text", [
    "To this day, the dam leaks.",
    "To date, nobody has paid for the levee.",
    "To be sure, the river was high.",
    "To the north, the road is closed.",
    "Ortiz went to Reno, where the dam is.",  # not at the start of the sentence
])
def test_no_view_for_to_and_a_time_or_a_place(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The mayor held a meeting in her office, according to someone in attendance.", "according to someone in attendance"),
    ("Ortiz asked the board to drop the plan, according to two senators present.", "according to two senators present"),
    ("Ortiz said the dam was weak. The levee, according to him, was worse.", "according to him"),
    ("The dam was built in 1931, according to reno-history.org.", "according to reno-history.org"),
])
def test_according_to_always_cites_someone(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "Everything at the dam went according to plan.",
    "The seats in the hall were arranged according to age.",
])
def test_according_to_a_plan_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)
