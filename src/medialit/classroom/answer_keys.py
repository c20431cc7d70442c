"""Turn the answer keys in ``solutions/`` into salted hashes that check() can use.

The one true key of every exercise is the ``_key = ...`` line that opens its
hidden test in the solution notebook; nbgrader grades with that. ``check()``
needs to know right from wrong without shipping readable answers, so this
module stores, per exercise, salted hashes of the right items and, for sets,
the paragraph each right sentence sits in (used for hints). A determined
student could recover the key by hashing every possible answer; the teacher
guide says so. ``python -m medialit.classroom.answer_keys`` rewrites ``src/medialit/keys/checks/``
and a test fails when the committed files are stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat

from ..content.article import holds_words, load_article, phrase_words
from ..content.wording import counted
from ..keys.answer_hashes import CHECKS_DIR, SELF_STUDY_CHECKS, item_hash, salt_for
from ..lesson.answers import MAX_PHRASE_WORDS, VOCABULARIES, word_runs
from .test_cells import form_tests, hidden_key, hidden_reasons


def lesson_keys(notebook_path: Path) -> dict:
    """Hashed keys for every autograded exercise of one solution notebook."""
    nb = nbformat.read(notebook_path, as_version=4)
    lesson = notebook_path.parent.name
    texts = nb.metadata["medialit"]
    article = load_article(texts["article"])
    #: An exercise on another text of the lesson names it here, so hints point into the right text.
    other_texts = {grade_id: load_article(name) for grade_id, name in texts.get("exercise_articles", {}).items()}
    salt = salt_for(lesson)
    offered = on_screen(nb)
    exercises = {}
    for cell in nb.cells:
        grading = cell.metadata.get("nbgrader", {})
        key = hidden_key(cell.source) if grading.get("grade") and cell.cell_type == "code" else None
        if key is None:
            continue
        grade_id = grading["grade_id"]
        text = other_texts.get(grade_id, article)
        exercises[grade_id] = {**exercise_keys(grade_id, key, salt, text), **offered.get(grade_id, {})}
        reasons = hidden_reasons(cell.source)
        if reasons:
            exercises[grade_id]["reasons"] = sorted(
                ({"hash": item_hash(salt, grade_id, f"why:{item}"), "reason": reason} for item, reason in reasons.items()),
                key=lambda r: r["hash"])
        if exercises[grade_id]["kind"] in TEXT_KINDS or exercises[grade_id].get("form") == "sentences":
            exercises[grade_id]["article"] = text.name
    return {"lesson": lesson, "article": article.name, "salt": salt, "exercises": exercises}


#: Exercises answered with sentence numbers or marked words: check() reads them against their text, as their
#: visible test does (a sentence the text does not have, a mark that is not words of the text).
TEXT_KINDS = {"sentence_set", "sentence_labels", "sentence_kinds", "phrase_labels"}
#: What a visible test offers the student, by the argument it passes: the names to label, the letters to choose.
ON_SCREEN = {"read_name_labels": "names", "read_chain": "names", "read_choice_set": "choices"}


def on_screen(nb) -> dict[str, dict]:
    """Per exercise, what its visible test already shows the student (the names to label, the letters offered).

    It gives nothing away, so the package's form-only checks carry it too: in
    class, check() can then name a misspelt name or a letter not offered, as
    the visible test does.
    """
    found = {}
    for exercise, (reader, arguments) in form_tests(nb).items():
        field = ON_SCREEN.get(reader.__name__)
        if field and arguments and arguments[0] is not None:
            found[exercise] = {field: arguments[0]}
    return found


def exercise_keys(name: str, key: object, salt: str, article) -> dict:
    """What check() needs for one exercise, by the shape of its key.

    A set of numbers is a sentence set; a dict from numbers is a tag per
    sentence; a dict from names to a label (or a list of labels, any one
    right, or a dict from labels to their weight: 1 for right, a part for a
    label that shows a named misconception) is a label per name; a dict from words to sets of labels is a set
    of phrases to mark (an empty tuple: a word that may be marked but need
    not be). A list of sets is every answer a careful reader could defend
    (sentence numbers, choice letters, "teller > hearer" links of a chain,
    or a range's "low N" and "high N"); a dict from numbers to such lists is
    the same for the kinds of source in each sentence.
    """
    hashed = lambda item: item_hash(salt, name, item)  # noqa: E731
    if isinstance(key, list):
        return accepted_sets_keys(key, hashed, article)
    if isinstance(key, set):
        return {"kind": "sentence_set", "items": sorted(
            ({"hash": hashed(n), "paragraph": article.sentence(n).paragraph} for n in key), key=lambda i: i["hash"])}
    if not isinstance(key, dict):
        raise ValueError(f"The key of {name} is neither a set, a list nor a dict")
    if all(isinstance(k, str) and (isinstance(v, str) or isinstance(v, (list, dict)) and all(isinstance(l, str) for l in v))
           for k, v in key.items()):
        return name_labels_keys(key, hashed)
    if any(isinstance(answers, list) for answers in key.values()):
        return sentence_kinds_keys(key, hashed)
    vocabulary = vocabulary_of({label for labels in key.values() for label in _as_set(labels)})
    if all(isinstance(k, int) for k in key):
        return {"kind": "sentence_labels", "vocabulary": vocabulary, "sentences": sorted(key),
                "hashes": sorted(hashed(f"{n}:{label}") for n, label in key.items())}
    for word in key:
        _check_phrase(word, article)
    return {"kind": "phrase_labels", "vocabulary": vocabulary,
            "optional": sorted(hashed(word) for word, labels in key.items() if not labels),
            "optional_parts": sorted(hashed(part) for word, labels in key.items() if not labels for part in word_runs(word)),
            "words": sorted(({"hash": hashed(word), "paragraph": _paragraph_of(article, word),
                              "right": sorted(hashed(f"{word}:{label}") for label in labels),
                              "parts": sorted(hashed(part) for part in word_runs(word)),
                              "part_right": sorted(hashed(f"{part}:{label}") for part in word_runs(word)
                                                   for label in labels)}
                             for word, labels in key.items() if labels), key=lambda w: w["hash"])}


def accepted_sets_keys(accepted: list[set], hashed, article) -> dict:
    """Hashes of each accepted answer's items; sentence items keep their paragraph for hints."""
    if not accepted or not all(isinstance(answer, set) and answer for answer in accepted):
        raise ValueError(f"Accepted answers must be a list of non-empty sets: {accepted}")
    items = {item for answer in accepted for item in answer}
    if all(isinstance(item, int) for item in items):
        form = "sentences"
    elif all(isinstance(item, str) and " > " in item and item == item.lower() for item in items):  # graded in lower case
        form = "links"
    elif all(isinstance(item, str) and len(item) == 1 and item.isupper() for item in items):
        form = "choices"
    elif all(isinstance(item, str) and item.startswith(("low ", "high ")) for item in items):
        form = "range"
    else:
        raise ValueError("Accepted answers must be sentence numbers, capital letters, 'a > b' links in lower case "
                         f"or a range's 'low N' and 'high N': {accepted}")

    def paragraph(item):
        return {"paragraph": article.sentence(item).paragraph} if form == "sentences" else {}

    return {"kind": "accepted_sets", "form": form, "accepted": [
        {"size": len(answer), "items": sorted(({"hash": hashed(f"{i}:{item}"), **paragraph(item)} for item in answer),
                                              key=lambda x: x["hash"])}
        for i, answer in enumerate(accepted)]}


def name_labels_keys(key: dict[str, str | list[str] | dict[str, float]], hashed) -> dict:
    """A label per name; a list of labels where careful readers could defend each (any one of them is right); or
    each label's weight, where a label that shows a named misconception earns only part ("part": its share)."""
    weights = {name: {labels: 1} if isinstance(labels, str) else labels if isinstance(labels, dict)
               else dict.fromkeys(labels, 1) for name, labels in key.items()}
    if not all(0 < weight <= 1 for labels in weights.values() for weight in labels.values()):
        raise ValueError(f"A label's weight must be more than 0 and at most 1: {key}")
    return {"kind": "name_labels", "vocabulary": vocabulary_of({l for labels in weights.values() for l in labels}),
            "names": list(key),
            "hashes": sorted(hashed(f"{n.lower()}:{label}") for n, labels in weights.items()
                             for label, weight in labels.items() if weight == 1),
            "part": sorted(({"hash": hashed(f"{n.lower()}:{label}"), "share": weight} for n, labels in weights.items()
                            for label, weight in labels.items() if weight < 1), key=lambda p: p["hash"])}


def sentence_kinds_keys(key: dict[int, list[set[str]]], hashed) -> dict:
    """Per sentence, the hashed kinds of each accepted answer (a sentence may mix kinds of source)."""
    if not all(isinstance(n, int) and isinstance(answers, list) and answers
               and all(isinstance(answer, set) and answer for answer in answers) for n, answers in key.items()):
        raise ValueError(f"Kinds per sentence must map each sentence number to a list of non-empty sets: {key}")
    kinds = {kind for answers in key.values() for answer in answers for kind in answer}
    return {"kind": "sentence_kinds", "vocabulary": vocabulary_of(kinds), "sentences": [
        [n, [{"size": len(answer), "hashes": sorted(hashed(f"{n}:{i}:{kind}") for kind in answer)}
             for i, answer in enumerate(answers)]]
        for n, answers in sorted(key.items())]}


def vocabulary_of(labels: set[str]) -> str:
    """The name of the first vocabulary in answers.VOCABULARIES that holds every label."""
    for vocabulary, allowed in VOCABULARIES.items():
        if labels <= allowed.keys():
            return vocabulary
    raise ValueError(f"No vocabulary holds all of {sorted(labels)}")


def _as_set(labels: object) -> set:
    return set(labels) if isinstance(labels, (set, frozenset, tuple)) else {labels}


def _check_phrase(word: str, article) -> None:
    """A key phrase must be written as the grader reads marks (lower case, whole words, one space between) and be
    words of the text: the hidden tests compare it word for word, so any other key phrase could never be found."""
    if " ".join(phrase_words(word)) != word or len(word.split()) > MAX_PHRASE_WORDS:
        raise ValueError(f"The key phrase {word!r} must be up to {MAX_PHRASE_WORDS} words in lower case, one space "
                         f"between, as the grader reads marks: {' '.join(phrase_words(word))!r}")
    _paragraph_of(article, word)


def _paragraph_of(article, word: str) -> int:
    """The first paragraph that holds ``word`` as whole words: where a hint sends the student.

    A key word the text does not hold could never be found, so the exercise
    could never get full marks: say so when the keys are built.
    """
    paragraph = next((s.paragraph for s in article.sentences if holds_words(s.text, word)), None)
    if paragraph is None:
        raise ValueError(f"The key word {word!r} is not in the text {article.name!r}: no student could find it")
    return paragraph


def build_all(solutions_dir: Path) -> dict[str, dict]:
    """Keys for every lesson notebook, by file name of the JSON to write.

    The skill checks get none: they measure what a student can do alone, so
    check() must not coach them, and their two forms share exercise names.
    """
    return {
        f"{path.parent.name}.json": lesson_keys(path)
        for path in sorted(solutions_dir.glob("*/*.ipynb"))
        if ".ipynb_checkpoints" not in path.parts and not _is_skill_check(path)
    }


def _is_skill_check(path: Path) -> bool:
    return "skill_check" in nbformat.read(path, as_version=4).metadata.get("medialit", {})


def render(keys: dict) -> str:
    return json.dumps(keys, indent=1, sort_keys=True) + "\n"


def form_only(keys: dict) -> dict:
    """What the package may carry of a lesson's keys: each exercise's kind and form and what its visible test
    shows (its text, names, letters), no hash, no salt."""
    return {"lesson": keys["lesson"], "exercises": {
        name: {field: data[field] for field in ("kind", "form", "vocabulary", "article", *ON_SCREEN.values())
               if field in data}
        for name, data in keys["exercises"].items()}}


def main(argv: list[str] | None = None, package_checks: Path = CHECKS_DIR) -> int:
    """Write every lesson's keys beside its release, and their form-only copy into ``package_checks`` (the package's,
    unless a course built elsewhere, such as a test's, gives its own)."""
    solutions_dir = Path((argv or sys.argv[1:] or ["solutions"])[0])
    self_study = solutions_dir.parent / "lessons" / SELF_STUDY_CHECKS
    for folder in (package_checks, self_study):
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.json"):
            stale.unlink()
    for filename, keys in build_all(solutions_dir).items():
        (self_study / filename).write_text(render(keys), encoding="utf-8")
        (package_checks / filename).write_text(render(form_only(keys)), encoding="utf-8")
        print(f"wrote lessons/{SELF_STUDY_CHECKS}/{filename} and the package's form-only copy: "
              f"{counted(len(keys['exercises']), 'exercise')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
