"""Answer forms: loose forms are read, bad ones get one friendly sentence."""

from __future__ import annotations

import pytest

from medialit.answers import (
    SOURCE_KINDS,
    AnswerProblem,
    expect_sentence_labels,
    expect_sentence_set,
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
