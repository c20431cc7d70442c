"""The hashed keys that check() ships are built from the solutions and hold no readable answer."""

from __future__ import annotations

import json
import re

import pytest

from medialit.keys.answer_hashes import CHECKS_DIR, SELF_STUDY_CHECKS, item_hash
from medialit.content.article import load_article
from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.answer_keys import build_all, exercise_keys, form_only, render


SELF_STUDY = COURSE_ROOT / "lessons" / SELF_STUDY_CHECKS


def test_committed_keys_match_the_solutions(course_root):
    built = build_all(course_root / "solutions")
    committed = {path.name: path.read_text() for path in SELF_STUDY.glob("*.json")}
    assert committed == {name: render(keys) for name, keys in built.items()}, "run `make lessons`"
    packaged = {path.name: path.read_text() for path in CHECKS_DIR.glob("*.json")}
    assert packaged == {name: render(form_only(keys)) for name, keys in built.items()}, "run `make lessons`"


def test_the_package_carries_no_key_so_a_class_can_recover_none():
    """The recovery attack on the package's data: no salt, no hash, nothing to try answers against."""
    for path in CHECKS_DIR.glob("*.json"):
        text = path.read_text()
        assert '"salt"' not in text and '"hash' not in text and '"items"' not in text and '"words"' not in text
        for exercise in json.loads(text)["exercises"].values():
            assert set(exercise) <= {"kind", "form", "vocabulary", "article", "names", "choices"}


def test_what_the_package_adds_is_already_on_the_students_screen():
    """The names to label and the letters offered are each written in the lesson's own visible test."""
    for path in CHECKS_DIR.glob("*.json"):
        lesson = json.loads(path.read_text())
        release = (COURSE_ROOT / "lessons" / lesson["lesson"] / f"{lesson['lesson']}.ipynb").read_text()
        for name, exercise in lesson["exercises"].items():
            for shown in ("names", "choices"):
                if shown in exercise:
                    assert json.dumps(json.dumps(exercise[shown]))[1:-1] in release, (name, shown)


def test_exercise_names_are_unique_across_lessons():
    names = [name for path in SELF_STUDY.glob("*.json") for name in json.loads(path.read_text())["exercises"]]
    assert names and len(names) == len(set(names))


def test_key_files_hold_no_sentence_numbers_or_tag_pairs():
    for path in SELF_STUDY.glob("*.json"):
        for exercise in json.loads(path.read_text())["exercises"].values():
            for item in exercise.get("items", []):
                assert set(item) == {"hash", "paragraph"}
            text = json.dumps(exercise.get("hashes", []))
            assert '":' not in text and "named" not in text


def test_a_phrase_key_word_missing_from_the_text_stops_the_build():
    with pytest.raises(ValueError, match="'drone' is not in the text 'one-strike-four-reports'"):
        exercise_keys("framing_marks", {"drone": {"loaded label"}}, "salt", load_article("one-strike-four-reports"))


# Keys that accept every defensible answer: a list of sets, or per sentence a list of sets of kinds.

RIVERSIDE = load_article("riverside-bridge")
SALT = "test-salt"
#: Structural words a key file may hold; everything else must be a hash.
STRUCTURE = {"accepted_sets", "sentence_kinds", "sentences", "choices", "links", "source kinds"}


def strings_in(value) -> list[str]:
    """Every string in a JSON value, keys included: what a student opening the file can read."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *strings_in(v)]]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return [value] if isinstance(value, str) else []


def test_a_list_of_sentence_sets_keeps_each_answer_and_its_paragraphs():
    """Hints point to a paragraph, so sentence items carry theirs; each accepted answer keeps its own size."""
    built = exercise_keys("who_is_quoted", [{2, 3, 8}, {3, 8}], SALT, RIVERSIDE)
    assert (built["kind"], built["form"]) == ("accepted_sets", "sentences")
    assert [answer["size"] for answer in built["accepted"]] == [3, 2]
    for answer, numbers in zip(built["accepted"], [{2, 3, 8}, {3, 8}]):
        assert all(set(item) == {"hash", "paragraph"} for item in answer["items"])
        assert sorted(item["paragraph"] for item in answer["items"]) == sorted(
            RIVERSIDE.sentence(n).paragraph for n in numbers)
        assert [item["hash"] for item in answer["items"]] == sorted(item["hash"] for item in answer["items"])


def test_each_accepted_answer_hashes_its_items_apart():
    """The answer's index is in the hash: the file must not show which items two accepted answers share."""
    built = exercise_keys("who_is_quoted", [{2, 3, 8}, {3, 8}], SALT, RIVERSIDE)
    first, second = ({item["hash"] for item in answer["items"]} for answer in built["accepted"])
    assert first == {item_hash(SALT, "who_is_quoted", f"0:{n}") for n in (2, 3, 8)}
    assert second == {item_hash(SALT, "who_is_quoted", f"1:{n}") for n in (3, 8)}
    assert not first & second


@pytest.mark.parametrize(
    ("key", "form"),
    [
        ([{"A", "C"}, {"B"}], "choices"),
        ([{"maria lopez > city council", "city council > riverside courier"}, {"maria lopez > riverside courier"}],
         "links"),
    ],
)
def test_choices_and_links_are_hashed_without_paragraphs(key, form):
    """Letters and links are not sentences: there is no paragraph to point to, and none may be made up."""
    built = exercise_keys("other_sets", key, SALT, RIVERSIDE)
    assert (built["kind"], built["form"]) == ("accepted_sets", form)
    assert [answer["size"] for answer in built["accepted"]] == [len(answer) for answer in key]
    for i, (answer, items) in enumerate(zip(built["accepted"], key)):
        assert [set(item) for item in answer["items"]] == [{"hash"}] * len(items)
        assert {item["hash"] for item in answer["items"]} == {item_hash(SALT, "other_sets", f"{i}:{x}") for x in items}


@pytest.mark.parametrize(
    "mixed",
    [[{2, 3}, {"A"}], [{2, "A"}], [{"A", "maria lopez > city council"}], [{"a"}], [{"AB"}], [{"maria lopez"}]],
)
def test_a_key_that_mixes_forms_stops_the_build(mixed):
    """check() could not read the student's answer one way for all of them: say so when the keys are built."""
    with pytest.raises(ValueError, match="Accepted answers must be sentence numbers, capital letters, 'a > b' links"):
        exercise_keys("mixed", mixed, SALT, RIVERSIDE)


def test_a_sentence_kinds_key_keeps_every_reading_of_every_sentence():
    key = {4: [{"unnamed", "vague"}], 1: [{"none"}], 2: [{"named"}, {"named", "none"}]}
    built = exercise_keys("mixed_kinds", key, SALT, RIVERSIDE)
    assert (built["kind"], built["vocabulary"]) == ("sentence_kinds", "source kinds")
    assert [number for number, _ in built["sentences"]] == [1, 2, 4], "in sentence order"
    by_number = dict(built["sentences"])
    assert [a["size"] for a in by_number[2]] == [1, 2] and [a["size"] for a in by_number[4]] == [2]
    hashed = lambda item: item_hash(SALT, "mixed_kinds", item)  # noqa: E731
    assert by_number[2][1]["hashes"] == sorted(hashed(f"2:1:{kind}") for kind in ("named", "none"))
    assert by_number[4][0]["hashes"] == sorted(hashed(f"4:0:{kind}") for kind in ("unnamed", "vague"))
    assert by_number[2][0]["hashes"] == [item_hash(SALT, "mixed_kinds", "2:0:named")]
    assert not set(by_number[2][0]["hashes"]) & set(by_number[2][1]["hashes"]), "one kind hashes apart in each reading"


def test_a_plain_tag_per_sentence_is_still_a_sentence_labels_key():
    """Only lists mean 'several readings': the single-kind keys of existing lessons must not change kind."""
    assert exercise_keys("sentence_kinds", {1: "none", 2: "named"}, SALT, RIVERSIDE)["kind"] == "sentence_labels"


def test_a_sentence_kinds_key_with_an_unknown_kind_stops_the_build():
    with pytest.raises(ValueError, match="No vocabulary holds all of"):
        exercise_keys("mixed_kinds", {1: [{"none", "gossip"}]}, SALT, RIVERSIDE)


@pytest.mark.parametrize(
    ("key", "readable"),
    [
        ([{2, 3, 8}, {3, 8}], []),
        ([{"A", "C"}, {"B"}], ['"A"', '"B"', '"C"']),
        ([{"maria lopez > city council"}, {"maria lopez > riverside courier"}],
         ["maria", "lopez", "council", "riverside", "courier", ">"]),
        ({1: [{"none"}], 2: [{"named"}, {"named", "vague"}], 4: [{"unnamed"}]},
         ["none", "named", "unnamed", "vague"]),
    ],
)
def test_the_json_of_the_new_keys_holds_only_hashes_and_structure(key, readable):
    """The key files ship with the lessons: a student who opens one must find no letter, name or kind."""
    built = exercise_keys("shipped", key, SALT, RIVERSIDE)
    text = render({"lesson": "x", "salt": SALT, "exercises": {"shipped": built}})
    for fragment in readable:
        assert fragment not in text
    values = [s for s in strings_in(json.loads(text)["exercises"]) if s not in STRUCTURE]
    keys = {"shipped", "kind", "form", "accepted", "size", "items", "hash", "paragraph", "vocabulary", "hashes"}
    assert all(s in keys or re.fullmatch("[0-9a-f]{16}", s) for s in values), values


@pytest.mark.parametrize(
    "key",
    [
        [set(), {2}],
        ["A", "C"],
        [{"SANA > Press TV"}],
        {2: [set()]},
        {1: [{"named"}], 2: "none"},
    ],
)
def test_a_key_no_student_could_match_stops_the_build(key):
    """An empty answer, capitals in a chain (graded in lower case) or a mixed shape would score everyone wrongly."""
    with pytest.raises(ValueError):
        exercise_keys("x", key, "salt", load_article("riverside-bridge"))


@pytest.mark.parametrize(("phrase", "message"), [
    ("Terror Nest", "must be up to 6 words in lower case"),
    ("terror  nest", "must be up to 6 words in lower case"),
    ('"precise"', "must be up to 6 words in lower case"),
    ("nes", "'nes' is not in the text"),  # inside a word of the text, but not a word of it
    ("terror nests", "'terror nests' is not in the text"),
])
def test_a_phrase_key_the_grader_could_never_match_stops_the_build(phrase, message):
    """Marks are compared word for word with the key: a key phrase must be whole words of the text, as marks are."""
    with pytest.raises(ValueError, match=re.escape(message)):
        exercise_keys("framing_marks", {phrase: {"loaded label"}}, "salt", load_article("one-strike-four-reports"))


def test_phrase_exercises_carry_their_text_as_their_visible_test_names_it():
    """check() reads marks against the text, in class too, as the visible test and grading do."""
    import nbformat

    from medialit.classroom.test_cells import form_tests

    for path in sorted((COURSE_ROOT / "solutions").glob("*/*.ipynb")):
        forms = form_tests(nbformat.read(path, as_version=4))
        for folder in (SELF_STUDY, CHECKS_DIR):
            keys = folder / f"{path.parent.name}.json"
            exercises = json.loads(keys.read_text())["exercises"] if keys.is_file() else {}
            for name, exercise in exercises.items():
                if exercise["kind"] == "phrase_labels":
                    assert exercise["article"] == forms[name][1][1], (folder, name)
