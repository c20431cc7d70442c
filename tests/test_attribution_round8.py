"""Sources on real news where the parse or the word-position rules went wrong, round 8 of issue 30 (the classes of
bench_attribution_polnear.py's --saying-only misses on PolNeAR train, biggest first): a pronoun that speaks a
second time in one sentence, in a clause of its own ("…,” she said.", "When asked …, he said", "… - but he
said"), and a speaker after a dateline whose verb of saying comes after "and".
One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ('Voters who think "the river can wait are wrong," she said.', "she said"),
    ("The council has added a new rule on boats, she noted.", "she noted"),
    ("He firmly believes, he said, that the bridge will hold.", "he said"),
    ("Ortiz said he had not seen the flood, and when asked whether he was worried, he said he was not.", "he said"),
    ("Asked by a reporter whether she had read the plan, she said she had read it twice.", "she said"),
    ("The mayor praised the builders, calling it a feat - but she said the work is far from done.", "she said"),
])
def test_a_pronoun_in_a_clause_of_its_own_speaks_again(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz accused the council of waste, where he said the money had gone.", "he said"),
])
def test_a_pronoun_inside_what_is_reported_is_no_second_source(text, source):
    assert source not in source_texts(text), source_texts(text)


def test_the_speaker_after_a_dateline_speaks_through_and_said():
    text = "RENO — Sen. Ana Ortiz (D-Nev.) on Monday toured the new levee and said the town was safe."
    assert any(found.startswith("Sen. Ana Ortiz") for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("“The levee will hold,” writes Ana Ortiz.", "writes Ana Ortiz"),
    ("“I'm a voter,” declares Tina Lind, 27, a nurse from Reno.", "declares Tina Lind"),
    ("The dam is weak, argues Ortiz, an engineer at the water board.", "argues Ortiz"),
    ("“We are ready,” predicted Marta Lind.", "predicted Marta Lind"),
])
def test_any_verb_of_saying_inverted_after_a_quotation_or_comma(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The crowd cheered, praised Ortiz and went home.",
    "“The levee will hold,” reads the sign.",
])
def test_no_inverted_source_without_a_name_standing_alone(text):
    assert not any("Ortiz" in found or "sign" in found for found in source_texts(text)), source_texts(text)


def test_told_after_a_quotation_names_the_listener_not_the_speaker():
    found = source_texts("The vote will shift against her,” Tom Hale, a scientist at Reno College, told The Hill.")
    assert found == ["Tom Hale, a scientist at Reno College, told"], found


@pytest.mark.parametrize("text, source", [
    ("Two maps disagree. One says the river floods each spring.", "One says"),
    ("Two guards saw it. Another said the gate was open.", "Another said"),
])
def test_one_or_another_alone_opening_a_sentence_is_one_person(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "No one said the gate was open.",
    "One might say the gate was open.",
    "Which one says the truth?",
])
def test_no_one_or_anyone_at_all_is_no_source(text):
    assert not any("one" in found.lower() for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Lind was a careful planner - a former aide said she read every report.", "a former aide said"),
    ("Jane Doe - a former aide to the mayor - said the plan failed.", "Jane Doe"),
    ("The US-led coalition said the strike hit its target.", "The US-led coalition said"),
])
def test_a_hyphen_standing_apart_is_a_dash(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz paused, then said the plan would fail.", "Ortiz"),
    ("Ortiz looks at the map, then says the plan will fail.", "Ortiz"),
])
def test_then_said_after_a_comma_shares_the_first_verbs_subject(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("The GOP front-runner said the plan was weak.", "The GOP front-runner said"),
    ("Appearing on CNN, the front-runner said the plan was weak.", "the front-runner said"),
    ("“He has always been a leader,” said the 46-year-old.", "said the 46-year-old"),
    ("The 46-year-old said she would vote for him.", "The 46-year-old said"),
    ("The president-elect said the plan was weak.", "The president-elect said"),
])
def test_a_person_named_by_a_hyphenated_word_speaks(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "It was a long-awaited report on the river.",
    "The much-repeated claim was false.",
])
def test_a_word_after_a_hyphenated_one_is_no_cue(text):
    assert source_texts(text) == []


def test_will_with_a_capital_inside_a_name_is_no_modal():
    text = "“The fees are too high,” said Will Doyle, a professor at Reno College."
    assert any(found.startswith("said Will Doyle") for found in source_texts(text)), source_texts(text)


def test_a_clause_with_will_after_said_is_no_name():
    assert not any("will" in found for found in source_texts("Ortiz said the river will rise."))


@pytest.mark.parametrize("text, source", [
    ("Ortiz, during a town hall meeting in Reno, Nevada, said the dam was weak.", "Ortiz"),
    ("Ortiz, at a rally on Monday, said the dam was weak.", "Ortiz"),
])
def test_the_speaker_before_an_aside_that_tells_where_or_when(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)
