"""Formative feedback for self-study: how much is right, and where to look again.

``check("named_sentences")`` reads the student's answer from the notebook and
compares it with the hashed keys in ``checks/``. It never prints the key and
never raises: any problem becomes a friendly sentence. Grades come from
nbgrader's hidden tests, not from here.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from functools import cache

from .answers import SOURCE_KINDS, AnswerProblem, parse_sentence_labels, parse_sentence_set
from .answer_hashes import CHECKS_DIR, item_hash

_NOT_GIVEN = object()


@dataclass
class Feedback:
    """What check() says. ``right``/``total`` let a progress view count without parsing text."""

    exercise: str
    lines: list[str] = field(default_factory=list)
    right: int = 0
    total: int = 0

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.right == self.total

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        verdict = "All right" if self.passed else "Keep going"
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines)
        return (
            f'<div class="medialit-feedback" role="status">'
            f"<strong>{verdict}: {html.escape(self.exercise)}</strong><ul>{items}</ul></div>"
        )


@cache
def _all_exercises() -> dict[str, tuple[str, dict]]:
    """Every exercise in every lesson: name -> (salt, exercise data)."""
    found = {}
    for path in sorted(CHECKS_DIR.glob("*.json")):
        lesson = json.loads(path.read_text(encoding="utf-8"))
        for name, data in lesson["exercises"].items():
            found[name] = (lesson["salt"], data)
    return found


def check(exercise: str, answer: object = _NOT_GIVEN) -> Feedback:
    """Say how close ``answer`` (by default, the notebook variable ``exercise``) is."""
    exercises = _all_exercises()
    if exercise not in exercises:
        return Feedback(exercise, [
            f"There is no exercise called {exercise!r}. Check the spelling; the exercises are: "
            + ", ".join(sorted(exercises)) + "."
        ])
    if answer is _NOT_GIVEN:
        answer = _notebook_variable(exercise)
        if answer is _NOT_GIVEN:
            return Feedback(exercise, [f"There is no answer called {exercise} yet: run your answer cell first."])
    if answer is ...:
        return Feedback(exercise, ["You have not answered yet: replace the ... in the answer cell with your answer."])
    salt, data = exercises[exercise]
    try:
        if data["kind"] == "sentence_set":
            return _check_set(exercise, salt, data, answer)
        return _check_labels(exercise, salt, data, answer)
    except AnswerProblem as problem:
        return Feedback(exercise, [str(problem)])


def _notebook_variable(name: str) -> object:
    from IPython import get_ipython

    shell = get_ipython()
    return _NOT_GIVEN if shell is None else shell.user_ns.get(name, _NOT_GIVEN)


def _check_set(exercise: str, salt: str, data: dict, answer: object) -> Feedback:
    chosen = parse_sentence_set(answer)
    paragraph_of = {item["hash"]: item["paragraph"] for item in data["items"]}
    found = {item_hash(salt, exercise, n) for n in chosen} & paragraph_of.keys()
    total, extra = len(paragraph_of), len(chosen) - len(found)
    lines = [f"Your answer has {len(found)} of the {total} sentences you are looking for."]
    if extra:
        lines.append(f"{extra} of your sentences {'does' if extra == 1 else 'do'} not belong: re-read each one you chose.")
    missed = sorted({p for h, p in paragraph_of.items() if h not in found})
    if missed:
        lines.append("Look again at paragraph " + " and ".join(str(p) for p in missed) + ".")
    lines += _form_note(answer, chosen)
    return Feedback(exercise, lines, right=max(0, len(found) - extra), total=total)


def _check_labels(exercise: str, salt: str, data: dict, answer: object) -> Feedback:
    tags = parse_sentence_labels(answer, SOURCE_KINDS)
    right_hashes = set(data["hashes"])
    right = sorted(n for n, tag in tags.items() if item_hash(salt, exercise, f"{n}:{tag}") in right_hashes)
    wrong = sorted(set(tags) - set(right))
    untagged = sorted(set(data["sentences"]) - set(tags))
    lines = [f"{len(right)} of {len(data['sentences'])} tags are right."]
    if wrong:
        lines.append("Look again at " + ", ".join(f"S{n}" for n in wrong) + ": ask who is speaking there.")
    if untagged:
        lines.append("Not tagged yet: " + ", ".join(f"S{n}" for n in untagged) + ".")
    lines += _form_note(answer, tags)
    return Feedback(exercise, lines, right=len(right), total=len(data["sentences"]))


def _form_note(answer: object, understood: object) -> list[str]:
    """When check() had to read a loose form, show the exact form the grader wants."""
    if answer == understood:
        return []
    if isinstance(understood, set):
        exact = "{" + ", ".join(str(n) for n in sorted(understood)) + "}" if understood else "set()"
    else:
        exact = "{" + ", ".join(f'{n}: "{tag}"' for n, tag in sorted(understood.items())) + "}"
    return [f"check() read your answer as {exact}. In the answer cell, write it exactly like that for grading."]
