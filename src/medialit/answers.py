"""The shape of an answer: read loose forms, and explain bad ones kindly.

Students type one-line Python values. Visible tests call ``expect_*`` to
check only the *form* of an answer; they raise :class:`AnswerProblem`, which a
notebook shows as one plain sentence instead of a traceback (nbgrader still
sees an error and gives that exercise 0). Correctness is never judged here:
that is the hidden tests' job.
"""

from __future__ import annotations

import re

from .friendly_errors import install_friendly_errors

#: The attribution kinds students tag sentences with, and what each means.
SOURCE_KINDS = {
    "named": "a person or organisation the reader could look up",
    "unnamed": "a particular source whose name is held back (\"an official who asked not to be named\")",
    "vague": "nobody in particular: \"some say\", \"reports\", \"various sources\"",
    "none": "no source at all: the outlet speaks in its own voice",
}

_SENTENCE_REF = re.compile(r"^\s*[Ss]?\s*(\d+)\s*$")


class AnswerProblem(AssertionError):
    """An answer in the wrong form. The message is for a student, not a programmer."""


def parse_sentence_number(item: object) -> int:
    """Read 3, "3", "S3" or " s3 " as 3; anything else is an AnswerProblem."""
    if isinstance(item, bool):
        raise AnswerProblem(f"{item!r} is not a sentence number: write a number such as 3.")
    if isinstance(item, int):
        return item
    match = _SENTENCE_REF.match(item) if isinstance(item, str) else None
    if not match:
        raise AnswerProblem(f"{item!r} is not a sentence number: write a number such as 3 (or \"S3\").")
    return int(match.group(1))


def parse_sentence_set(value: object) -> set[int]:
    """Read a set, list or comma-separated string of sentence references."""
    if isinstance(value, str):
        items = [part for part in re.split(r"[\s,{}\[\]()]+", value) if part]
    elif isinstance(value, (set, frozenset, list, tuple)):
        items = list(value)
    else:
        raise AnswerProblem(f"{_shown(value)} is not a set of sentence numbers: write one like {{1, 4}}.")
    return {parse_sentence_number(item) for item in items}


def parse_sentence_labels(value: object, allowed: dict[str, str]) -> dict[int, str]:
    """Read ``{sentence: label}``, accepting "S3" keys and any letter case in labels."""
    if not isinstance(value, dict):
        raise AnswerProblem(f"{_shown(value)} is not a dictionary: write one like {{1: \"named\", 2: \"none\"}}.")
    labels = {}
    for key, label in value.items():
        number = parse_sentence_number(key)
        word = label.strip().lower() if isinstance(label, str) else label
        if word not in allowed:
            raise AnswerProblem(
                f"S{number} is tagged {label!r}, which is not one of the tags: "
                + ", ".join(f'"{k}"' for k in allowed) + "."
            )
        labels[number] = word
    return labels


def expect_sentence_set(value: object, article) -> None:
    """Visible test: a set of whole numbers, each a sentence of ``article``."""
    _expect_answered(value, "a set of sentence numbers like {1, 4}")
    if not isinstance(value, (set, frozenset)) or not all(type(v) is int for v in value):
        raise AnswerProblem(f"{_shown(value)} is not in the right form: write a set of sentence numbers like {{1, 4}}.")
    _expect_in_article(value, article)
    _say_form_ok()


def expect_sentence_labels(value: object, article, allowed: dict[str, str] = SOURCE_KINDS) -> None:
    """Visible test: a dict from every sentence number to one of the ``allowed`` tags."""
    _expect_answered(value, 'a dictionary like {1: "named", 2: "none"}')
    if not isinstance(value, dict) or not all(type(k) is int for k in value):
        raise AnswerProblem(
            f"{_shown(value)} is not in the right form: write a dictionary from sentence numbers "
            'to tags, like {1: "named", 2: "none"}.'
        )
    _expect_in_article(value, article)
    wrong = [f"S{k} ({v!r})" for k, v in sorted(value.items()) if v not in allowed]
    if wrong:
        raise AnswerProblem(
            "These tags are not ones we use: " + ", ".join(wrong)
            + ". Use one of: " + ", ".join(f'"{k}"' for k in allowed) + " (in lower case)."
        )
    missing = sorted(set(range(1, len(article) + 1)) - set(value))
    if missing:
        raise AnswerProblem("Every sentence needs a tag. Still untagged: " + ", ".join(f"S{n}" for n in missing) + ".")
    _say_form_ok()


def _say_form_ok() -> None:
    print("The form of your answer is right. Whether it is correct is decided when the lesson is graded.")


def _expect_answered(value: object, example: str) -> None:
    if value is ...:
        raise AnswerProblem(f"You have not answered yet: replace the ... with {example}, then run the cell again.")


def _expect_in_article(numbers, article) -> None:
    outside = sorted(n for n in numbers if not 1 <= n <= len(article))
    if outside:
        raise AnswerProblem(
            f"This text has sentences S1 to S{len(article)}, so "
            + ", ".join(str(n) for n in outside) + " cannot be right. Check your numbers."
        )


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# Every cell that can raise an AnswerProblem imports this module first.
install_friendly_errors()
