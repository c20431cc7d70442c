"""Answer forms: one reading per shape of answer; a slip costs its own item and is named in one friendly sentence."""

from __future__ import annotations

import re

import pytest

from medialit.lesson.answers import (
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
    parse_sentence_kinds,
    read_chain,
    read_choice_set,
    read_name_labels,
    read_phrase_labels,
    read_range,
    read_sentence_kinds,
    read_sentence_labels,
    read_sentence_set,
)
from medialit.content.article import load_article

ARTICLE = load_article("riverside-bridge")
ALL_NONE = {n: "none" for n in range(1, 10)}
NAMES = ["Maria Lopez", "City Council", "Local Sources"]
#: Every sentence of ARTICLE tagged, one of them with two kinds: the right form for expect_sentence_kinds.
ALL_KINDS = {**ALL_NONE, 4: {"unnamed", "vague"}}
FORM_OK = "The form of your answer is right"
REST_OK = "The rest of your answer is in a form the grader can read"


def escaped(message: str) -> str:
    return re.escape(message)


@pytest.fixture
def grading(monkeypatch):
    """A visible test as nbgrader runs it (autograde, or a student's Validate): a form problem is an error there,
    which scores the exercise 0."""
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")


@pytest.mark.parametrize("container", [{2, 8}, [2, 8], (8, 2), frozenset({2, 8})])
def test_sentence_numbers_in_any_container_are_read_as_a_set(container):
    assert read_sentence_set(container).value == {2, 8} and not read_sentence_set(container).notes


@pytest.mark.parametrize(
    ("slip", "sentence"),
    [
        ("S2", "'S2' is written with quotes and a letter: write the sentence number alone, like 2; "
               "until then it does not count."),
        ("2", "'2' is written with quotes: write the sentence number alone, like 2; until then it does not count."),
        (2.0, "2.0 is not a whole number: write 2; until then it does not count."),
        (True, "True is not a sentence number: write a number such as 3; until then it does not count."),
        ("two", "'two' is not a sentence number: write a number such as 3; until then it does not count."),
    ],
)
def test_a_slip_in_a_set_is_left_out_and_named_in_one_sentence(slip, sentence):
    reading = read_sentence_set({slip, 3, 8})
    assert reading.value == {3, 8} and reading.notes == (sentence,)


def test_a_number_outside_the_text_is_a_wrong_pick_not_a_slip():
    reading = read_sentence_set({2, 12}, ARTICLE)
    assert reading.value == {2, 12}
    assert reading.notes == ("This text has sentences S1 to S9, so 12 cannot be right: it counts as a wrong pick.",)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (2, "2 is not a set: write one in curly brackets, like {1, 4}."),
        (None, "None is not a set"),
        ("2, 8", "'2, 8' is text in quotes, not a set: write it in curly brackets, like {1, 4}."),
        ({"S2"}, "'S2' is written with quotes and a letter"),
        ({"two", "S"}, "'S' is not a sentence number"),
    ],
)
def test_a_set_with_nothing_gradable_is_one_answer_problem(bad, message):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        read_sentence_set(bad)


def test_labels_are_read_in_any_case_and_blanks_are_untagged():
    reading = read_sentence_labels({1: "Named", 2: " NONE ", 3: ..., 4: None, 5: ""}, ARTICLE)
    assert reading.value == {1: "named", 2: "none"}
    assert reading.notes == ("Not tagged yet: S3, S4, S5, S6, S7, S8, S9. An untagged sentence scores nothing; "
                             "your other tags still count.",)


def test_an_unknown_label_costs_its_sentence_and_lists_the_tags():
    reading = read_sentence_labels({1: "anonymous", 2: "none"})
    assert reading.value == {2: "none"}
    assert reading.notes == ("S1 is tagged 'anonymous', which is not one of the tags (\"named\", \"unnamed\", "
                             "\"vague\", \"none\"); until then S1 does not count.",)


def test_a_right_form_passes_and_says_so(capsys):
    expect_sentence_set({2, 8}, ARTICLE)
    expect_sentence_labels(ALL_NONE, ARTICLE)
    assert capsys.readouterr().out.count(FORM_OK) == 2


def test_the_form_test_names_the_slip_and_lets_the_rest_count(capsys):
    """No error: an error in the test cell would give the whole exercise 0, the items that are right included."""
    expect_sentence_set({"S2", 3, 8}, ARTICLE)
    out = capsys.readouterr().out
    assert "'S2' is written with quotes and a letter: write the sentence number alone, like 2" in out
    assert REST_OK in out and FORM_OK not in out


def test_one_untagged_sentence_is_a_note_not_an_error(capsys):
    expect_sentence_labels({**ALL_NONE, 5: ...}, ARTICLE)
    out = capsys.readouterr().out
    assert "Not tagged yet: S5." in out and REST_OK in out


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([2, 8], "[2, 8] is not a dictionary"),
        ({"S1": "none"}, "The key 'S1' is written with quotes and a letter"),
        ({}, "No sentence is tagged yet"),
        ({1: ..., 2: None}, "No sentence is tagged yet"),
    ],
)
def test_label_answers_with_nothing_gradable_are_explained(value, message, grading):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_sentence_labels(value, ARTICLE)


#: Each visible test, with the arguments a lesson gives it.
VISIBLE_TESTS = [(expect_sentence_set, (ARTICLE,)), (expect_sentence_labels, (ARTICLE,)),
                 (expect_sentence_kinds, (ARTICLE,)), (expect_name_labels, (NAMES, OUTLET_GROUPS)),
                 (expect_phrase_labels, (FRAMING_TECHNIQUES,)), (expect_choice_set, ("ABCD",)),
                 (expect_chain, (NAMES,)), (expect_range, ())]


@pytest.mark.parametrize(("test", "arguments"), VISIBLE_TESTS, ids=[t.__name__ for t, _ in VISIBLE_TESTS])
def test_in_the_students_kernel_an_unanswered_exercise_is_one_line_and_run_all_goes_on(test, arguments, capsys):
    """Issue 26, item 9: a fresh lesson runs top to bottom; each unanswered exercise says so, without an error."""
    test(..., *arguments)
    said = capsys.readouterr().out.strip()
    assert "\n" not in said and said.startswith("You have not answered yet: replace the ... in the answer cell above")


@pytest.mark.parametrize("execution", ["autograde", "validate"])
@pytest.mark.parametrize(("test", "arguments"), VISIBLE_TESTS, ids=[t.__name__ for t, _ in VISIBLE_TESTS])
def test_while_nbgrader_grades_or_validates_an_unanswered_exercise_is_an_error(test, arguments, execution, monkeypatch):
    """An error in the test cell: the exercise scores 0 and its hidden tests do not run."""
    monkeypatch.setenv("NBGRADER_EXECUTION", execution)
    with pytest.raises(AnswerProblem, match="You have not answered yet"):
        test(..., *arguments)


def test_a_long_bad_answer_is_shortened_in_the_message(grading):
    with pytest.raises(AnswerProblem) as problem:
        expect_sentence_set("x" * 500, ARTICLE)
    assert len(str(problem.value)) < 200


def test_sentence_kinds_read_a_kind_or_several_in_any_case_and_container():
    reading = read_sentence_kinds({1: "none", 2: {"Unnamed", " NAMED "}, 3: ["vague"], 4: ("none",),
                                   5: frozenset({"Vague"})})
    assert reading.value == {1: "none", 2: {"unnamed", "named"}, 3: "vague", 4: "none", 5: "vague"}
    assert not reading.notes


def test_the_tagging_tool_still_reads_loose_forms_back():
    """Widgets rebuild their state with parse_sentence_kinds, which reads "S3" keys: it is not a grading reader."""
    assert parse_sentence_kinds({"S2": "named"}) == {2: {"named"}}


@pytest.mark.parametrize(
    ("slip", "sentence"),
    [
        ({1: {"named", "gossip"}}, "S1 is tagged 'gossip', which is not one of the tags"),
        ({1: {"named", 7}}, "S1 is tagged 7, which is not one of the tags"),
        ({1: 7}, "S1 is tagged 7, which is not one of the tags"),
        ({1: "unnamed, named"}, 'S1 has several tags in one string: write them as a set, like {"unnamed", "named"}'),
        ({"three": "named"}, "The key 'three' is not a sentence number"),
        ({True: "named"}, "The key True is not a sentence number"),
    ],
)
def test_a_bad_sentence_of_kinds_costs_only_that_sentence(slip, sentence):
    reading = read_sentence_kinds({**slip, 2: "named"})
    assert reading.value == {2: "named"}
    assert len(reading.notes) == 1 and reading.notes[0].startswith(sentence), reading.notes


@pytest.mark.parametrize("bad", [[1, 2], "named", None, {}, {1: set()}, {1: "gossip"}])
def test_kinds_with_nothing_gradable_are_one_answer_problem(bad):
    with pytest.raises(AnswerProblem):
        read_sentence_kinds(bad)


def test_the_kinds_form_test_notes_slips_and_untagged_sentences(capsys):
    expect_sentence_kinds({**ALL_KINDS, 3: "Named", 5: None, 12: "none"}, ARTICLE)
    out = capsys.readouterr().out
    assert "so 12 cannot be right: it is not graded" in out and "Not tagged yet: S5." in out and REST_OK in out


@pytest.mark.parametrize("given", [{"A", "c"}, ["A", "c"], (" a ", "C")])
def test_choices_are_read_in_any_case(given):
    assert read_choice_set(given).value == {"A", "C"}


def test_choices_left_out_and_choices_that_cost_are_told_apart():
    reading = read_choice_set({"A", "AB", 3, "E"}, "ABCD")
    assert reading.value == {"A", "E"}
    assert reading.notes == (
        '\'AB\' is not one letter: write each choice as a letter in quotes, like "A"; until then it does not count.',
        '3 is not one letter: write each choice as a letter in quotes, like "A"; until then it does not count.',
        '"E" is not among the choices A, B, C, D: it counts as a wrong pick.')


@pytest.mark.parametrize(("bad", "message"), [(1, "1 is not a set"), ("A, C", "is text in quotes"),
                                              ({"A": 1}, "is not a set"), ({"AB"}, "'AB' is not one letter")])
def test_choices_with_nothing_gradable_are_one_answer_problem(bad, message, grading):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_choice_set(bad, "ABCD")


def test_a_chain_is_graded_on_its_links_in_lower_case():
    """A link is who told whom: order matters inside a link, letter case does not."""
    assert chain_links(["Maria Lopez", "City Council", "Local Sources"]) == {
        "maria lopez > city council", "city council > local sources"}
    assert chain_links(["City Council", "Maria Lopez"]) == {"city council > maria lopez"}
    assert chain_links([]) == set()


def test_a_chain_names_what_costs_links():
    reading = read_chain(["Maria Lopez", "Tom Baker", 3, "Maria Lopez"], NAMES)
    assert reading.value == ["Maria Lopez", "Tom Baker", "Maria Lopez"]
    assert reading.notes[0] == "3 is not a name: write names in quotes; until then it does not count."
    assert reading.notes[1].startswith("'Tom Baker' is not in the list, so the links to and from it count as wrong")
    assert reading.notes[2].startswith("A name appears twice in your chain")


@pytest.mark.parametrize(("bad", "message"), [
    (("Maria Lopez", "City Council"), "is not a list of names: write one in square brackets"),
    ("Maria Lopez > City Council", "is not a list of names"),
    (["Maria Lopez"], "A chain needs at least two names: who told, and who heard."),
    ([1, 2], "1 is not a name")])
def test_chains_with_nothing_gradable_are_one_answer_problem(bad, message, grading):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_chain(bad, NAMES)


def test_the_right_forms_of_every_kind_pass_and_say_so(capsys):
    expect_sentence_kinds(ALL_KINDS, ARTICLE)
    expect_sentence_kinds({**ALL_NONE, 2: frozenset({"named"}), 3: "Named"}, ARTICLE)
    expect_choice_set({"A", "C"}, "ABCD")
    expect_chain(["maria lopez", "CITY COUNCIL"], NAMES)
    expect_name_labels({"press tv": "State Media", "BBC": "PUBLIC MEDIA"}, ["Press TV", "BBC"], OUTLET_GROUPS)
    expect_range((200, 999))
    assert capsys.readouterr().out.count(FORM_OK) == 6


def test_a_name_not_in_the_list_or_without_a_label_costs_only_itself():
    reading = read_name_labels({"Press  TV": "state media", "Tom": "monitor", "BBC": None}, ["Press TV", "BBC"],
                               OUTLET_GROUPS)
    assert reading.value == {"Press TV": "state media"}
    assert reading.notes == ('\'Tom\' is not in the list: spell it as the list does ("Press TV", "BBC"); until then '
                             "it does not count.",
                             'Not labelled yet: "BBC". A name without a label scores nothing; your other labels '
                             "still count.")


def test_a_mark_longer_than_six_words_is_a_note_not_an_error(capsys):
    """An error would give the whole exercise 0; the long mark only counts for nothing."""
    expect_phrase_labels({"so-called": "so-called", "one two three four five six seven": "euphemism"},
                         FRAMING_TECHNIQUES)
    out = capsys.readouterr().out
    assert "count for nothing" in out and REST_OK in out


@pytest.mark.parametrize("given", [(200, 999), [200, 999]])
def test_a_range_is_two_whole_numbers_in_brackets(given):
    assert read_range(given).value == (200, 999)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("200-999", "write the lowest and the highest whole number in round brackets"),
        ((200,), "is not a range"),
        ((200, "999"), "is not a range"),
        ((999, 200), "the lower number comes first: write (200, 999)"),
    ],
)
def test_range_form_problems_are_explained(value, message, grading):
    with pytest.raises(AnswerProblem, match=escaped(message)):
        expect_range(value)


@pytest.mark.parametrize("reader", [read_sentence_kinds, lambda v: read_choice_set(v, "ABCD"),
                                    lambda v: read_chain(v, NAMES), read_sentence_set])
def test_long_bad_answers_are_shortened_in_the_message(reader):
    """A student who pastes a whole paragraph must still get one readable sentence back."""
    with pytest.raises(AnswerProblem) as problem:
        reader("x" * 500)
    assert len(str(problem.value)) < 200 and "\n" not in str(problem.value)


def test_every_reader_keeps_to_the_vocabulary_it_is_given():
    assert read_sentence_kinds({1: {"A", "b"}}, None, {"a": "", "b": ""}).value == {1: {"a", "b"}}
    with pytest.raises(AnswerProblem, match='not one of the tags \\("a", "b"\\)'):
        read_sentence_kinds({1: "named"}, None, {"a": "", "b": ""})
    assert SOURCE_KINDS.keys() == {"named", "unnamed", "vague", "none"}


@pytest.mark.parametrize(("value", "message"), [({}, "Nothing is marked yet"), ("so-called", "is not a dictionary of marks")])
def test_no_marks_yet_is_told_apart_from_a_value_that_is_not_marks(value, message):
    with pytest.raises(AnswerProblem, match=message):
        read_phrase_labels(value)


# Marks count only where they are words of the text (issue 25, class 4) ---------------------------------------------

PRACTICE = "one-strike-four-reports"


def test_a_mark_is_read_as_whole_words_as_the_highlighter_marks_them():
    from medialit.lesson.answers import phrase_words

    assert phrase_words("The occupiers\u2019 \u201cprecise\u201d  weapons,") == ["the", "occupiers", "precise", "weapons"]
    assert phrase_words("so-called Syria\u2019s al-Buqa\u2019an") == ["so-called", "syria's", "al-buqa'an"]
    assert phrase_words("smashedterrornest") == ["smashedterrornest"]
    assert phrase_words("terror\u00a0nest") == phrase_words("TERROR  NEST!") == ["terror", "nest"]
    assert phrase_words("sav\u200bage") == ["sav", "age"] and phrase_words("s\u0430vage") == ["s\u0430vage"]
    assert phrase_words("a--b 'c' -d- _e_") == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    "mark",
    [
        "smashedterrornestsocalledfanatics",  # words run together
        "terror nestfanaticsinvaders",
        "Westmark jets smashed a terror nestintheOstaviantownofKessaonTuesdaynight.",  # a sentence, glued
        "savage invaders",  # words of the text, not in its order
        "terror nests",  # a key phrase with more letters
        "brutal slaughter",  # a key word with an invented one
        "surgically",
        "terror-nest",  # punctuation that joins words the text keeps apart, or parts words it keeps together
        "so called",
        "smashed,terror,nest,fanatics",
        "\u0455avage",  # look-alike letters: Cyrillic, full-width
        "fanat\u0456cs",
        "\uff53lammed",
        "sma\u200bshed",  # an invisible character, a non-breaking hyphen inside a word
        "so\u2011called",
        "!!!",  # no words at all
    ],
)
def test_a_mark_that_is_not_words_of_the_text_counts_for_nothing_and_says_so(mark):
    reading = read_phrase_labels({"so-called": "so-called", mark: "loaded label"}, FRAMING_TECHNIQUES, PRACTICE)
    assert reading.value == {"so-called": "so-called"}
    shown = repr(mark) if len(repr(mark)) <= 60 else repr(mark)[:57] + "..."  # a long mark is shortened
    assert reading.notes == (f"Marks that are not words of the text, whole and in its order, count for nothing: "
                             f"{shown}; copy your marks from the highlighter's answer line.",)


@pytest.mark.parametrize(
    "mark",
    ["SMASHED", "Terror  Nest", "terror\u00a0nest", "these fanatics.", "\u201cprecise\u201d", '"precise"',
     "The occupiers\u2019", "occupiers'", "Fourteen martyrs,", "caught\tup", "terror\u200bnest",
     "One air strike, four reports"],
)
def test_a_mark_written_differently_from_the_text_still_counts(mark):
    """Letter case, quotation marks, punctuation and the kind of space between words are not the skill."""
    reading = read_phrase_labels({mark: "loaded label"}, FRAMING_TECHNIQUES, PRACTICE)
    assert list(reading.value) == [" ".join(mark.split())] and reading.notes == ()


def test_marks_are_counted_in_words_not_spaces():
    reading = read_phrase_labels({"smashed,terror,nest,so-called,fanatics,surgical,excuse": "euphemism",
                                  "so-called": "so-called"}, FRAMING_TECHNIQUES)
    assert reading.notes == ("Marks longer than 6 words count for nothing: "
                             "'smashed,terror,nest,so-called,fanatics,surgical,excuse'. Mark just the words that frame.",)


def test_very_many_marks_not_in_the_text_are_named_in_one_short_sentence():
    marks = {f"mark{n}": "loaded label" for n in range(5000)}
    reading = read_phrase_labels({**marks, "so-called": "so-called"}, FRAMING_TECHNIQUES, PRACTICE)
    assert reading.value == {"so-called": "so-called"} and len(reading.notes) == 1
    assert reading.notes[0].count("'mark") == 5 and "and 4995 more;" in reading.notes[0] and len(reading.notes[0]) < 200


def test_marks_with_none_in_the_text_are_one_problem_for_the_visible_test(grading):
    """Nothing gradable: the visible test fails with the sentence, and grading scores 0, as check() says."""
    with pytest.raises(AnswerProblem, match="Marks that are not words of the text"):
        expect_phrase_labels({"smashedterrornest": "loaded label"}, FRAMING_TECHNIQUES, PRACTICE)


def test_the_visible_test_names_marks_that_are_not_in_its_text(capsys):
    expect_phrase_labels({"so-called": "so-called", "terror nests": "loaded label"}, FRAMING_TECHNIQUES, PRACTICE)
    out = capsys.readouterr().out
    assert "'terror nests'; copy your marks from the highlighter's answer line." in out and REST_OK in out


def test_grading_reads_marks_against_the_text_the_visible_test_names():
    """GradePlainValuesOnly finds the reader and its arguments in the test cell; the text is a literal there."""
    import nbformat

    from medialit.classroom.course import COURSE_ROOT
    from medialit.classroom.test_cells import form_tests

    nb = nbformat.read(COURSE_ROOT / "solutions" / "02-state-media-framing" / "02-state-media-framing.ipynb", 4)
    forms = form_tests(nb)
    assert forms["framing_marks"] == (read_phrase_labels, [FRAMING_TECHNIQUES, PRACTICE])
    assert forms["article_framing"] == (read_phrase_labels, [FRAMING_TECHNIQUES, "press-tv-hajin"])


def test_a_long_run_of_spaces_is_read_in_one_pass():
    """The sentence-number pattern once tried every split of the spaces (100,000 took minutes in check())."""
    item = " " * 100_000 + "x"
    reading = read_sentence_set({2, item})
    assert reading.value == {2} and len(reading.notes) == 1


# An item left out for its form is never also "not tagged yet" (issue 26, item 14) -------------------------------

@pytest.mark.parametrize(("read", "answer", "slipped"), [
    (lambda v: read_sentence_labels(v, ARTICLE), {1: "gossip", 2: "none"}, "S1"),
    (lambda v: read_sentence_labels(v, ARTICLE), {"S1": "none", 2: "none"}, "S1"),
    (lambda v: read_sentence_labels(v, ARTICLE), {1.0: "none", 2: "none"}, "S1"),
    (lambda v: read_sentence_kinds(v, ARTICLE), {1: {"named", "gossip"}, 2: "none"}, "S1"),
    (lambda v: read_sentence_kinds(v, ARTICLE), {"1": "named", 2: "none"}, "S1"),
    (lambda v: read_name_labels(v, NAMES, SOURCE_KINDS), {"Maria Lopez": "gossip", "City Council": "named"},
     '"Maria Lopez"'),
    (lambda v: read_name_labels(v, NAMES, SOURCE_KINDS), {"maria lopez": "named, vague", "City Council": "named"},
     '"Maria Lopez"'),
])
def test_an_item_left_out_for_its_form_is_named_once_not_also_untagged(read, answer, slipped):
    """"S1 is tagged 'gossip', which is not one of the tags" and then "Not tagged yet: S1" contradict each other:
    the student did tag S1. The slip is said once; the sentences (or names) not tagged at all are still listed."""
    notes = read(answer).notes
    not_yet = [note for note in notes if note.startswith(("Not tagged yet", "Not labelled yet"))]
    assert len(not_yet) == 1 and not re.search(rf"(: |, ){re.escape(slipped)}[,.]", not_yet[0]), notes
    assert [note for note in notes if note not in not_yet], "the slip is named"


@pytest.mark.parametrize(("test", "arguments", "bad"), [
    (expect_sentence_set, (ARTICLE,), "2, 8"), (expect_sentence_set, (ARTICLE,), {"S2"}),
    (expect_sentence_labels, (ARTICLE,), {}), (expect_sentence_kinds, (ARTICLE,), {1: "gossip"}),
    (expect_name_labels, (NAMES, OUTLET_GROUPS), ["Maria Lopez"]), (expect_phrase_labels, (FRAMING_TECHNIQUES,), {}),
    (expect_choice_set, ("ABCD",), "A, C"), (expect_chain, (NAMES,), ["Maria Lopez"]), (expect_range, (), (9, 2)),
], ids=lambda v: getattr(v, "__name__", None))
def test_in_the_students_kernel_a_form_problem_is_the_same_sentence_in_one_line_not_an_error(test, arguments, bad,
                                                                                                capsys, monkeypatch):
    """Restart and Run All goes on past an answer with nothing gradable (an empty answer line copied from a tool, a
    text in quotes): the visible test says what the grader would, and only grading makes it an error."""
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    with pytest.raises(AnswerProblem) as problem:
        test(bad, *arguments)
    monkeypatch.delenv("NBGRADER_EXECUTION")
    test(bad, *arguments)
    assert capsys.readouterr().out.strip() == f"Not quite ready: {problem.value}"
