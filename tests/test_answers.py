"""Answer forms: loose forms are read, bad ones get one friendly sentence."""

from __future__ import annotations

import re

import pytest

from medialit.answers import (
    FRAMING_TECHNIQUES,
    OUTLET_GROUPS,
    SOURCE_KINDS,
    AnswerProblem,
    chain_links,
    expect_chain,
    expect_choice_set,
    expect_name_labels,
    expect_phrase_labels,
    expect_range,
    expect_sentence_kinds,
    expect_sentence_labels,
    expect_sentence_set,
    parse_range,
    parse_choice_set,
    parse_sentence_kinds,
    parse_sentence_labels,
    parse_sentence_set,
)
from medialit.article import load_article

ARTICLE = load_article("riverside-bridge")
ALL_NONE = {n: "none" for n in range(1, 10)}


@pytest.mark.parametrize(
    "loose", [{2, 8}, [2, 8], (8, 2), {"S2", "S8"}, ["s2", " 8 "], "2, 8", "{2, 8}", "S2 S8", "[S2,S8]"]
)
def test_loose_forms_of_a_set_are_read(loose):
    assert parse_sentence_set(loose) == {2, 8}


@pytest.mark.parametrize("bad", [2, None, 2.5, {True}, {"two"}, {"S"}])
def test_unreadable_sets_are_answer_problems(bad):
    with pytest.raises(AnswerProblem):
        parse_sentence_set(bad)


def test_labels_accept_s_keys_and_any_case():
    assert parse_sentence_labels({"S1": "Named", 2: " NONE "}, SOURCE_KINDS) == {1: "named", 2: "none"}


def test_an_unknown_label_lists_the_tags():
    with pytest.raises(AnswerProblem, match='"named", "unnamed", "vague", "none"'):
        parse_sentence_labels({1: "anonymous"}, SOURCE_KINDS)


def test_a_right_form_passes_and_says_so(capsys):
    expect_sentence_set({2, 8}, ARTICLE)
    expect_sentence_labels(ALL_NONE, ARTICLE)
    assert capsys.readouterr().out.count("The form of your answer is right") == 2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (..., "You have not answered yet"),
        ([2, 8], "write a set of sentence numbers like {1, 4}"),
        ({"S2"}, "write a set of sentence numbers like {1, 4}"),
        ({2, 12}, "S1 to S9, so 12 cannot be right"),
        ({0}, "S1 to S9, so 0 cannot be right"),
    ],
)
def test_set_form_problems_are_explained(value, message):
    with pytest.raises(AnswerProblem, match=message.replace("{", r"\{").replace("}", r"\}")):
        expect_sentence_set(value, ARTICLE)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (..., "You have not answered yet"),
        ({2, 8}, "is not in the right form"),
        ({"S1": "none"}, "is not in the right form"),
        ({**ALL_NONE, 3: "Named"}, "S3 \\('Named'\\)"),
        ({1: "none"}, "Still untagged: S2, S3"),
    ],
)
def test_label_form_problems_are_explained(value, message):
    with pytest.raises(AnswerProblem, match=message):
        expect_sentence_labels(value, ARTICLE)


def test_a_long_bad_answer_is_shortened_in_the_message():
    with pytest.raises(AnswerProblem) as problem:
        expect_sentence_set("x" * 500, ARTICLE)
    assert len(str(problem.value)) < 200


# Answers that allow every defensible reading: kinds per sentence, choice letters, chains.

NAMES = ["Maria Lopez", "City Council", "Local Sources"]
#: Every sentence of ARTICLE tagged, one of them with two kinds: the right form for expect_sentence_kinds.
ALL_KINDS = {**ALL_NONE, 4: {"unnamed", "vague"}}


def escaped(message: str) -> str:
    """``message`` as a literal pattern for pytest.raises(match=...)."""
    return re.escape(message)


def test_sentence_kinds_read_one_kind_or_several_in_any_case_and_container():
    """Students type a plain tag, a set, a list or a tuple, with S keys and stray capitals or spaces."""
    loose = {1: "none", "S2": {"Unnamed", " NAMED "}, "s3": ["vague"], 4: ("none",), " 5 ": frozenset({"Vague"})}
    assert parse_sentence_kinds(loose) == {1: {"none"}, 2: {"unnamed", "named"}, 3: {"vague"}, 4: {"none"},
                                           5: {"vague"}}


def test_sentence_kinds_use_the_vocabulary_they_are_given():
    """The same reader serves any set of labels, not only the kinds of source."""
    assert parse_sentence_kinds({1: {"A", "b"}}, {"a": "", "b": ""}) == {1: {"a", "b"}}
    with pytest.raises(AnswerProblem, match="not one of the tags: \"a\", \"b\""):
        parse_sentence_kinds({1: "named"}, {"a": "", "b": ""})


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ([1, 2], "is not a dictionary: write one like {1: \"named\", 2: {\"vague\", \"named\"}}"),
        ("named", "'named' is not a dictionary"),
        (None, "None is not a dictionary"),
        ({1: {"named", "gossip"}}, "S1 is tagged 'gossip', which is not one of the tags: \"named\", \"unnamed\""),
        ({2: set()}, "S2 needs a tag like \"named\", or a set of tags like {\"vague\", \"named\"}"),
        ({2: []}, "S2 needs a tag like \"named\""),
        ({3: 7}, "S3 needs a tag like \"named\""),
        ({3: {7}}, "S3 is tagged 7, which is not one of the tags"),
        ({"three": "named"}, "'three' is not a sentence number"),
        ({True: "named"}, "True is not a sentence number"),
    ],
)
def test_bad_sentence_kinds_are_friendly_answer_problems(bad, message):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        parse_sentence_kinds(bad)


@pytest.mark.parametrize(
    "loose",
    [{"A", "C"}, {"a", "c"}, ["A", "c"], ("c", "a"), frozenset("AC"), "a, c", "A C", " a ,c ", "{'A', 'C'}",
     '["A","C"]', "(A,C)", [" a ", "C", "c"]],
)
def test_loose_forms_of_choices_are_read(loose):
    assert parse_choice_set(loose) == {"A", "C"}


@pytest.mark.parametrize("loose", [["A"], "A", "a", {"a"}, " 'A' ", ("A",)])
def test_a_single_choice_is_read_in_any_form(loose):
    assert parse_choice_set(loose) == {"A"}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (1, "1 is not a set of letters: write one like {\"A\", \"C\"}"),
        (None, "None is not a set of letters"),
        ({"A": 1}, "is not a set of letters"),
        ({"AB"}, "'AB' is not a choice: write the letters of your choices"),
        ("A and C", "'and' is not a choice"),
        ({"A", 3}, "3 is not a choice"),
        ({"É"}, "'É' is not a choice"),
        ({""}, "'' is not a choice"),
    ],
)
def test_bad_choices_are_friendly_answer_problems(bad, message):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        parse_choice_set(bad)


def test_a_chain_is_graded_on_its_links_in_lower_case():
    """A link is who told whom: order matters inside a link, letter case does not."""
    assert chain_links(["Maria Lopez", "City Council", "Local Sources"]) == {
        "maria lopez > city council", "city council > local sources"}
    assert chain_links(["City Council", "Maria Lopez"]) == {"city council > maria lopez"}
    assert chain_links(["Maria Lopez"]) == set()
    assert chain_links([]) == set()


def test_the_new_right_forms_pass_and_say_so(capsys):
    expect_sentence_kinds(ALL_KINDS, ARTICLE)
    expect_sentence_kinds({**ALL_NONE, 2: frozenset({"named"})}, ARTICLE)
    expect_choice_set({"A", "C"}, "ABCD")
    expect_choice_set(frozenset({"D"}), "ABCD")
    expect_chain(["Maria Lopez", "City Council", "Local Sources"], NAMES)
    assert capsys.readouterr().out.count("The form of your answer is right") == 5


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (..., "You have not answered yet: replace the ... with a dictionary like {1: \"named\", 2: {"),
        ([1, 2], "is not in the right form: write a dictionary from sentence numbers to tags"),
        ({"S1": "none"}, "is not in the right form"),
        ({**ALL_KINDS, 12: "none"}, "S1 to S9, so 12 cannot be right"),
        ({**ALL_KINDS, 3: {"named", "gossip"}},
         "S3 is tagged 'gossip', which is not one of the tags: \"named\", \"unnamed\", \"vague\", \"none\"."),
        ({**ALL_KINDS, 3: "unnamed, named"}, "S3 has several tags in one string: write them as a set"),
        ({**ALL_KINDS, 3: set()},
         "S3 needs a tag like \"named\", or a set of tags like {\"vague\", \"named\"}, not set()"),
        ({**ALL_KINDS, 3: ["named", "vague"]}, "S3 needs a tag like \"named\""),
        ({**ALL_KINDS, 3: {1}}, "S3 needs a tag like \"named\""),
        ({**ALL_KINDS, 3: None}, "S3 needs a tag like \"named\""),
        ({1: "none", 4: {"vague", "named"}}, "Every sentence needs a tag. Still untagged: S2, S3, S5, S6, S7, S8, S9."),
        ({}, "Still untagged: S1, S2"),
    ],
)
def test_sentence_kinds_form_problems_are_explained(value, message):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_sentence_kinds(value, ARTICLE)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (..., "You have not answered yet: replace the ... with a set of letters like {\"A\", \"B\"}"),
        ("A, C", "'A, C' is not in the right form: write a set of letters like {\"A\", \"B\"}"),
        (["A"], "['A'] is not in the right form"),
        (set(), "set() is not in the right form"),
        ({1}, "{1} is not in the right form"),
        ({"a", "C"}, "These are not among the choices: 'a'. Use the capital letters A, B, C, D."),
        ({"Z", "A", "E"}, "These are not among the choices: 'E', 'Z'."),
    ],
)
def test_choice_form_problems_are_explained(value, message):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_choice_set(value, "ABCD")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (..., "You have not answered yet: replace the ... with a list of names like "
              "[\"Maria Lopez\", \"City Council\"]"),
        (("Maria Lopez", "City Council"), "is not in the right form: write a list of names in square brackets"),
        ("Maria Lopez > City Council", "is not in the right form"),
        (["Maria Lopez", 2], "is not in the right form"),
        (["Maria  Lopez", "City Council"], "These names are not in the list: 'Maria  Lopez'. Spell each one as the "
                                           "list does: \"Maria Lopez\", \"City Council\", \"Local Sources\"."),
        (["Maria Lopez", "Tom Baker", "Riverside"], "These names are not in the list: 'Tom Baker', 'Riverside'."),
        (["Maria Lopez"], "A chain needs at least two names: who told, and who heard."),
        ([], "A chain needs at least two names"),
        (["Maria Lopez", "City Council", "Maria Lopez"], "A name appears twice in your chain"),
    ],
)
def test_chain_form_problems_are_explained(value, message):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_chain(value, NAMES)


@pytest.mark.parametrize(
    "check",
    [
        lambda: expect_sentence_kinds("x" * 500, ARTICLE),
        lambda: expect_choice_set("x" * 500, "ABCD"),
        lambda: expect_chain("x" * 500, NAMES),
        lambda: parse_sentence_kinds("x" * 500),
        lambda: parse_choice_set(list(range(500))),
    ],
)
def test_long_bad_answers_of_the_new_forms_are_shortened_in_the_message(check):
    """A student who pastes a whole paragraph must still get one readable sentence back."""
    with pytest.raises(AnswerProblem) as problem:
        check()
    assert len(str(problem.value)) < 200 and "\n" not in str(problem.value)


def test_a_chain_in_any_letter_case_has_the_right_form(capsys):
    """The hidden test reads names in lower case, so the visible test must not refuse other cases."""
    expect_chain(["maria lopez", "CITY COUNCIL"], ["Maria Lopez", "City Council", "Local Sources"])
    assert "The form of your answer is right" in capsys.readouterr().out
    with pytest.raises(AnswerProblem, match="appears twice"):
        expect_chain(["Maria Lopez", "maria lopez"], ["Maria Lopez", "City Council"])


@pytest.mark.parametrize("value", [{"AB"}, {""}, {"ABCD"}])
def test_letters_run_together_are_not_a_choice(value):
    """A substring of "ABCD" is not one of its letters: the hidden test would score it 0."""
    with pytest.raises(AnswerProblem, match="not among the choices"):
        expect_choice_set(value, "ABCD")


def test_a_nested_list_of_letters_is_explained_not_a_crash():
    with pytest.raises(AnswerProblem, match="is not a choice"):
        parse_choice_set([["A"]])


def test_several_kinds_typed_as_one_string_are_shown_as_a_set():
    with pytest.raises(AnswerProblem, match=re.escape('S2 has several tags in one string: write them as a set, like {"unnamed", "named"}.')):
        parse_sentence_kinds({2: "unnamed, named"})


def test_a_kind_in_capitals_has_the_right_form(capsys):
    """The hidden test reads kinds in lower case, so the visible test must not refuse "Named"."""
    expect_sentence_kinds({**ALL_KINDS, 3: "Named"}, ARTICLE)
    assert "The form of your answer is right" in capsys.readouterr().out



def test_names_and_groups_in_any_letter_case_have_the_right_form(capsys):
    """The hidden test reads names and groups in lower case, so the visible test must not refuse capitals."""
    expect_name_labels({"press tv": "State Media", "BBC": "PUBLIC MEDIA"}, ["Press TV", "BBC"], OUTLET_GROUPS)
    assert "The form of your answer is right" in capsys.readouterr().out


def test_a_mark_longer_than_six_words_is_a_note_not_an_error(capsys):
    """An error would give the whole exercise 0; the long mark only counts for nothing."""
    expect_phrase_labels({"so-called": "so-called", "one two three four five six seven": "euphemism"},
                         FRAMING_TECHNIQUES)
    out = capsys.readouterr().out
    assert "The form of your answer is right" in out and "count for nothing" in out


@pytest.mark.parametrize("loose", [(200, 999), [200, 999], "200-999", "(200, 999)", "200–999"])
def test_a_range_is_read_in_loose_forms(loose):
    assert parse_range(loose) == (200, 999)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (..., "replace the ... with a range like (10, 99)"),
        ([200, 999], "write two whole numbers in round brackets"),
        ((200,), "write two whole numbers in round brackets"),
        ((200, "999"), "write two whole numbers in round brackets"),
        ((999, 200), "the lower number comes first: write (200, 999)"),
    ],
)
def test_range_form_problems_are_explained(value, message):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_range(value)
