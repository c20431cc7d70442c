"""Formative feedback for self-study: how much is right, and where to look again.

``check("named_sentences")`` reads the student's answer from the notebook and
compares it with the hashed keys in ``checks/``. It never prints the key and
never raises: any problem becomes a friendly sentence. Grades come from
nbgrader's hidden tests, not from here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Callable
from pathlib import Path

from ..content.article import load_article
from ..content.wording import counted
from ..keys import answer_hashes
from ..keys.answer_hashes import CHECKS_DIR, item_hash
from . import last_run
from .answers import (MAX_PHRASE_WORDS, VOCABULARIES, AnswerProblem, Reading, chain_links, given_items, is_blank,
                      phrase_words,
                      python_literal, read_chain, read_choice_set, read_name_labels, read_phrase_labels, read_range,
                      read_sentence_kinds, read_sentence_labels, read_sentence_set, word_runs)

_NOT_GIVEN = object()


@dataclass
class Feedback:
    """What check() says. ``right``/``total`` let a progress view count without parsing text.

    ``form_ok`` is False when an item was left out for its form ("S2" in a set of numbers): such an answer is
    never "All right", even when what is left scores full marks, because the student typed something that does
    not count. ``form_only`` is True in class, where check() reads only the form: it gives no verdict then, not
    even "Keep going", which a right answer would get too.
    """

    exercise: str
    lines: list[str] = field(default_factory=list)
    right: int = 0
    total: int = 0
    form_ok: bool = True
    form_only: bool = False

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.right == self.total and self.form_ok

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        verdict = "Form checked" if self.form_only else "All right" if self.passed else "Keep going"
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines)
        return (
            f'<div class="medialit-feedback" role="status">'
            f"<strong>{verdict}: {html.escape(self.exercise)}</strong><ul>{items}</ul></div>"
        )


def _all_exercises(near: Path | None = None) -> dict[str, tuple[str | None, dict]]:
    """Full checks where the learner works alone; the package's form-only checks everywhere else (a class)."""
    full = answer_hashes._self_study_checks((near or Path.cwd()).resolve())
    return {**answer_hashes._exercises_in(CHECKS_DIR), **(answer_hashes._exercises_in(full) if full else {})}


def check(exercise: str, answer: object = _NOT_GIVEN, *, near: Path | None = None) -> Feedback:
    """Say how close ``answer`` (by default, the notebook variable ``exercise``) is.

    Working alone, with the keys `medialit start` copies (looked for at or
    above ``near``, by default the notebook's folder), it counts what is right.
    In class there are no keys to look at: it says only whether the answer is
    in a form the grader can read, which gives nothing away.
    """
    exercises = _all_exercises(near)
    if exercise not in exercises:
        return Feedback(exercise, [
            f"There is no exercise called {exercise!r}. Check the spelling; the exercises are: "
            + ", ".join(sorted(exercises)) + "."
        ])
    if answer is _NOT_GIVEN:
        stale = last_run.problem_with(exercise)
        if stale:  # the cell shows an error, but the kernel still holds the old value: say what the cell says
            return Feedback(exercise, [stale])
        answer = _notebook_variable(exercise)
        if answer is _NOT_GIVEN:
            return Feedback(exercise, [f"There is no answer called {exercise} yet: run your answer cell first."])
    if answer is ...:
        return Feedback(exercise, ["You have not answered yet: replace the ... in the answer cell with your answer."])
    salt, data = exercises[exercise]
    try:
        if salt is None:
            return _check_form(exercise, data, answer)
        return _CHECKERS[data["kind"]](exercise, salt, data, answer)
    except AnswerProblem as problem:
        return Feedback(exercise, [str(problem)], form_ok=False, form_only=salt is None)


def _found(found: int, total: int, one: str, many: str, wanted: str = "we are looking for",
           has: tuple[str, str] = ("Your answer has", "Your answer does not have")) -> str:
    """ "Your answer has 2 of the 3 sentences we are looking for."; with one to find, never "1 of the 1 choices":
    "Your answer has the one choice we are looking for." or "Your answer does not have the one choice ... yet." """
    if total == 1:
        return f"{has[0]} the one {one} {wanted}." if found else f"{has[1]} the one {one} {wanted} yet."
    return f"{has[0]} {found} of the {total} {many} {wanted}."


def _right_of(right: int, total: int, noun: str, how: str = "right") -> str:
    """ "6 of 9 tags are right."; with one, never "0 of 1 tag are right": "The tag is right." / "... is not right yet." """
    if total == 1:
        return f"The {noun} is {how}." if right else f"The {noun} is not {how} yet."
    return f"{right} of {counted(total, noun)} {'is' if right == 1 else 'are'} {how}."


def _look_again_at(paragraphs: list[int]) -> str:
    """ "Look again at paragraph 5." / "Look again at paragraphs 2, 3 and 4." """
    if len(paragraphs) == 1:
        return f"Look again at paragraph {paragraphs[0]}."
    return "Look again at paragraphs " + ", ".join(map(str, paragraphs[:-1])) + f" and {paragraphs[-1]}."


def read_answer(data: dict, answer: object) -> Reading:
    """The answer as its visible test reads it (answers.read_*), for the kind of exercise ``data`` describes:
    against its text, its names and its letters where the keys carry them, so a slip is named the same way."""
    allowed = VOCABULARIES.get(data.get("vocabulary"), {})
    text = data.get("article")  # marks are read against the text by its name; sentence numbers against the text
    article = load_article(text) if text and data["kind"] != "phrase_labels" else None
    form = data.get("form")
    shown = {"sentences": [article], "choices": [data.get("choices")], "links": [data.get("names")]}.get(form, [])
    readers = {"sentence_set": lambda a: read_sentence_set(a, article),
               "sentence_labels": lambda a: read_sentence_labels(a, article, allowed),
               "name_labels": lambda a: read_name_labels(a, data.get("names"), allowed),
               "phrase_labels": lambda a: read_phrase_labels(a, allowed, text),
               "sentence_kinds": lambda a: read_sentence_kinds(a, article, allowed),
               "accepted_sets": lambda a: _FORMS[form].read(a, *shown)}
    return readers[data["kind"]](answer)


def _check_form(exercise: str, data: dict, answer: object) -> Feedback:
    """In class: read the answer as the grader will, and say so; never whether it is right."""
    reading = read_answer(data, answer)
    readable = "The rest of your answer is" if reading.notes else "Your answer is"
    note = _form_note(answer, reading) if "form" not in data or _FORMS[data["form"]].shown else list(reading.notes)
    return Feedback(exercise, note + [f"{readable} in a form the grader can read. In class, check() does not say "
                                      "whether it is right: your teacher's grading does."], form_ok=not reading.notes,
                    form_only=True)


def _notebook_variable(name: str) -> object:
    from IPython import get_ipython

    shell = get_ipython()
    return _NOT_GIVEN if shell is None else shell.user_ns.get(name, _NOT_GIVEN)


def _check_set(exercise: str, salt: str, data: dict, answer: object) -> Feedback:
    reading = read_answer(data, answer)
    chosen = reading.value
    paragraph_of = {item["hash"]: item["paragraph"] for item in data["items"]}
    found = {item_hash(salt, exercise, n) for n in chosen} & paragraph_of.keys()
    total, extra = len(paragraph_of), len(chosen) - len(found)
    lines = [_found(len(found), total, "sentence", "sentences", wanted="you are looking for")]
    if extra:
        lines.append(f"{extra} of your sentences {'does' if extra == 1 else 'do'} not belong: re-read each one you chose.")
    missed = sorted({p for h, p in paragraph_of.items() if h not in found})
    if missed:
        lines.append(_look_again_at(missed))
    lines += _form_note(answer, reading)
    return Feedback(exercise, lines, right=max(0, len(found) - extra), total=total, form_ok=not reading.notes)


#: What to ask again of an item tagged wrong, by the labels it is tagged with.
_ASK_AGAIN = {"source kinds": ": ask who is speaking, or who vouches for it.",
              "outlet groups": ": ask who owns it and who pays for it.",
              "framing techniques": ": check the glossary.",
              "number promises": ": read the words around the number again.",
              "checks": ": ask what kind of claim it is (a count, a quote, a charge, a fact on record) and where it came from."}


def _check_labels(exercise: str, salt: str, data: dict, answer: object) -> Feedback:
    """A tag per sentence, or a label per name: count the right ones, name the student's wrong ones."""
    by_sentence = data["kind"] == "sentence_labels"
    reading = read_answer(data, answer)
    tags = reading.value if by_sentence else {name.lower(): label for name, label in reading.value.items()}
    spelling = {} if by_sentence else {name.lower(): name for name in data["names"]}
    show = (lambda n: f"S{n}") if by_sentence else (lambda n: f'"{spelling.get(n, n)}"')
    items = data["sentences"] if by_sentence else list(spelling)
    right_hashes = set(data["hashes"])
    part_hashes = {part["hash"] for part in data.get("part", [])}
    right = [n for n in items if n in tags and item_hash(salt, exercise, f"{n}:{tags[n]}") in right_hashes]
    partly = [n for n in items if n in tags and item_hash(salt, exercise, f"{n}:{tags[n]}") in part_hashes]
    wrong = [n for n in (sorted(tags) if by_sentence else tags) if n not in right and n not in partly]
    slipped = {n if by_sentence else n.lower() for n in reading.slipped}
    lines = [_right_of(len(right), len(items), "tag")]
    if partly:
        lines.append("Part right: " + ", ".join(map(show, partly)) + ".")
    lines += _reasons(exercise, salt, data, reading.value)
    if wrong:
        lines.append("Look again at " + ", ".join(map(show, wrong)) + _ASK_AGAIN[data["vocabulary"]])
    lines += _not_tagged_yet([n for n in items if n not in tags and n not in slipped], reading, show)
    lines += _form_note(answer, reading) if by_sentence else list(reading.notes)
    return Feedback(exercise, lines, right=len(right), total=len(items), form_ok=not reading.notes)


def _check_phrases(exercise: str, salt: str, data: dict, answer: object) -> Feedback:
    """Marked phrases: which framing words were found, and which marks are off, without naming the missed ones.

    As in the hidden test, a mark is read as its words (answers.phrase_words), and only a mark that is words of
    the text counts at all (the reading leaves the others out, with a note). It finds a key phrase when the
    phrase is whole words of it, or it is whole words of the phrase ("nest" of "terror nest"); so every run of
    the mark's words, and the mark itself, is hashed and looked up. A mark longer than the limit finds nothing
    and costs nothing.
    """
    hashed = lambda item: item_hash(salt, exercise, item)  # noqa: E731
    reading = read_answer(data, answer)
    marks = {" ".join(phrase_words(phrase)): label for phrase, label in reading.value.items()}
    words = {w["hash"]: w for w in data["words"]}
    right_pairs = {pair: w["hash"] for w in data["words"] for pair in w["right"]}
    part_pairs = {pair: w["hash"] for w in data["words"] for pair in w["part_right"]}
    parts = {part for w in data["words"] for part in w["parts"]}
    optional, optional_parts = set(data["optional"]), set(data["optional_parts"])
    found, off_technique, not_framing, too_long = set(), [], [], []
    for phrase, label in marks.items():
        if len(phrase.split()) > MAX_PHRASE_WORDS:
            too_long.append(phrase)
            continue
        runs = word_runs(phrase)
        pieces = {hashed(run) for run in runs}
        hits = {right_pairs[h] for h in (hashed(f"{run}:{label}") for run in runs) if h in right_pairs}
        hits |= {part_pairs[h] for h in [hashed(f"{phrase}:{label}")] if h in part_pairs}
        found |= hits
        if hits:
            continue
        if pieces & words.keys() or hashed(phrase) in parts:
            off_technique.append(phrase)
        elif not (pieces & optional or hashed(phrase) in optional_parts):
            not_framing.append(phrase)
    lines = [_found(len(found), len(words), "framing word", "framing words", has=("You found", "You have not found"))]
    if off_technique:
        lines.append("These marks are on framing words but name another technique: "
                     + ", ".join(f'"{p}"' for p in off_technique) + ". Check the glossary.")
    if not_framing:
        lines.append("These marks do not look like framing to us: " + ", ".join(f'"{p}"' for p in not_framing)
                     + ". Would a neutral report use the same words?")
    if too_long:
        lines.append(f"These marks are longer than {MAX_PHRASE_WORDS} words, so they count for nothing: "
                     + ", ".join(f'"{p}"' for p in too_long) + ". Mark just the words that frame.")
    missed = sorted({w["paragraph"] for h, w in words.items() if h not in found})
    if missed:
        lines.append(_look_again_at(missed))
    lines += [note for note in reading.notes if not note.startswith("Marks longer than")]  # said above
    extra = len(off_technique) + len(not_framing)
    return Feedback(exercise, lines, right=max(0, len(found) - extra), total=len(words), form_ok=not reading.notes)


@dataclass(frozen=True)
class _Form:
    """One form of accepted answers: how the grader reads an answer, the items the key lists, what they are called."""

    read: Callable[..., Reading]
    items: Callable[[object], set[str]]
    noun: str
    one: str  # the noun for one item
    shown: bool = True  # check() shows the exact form to type; a chain is read in any letter case, so it needs none


_FORMS = {
    "sentences": _Form(read_sentence_set, set, "sentences", "sentence"),
    "choices": _Form(read_choice_set, set, "choices", "choice"),
    "links": _Form(read_chain, chain_links, "links (who told whom)", "link (who told whom)", shown=False),
    "range": _Form(read_range, lambda ends: {f"low {ends[0]}", f"high {ends[1]}"}, "ends of the range",
                   "end of the range"),
}


def _share(right: int, given: int, size: int) -> float:
    """One accepted answer's share, as the hidden tests count it: right items earn, others cost, never below 0."""
    return max(0.0, (right - (given - right)) / size)


def _check_accepted_sets(exercise: str, salt: str, data: dict, answer: object) -> Feedback:
    """A set (or chain) scored against the closest of several accepted answers, as the hidden test does."""
    form = _FORMS[data["form"]]
    reading = read_answer(data, answer)
    given, noun = form.items(reading.value), form.noun
    scored = []
    for i, accepted in enumerate(data["accepted"]):
        mine = {item_hash(salt, exercise, f"{i}:{item}") for item in given}
        right = len(mine & {item["hash"] for item in accepted["items"]})
        counted = right if data["form"] == "range" else len(given)  # a range's wrong end only misses
        scored.append((_share(right, counted, accepted["size"]), right, mine, accepted))
    share, right, mine, closest = max(scored, key=lambda s: s[:2])
    extra, total = (0 if data["form"] == "range" else len(given) - right), closest["size"]
    lines = [_found(right, total, form.one, noun)]
    if extra:
        lines.append(f"{extra} of your {noun} {'does' if extra == 1 else 'do'} not belong: re-read each one you chose.")
    lines += _reasons(exercise, salt, data, reading.value)
    missed = sorted({item["paragraph"] for item in closest["items"] if "paragraph" in item and item["hash"] not in mine})
    if missed:
        lines.append(_look_again_at(missed))
    lines += _form_note(answer, reading) if form.shown else list(reading.notes)
    return Feedback(exercise, lines, right=round(share * total), total=total, form_ok=not reading.notes)


def _check_sentence_kinds(exercise: str, salt: str, data: dict, answer: object) -> Feedback:
    """Kinds of source per sentence: which sentences are fully right, part right, or to look at again."""
    reading = read_answer(data, answer)
    tags = {n: {kinds} if isinstance(kinds, str) else kinds for n, kinds in reading.value.items()}
    right, partly, wrong, untagged = [], [], [], []
    for number, alternatives in data["sentences"]:
        if number not in tags:
            untagged.append(number)
            continue
        share = max(_share(len({item_hash(salt, exercise, f"{number}:{i}:{kind}") for kind in tags[number]}
                               & set(accepted["hashes"])), len(tags[number]), accepted["size"])
                    for i, accepted in enumerate(alternatives))
        (right if share == 1 else partly if share > 0 else wrong).append(number)
    show = lambda numbers: ", ".join(f"S{n}" for n in numbers)  # noqa: E731
    lines = [_right_of(len(right), len(data["sentences"]), "sentence", "fully right")]
    if partly:
        lines.append(f"Part right: {show(partly)}. A kind is missing there, or one does not belong: "
                     "does the sentence mix voices?")
    if wrong:
        lines.append(f"Look again at {show(wrong)}: ask who is speaking there.")
    lines += _not_tagged_yet([n for n in untagged if n not in reading.slipped], reading, lambda n: f"S{n}")
    lines += _form_note(answer, reading)
    return Feedback(exercise, lines, right=len(right), total=len(data["sentences"]), form_ok=not reading.notes)


def _reasons(exercise: str, salt: str, data: dict, value: object) -> list[str]:
    """The key's reason for each item of the answer that shows a misconception the lessons name: why it earns only
    part, in one plain sentence, never what would be right."""
    reasons = {reason["hash"]: reason["reason"] for reason in data.get("reasons", [])}
    found = (reasons.get(item_hash(salt, exercise, f"why:{item}")) for item in sorted(given_items(value)))
    return list(dict.fromkeys(reason for reason in found if reason))  # F2 and F3 share a reason: said once


def _not_tagged_yet(untagged: list, reading: Reading, show: Callable[[object], str]) -> list[str]:
    """ "Not tagged yet: ..." for the items with no tag, unless the reading (the visible test's own words, shown
    too) says it already: said once."""
    said = any(note.startswith(("Not tagged yet", "Not labelled yet")) for note in reading.notes)
    return [] if said or not untagged else ["Not tagged yet: " + ", ".join(map(show, untagged)) + "."]


_CHECKERS = {"sentence_set": _check_set, "sentence_labels": _check_labels, "name_labels": _check_labels,
             "phrase_labels": _check_phrases, "accepted_sets": _check_accepted_sets,
             "sentence_kinds": _check_sentence_kinds}


def _form_note(answer: object, reading: Reading) -> list[str]:
    """The reading's notes on items left out, then, when what is graded differs from what was typed, what is graded."""
    exact = python_literal(reading.value)
    if isinstance(answer, dict):  # a sentence left blank is said as "Not tagged yet", not by showing the reading
        answer = {key: value for key, value in answer.items() if not is_blank(value)}
    if isinstance(answer, (set, frozenset, dict, tuple)) and _literal_or_none(answer) == exact:
        return list(reading.notes)
    return [*reading.notes, f"check() read your answer as {exact}. The grader reads it the same way."]


def _literal_or_none(value: object) -> str | None:
    """``value`` as one line of Python, or None when its items cannot be put in order (numbers and words together)."""
    try:
        return python_literal(value)
    except TypeError:
        return None
