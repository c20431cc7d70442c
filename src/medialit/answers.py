"""The shape of an answer: read loose forms, and explain bad ones kindly.

Students type one-line Python values. Visible tests call ``expect_*`` to
check only the *form* of an answer; they raise :class:`AnswerProblem`, which a
notebook shows as one plain sentence instead of a traceback (nbgrader still
sees an error and gives that exercise 0). Correctness is never judged here:
that is the hidden tests' job.
"""

from __future__ import annotations

import json
import re

from . import last_run
from .friendly_errors import install_friendly_errors

#: The attribution kinds students tag sentences with, and what each means.
SOURCE_KINDS = {
    "named": "a person or organisation the reader could look up",
    "unnamed": "a particular source whose name is held back (\"an official who asked not to be named\")",
    "vague": "nobody in particular: \"some say\", \"reports\", \"various sources\"",
    "none": "no source at all: the outlet speaks in its own voice",
}

#: Framing techniques students mark in lesson 2 (the analyzer uses the first five names too;
#: the widget colours them in this order).
FRAMING_TECHNIQUES = {
    "loaded label": "a name for people or things that passes judgement (\"terrorists\", \"invaders\", \"regime\")",
    "emotive language": "a strong word that pushes a feeling (\"slammed\", \"bloody\", \"massacre\")",
    "scare quotes": "quotation marks that nobody is speaking: they mock or doubt the words inside",
    "so-called": "\"so-called\", \"self-styled\": hints that a name is false without saying why",
    "pretext framing": "\"under the pretext of\": says the stated reason is not the real one, without showing it",
    "euphemism": "a soft word that hides harm (\"collateral damage\", \"neutralised\")",
    "overstatement": "a claim made bigger or surer than the facts allow (\"banned\" for what is only restricted, \"always\")",
    "opinion as fact": "a judgement in the outlet's own voice, stated as if it were a plain fact (\"the plan has failed\")",
}

#: Who owns or runs a voice in the news: the groups students sort sources into (lesson 2).
OUTLET_GROUPS = {
    "state media": "media a government owns or controls, without protected editorial independence",
    "public media": "media paid for with public money whose editorial independence is protected",
    "private media": "media owned by a company or a private person",
    "news agency": "a wire service that sells news to other outlets (a company or a cooperative)",
    "government": "a government, ministry or armed force speaking for itself",
    "monitor": "an independent group that counts and documents harm (human rights groups, casualty monitors)",
}

#: What a number in the news promises (lesson 3): the words around it decide.
NUMBER_PROMISES = {
    "an exact count": "this many: no more, no fewer",
    "a lower limit": "no fewer than this; there could be many more (\"at least\")",
    "a range": "somewhere between two numbers: a size, not a count (\"hundreds\")",
    "part of a total": "some of a larger number, which may or may not be given (\"including\", \"among\")",
}

#: The checks that could settle a claim (lesson 4): where a careful reader would look next.
CHECKS = {
    "find the original": "read the report, statement or document the article relies on, where it first appeared",
    "independent count": "compare with people who document harm and show their method (casualty monitors, "
                         "human rights groups, UN bodies)",
    "ask the other side": "find what the side accused, or the people on the spot, said about the same event",
    "check the record": "look up a date, a law, a treaty or an official record yourself",
}

#: Every set of labels an exercise can use, by the name the key files give it.
VOCABULARIES = {"source kinds": SOURCE_KINDS, "outlet groups": OUTLET_GROUPS, "framing techniques": FRAMING_TECHNIQUES,
                "number promises": NUMBER_PROMISES, "checks": CHECKS}

#: A marked phrase longer than this is a sentence, not a mark: it earns nothing.
MAX_PHRASE_WORDS = 6

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


def _loose_items(value: object, what: str) -> list:
    """The items of a loosely written set: a set, list or tuple, or a string of items between commas or brackets."""
    if isinstance(value, str):
        return [part for part in re.split(r"[\s,{}\[\]()\"']+", value) if part]
    if isinstance(value, (set, frozenset, list, tuple)):
        return list(value)
    raise AnswerProblem(f"{_shown(value)} is not {what}.")


def parse_sentence_set(value: object) -> set[int]:
    """Read a set, list or comma-separated string of sentence references."""
    items = _loose_items(value, "a set of sentence numbers: write one like {1, 4}")
    return {parse_sentence_number(item) for item in items}


def parse_sentence_labels(value: object, allowed: dict[str, str]) -> dict[int, str]:
    """Read ``{sentence: label}``, accepting "S3" keys and any letter case in labels."""
    return _parse_labels(value, allowed, parse_sentence_number, lambda n: f"S{n}", '{1: "named", 2: "none"}')


def parse_text_labels(value: object, allowed: dict[str, str]) -> dict[str, str]:
    """Read ``{"some words": label}`` (names or marked phrases), in any letter case."""
    return _parse_labels(value, allowed, _words, repr, '{"Press TV": "state media"}')


def parse_sentence_kinds(value: object, allowed: dict[str, str] = SOURCE_KINDS) -> dict[int, set[str]]:
    """Read ``{sentence: kind or {kinds}}``: a sentence may hold more than one kind of source."""
    if not isinstance(value, dict):
        raise AnswerProblem(f'{_shown(value)} is not a dictionary: write one like {{1: "named", 2: {{"vague", "named"}}}}.')
    kinds = {}
    for key, tags in value.items():
        number = parse_sentence_number(key)
        tags = [tags] if isinstance(tags, str) else tags
        if not isinstance(tags, (set, frozenset, list, tuple)) or not tags:
            raise AnswerProblem(f'S{number} needs a tag like "named", or a set of tags like {{"vague", "named"}}.')
        kinds[number] = {_known_label(f"S{number}", tag, allowed) for tag in tags}
    return kinds


def parse_choice_set(value: object) -> set[str]:
    """Read a set of choice letters, in any case: {"a", "C"}, ["A"], "A, C" or just "A"."""
    items = _loose_items(value, 'a set of letters: write one like {"A", "C"}')
    letters = set()
    for item in items:
        letter = item.strip().upper() if isinstance(item, str) else None
        if letter is None or not re.fullmatch("[A-Z]", letter):
            raise AnswerProblem(f'{_shown(item)} is not a choice: write the letters of your choices, like {{"A", "C"}}.')
        letters.add(letter)
    return letters


def chain_links(chain: list[str]) -> set[str]:
    """Who told whom, as "teller > hearer" in lower case: the items a chain is graded on."""
    return {f"{a.lower()} > {b.lower()}" for a, b in zip(chain, chain[1:])}


def compact_kinds(kinds: dict[int, set[str]]) -> dict[int, str | set[str]]:
    """A sentence with one kind as a plain tag, one with several as a set: the shortest exact answer."""
    return {n: next(iter(tags)) if len(tags) == 1 else set(tags) for n, tags in kinds.items()}


def python_literal(value: object) -> str:
    """``value`` as one line of Python to paste: double quotes, and sets in a fixed order."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(map(python_literal, sorted(value))) + "}" if value else "set()"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + ", ".join(map(python_literal, value)) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(map(python_literal, value)) + "]"
    return repr(value)


def _known_label(where: str, label: object, allowed: dict[str, str]) -> str:
    word = label.strip().lower() if isinstance(label, str) else label
    if isinstance(word, str) and "," in word and all(part.strip() in allowed for part in word.split(",")):
        several = ", ".join(f'"{part.strip()}"' for part in word.split(","))
        raise AnswerProblem(f"{where} has several tags in one string: write them as a set, like {{{several}}}.")
    if not isinstance(word, str) or word not in allowed:
        raise AnswerProblem(f"{where} is tagged {label!r}, which is not one of the tags: "
                            + ", ".join(f'"{k}"' for k in allowed) + ".")
    return word


def _words(key: object) -> str:
    if not isinstance(key, str) or not key.strip():
        raise AnswerProblem(f"{key!r} is not a name or a phrase: write words between quotation marks.")
    return " ".join(key.lower().split())


def _parse_labels(value, allowed, read_key, show_key, example: str) -> dict:
    if not isinstance(value, dict):
        raise AnswerProblem(f"{_shown(value)} is not a dictionary: write one like {example}.")
    labels = {}
    for key, label in value.items():
        item = read_key(key)
        labels[item] = _known_label(show_key(item), label, allowed)
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
    _expect_known_labels(value, allowed, show=lambda n: f"S{n}")
    missing = sorted(set(range(1, len(article) + 1)) - set(value))
    if missing:
        raise AnswerProblem("Every sentence needs a tag. Still untagged: " + ", ".join(f"S{n}" for n in missing) + ".")
    _say_form_ok()


def expect_name_labels(value: object, names: list[str], allowed: dict[str, str]) -> None:
    """Visible test: a dict from each of ``names`` to one of the ``allowed`` labels, in any letter case as graded."""
    _expect_answered(value, f'a dictionary like {{"{names[0]}": "{next(iter(allowed))}"}}')
    if not isinstance(value, dict) or not all(type(k) is str for k in value):
        raise AnswerProblem(f'{_shown(value)} is not in the right form: write a dictionary like {{"{names[0]}": "..."}}.')
    known = {name.lower() for name in names}
    unknown = [k for k in value if k.lower() not in known]
    if unknown:
        raise AnswerProblem(
            "These names are not in the list: " + ", ".join(repr(k) for k in unknown)
            + ". Spell each one as the list does: " + ", ".join(f'"{n}"' for n in names) + "."
        )
    _expect_known_labels({k: v.lower() if type(v) is str else v for k, v in value.items()}, allowed)
    given = {k.lower() for k in value}
    missing = [n for n in names if n.lower() not in given]
    if missing:
        raise AnswerProblem("Every name needs a label. Still missing: " + ", ".join(f'"{n}"' for n in missing) + ".")
    _say_form_ok()


def expect_phrase_labels(value: object, allowed: dict[str, str]) -> None:
    """Visible test: a dict from marked words (short phrases) to one of the ``allowed`` labels."""
    _expect_answered(value, 'a dictionary like {"so-called": "so-called"}')
    if not isinstance(value, dict) or not value or not all(type(k) is str and k.strip() for k in value):
        raise AnswerProblem(
            f"{_shown(value)} is not in the right form: write a dictionary from marked words to techniques, "
            'like {"so-called": "so-called", "slammed": "emotive language"}.'
        )
    _expect_known_labels(value, allowed)
    _say_form_ok()
    too_long = [k for k in value if len(k.split()) > MAX_PHRASE_WORDS]
    if too_long:  # a note, not an error: an error would zero the marks that are right
        print(f"Marks longer than {MAX_PHRASE_WORDS} words count for nothing: " + ", ".join(_shown(k) for k in too_long)
              + ". Mark just the words that frame.")


def expect_sentence_kinds(value: object, article, allowed: dict[str, str] = SOURCE_KINDS) -> None:
    """Visible test: every sentence of ``article`` tagged with one kind, or a set of kinds where it mixes them."""
    example = '{1: "named", 2: {"vague", "named"}}'
    _expect_answered(value, f"a dictionary like {example}")
    if not isinstance(value, dict) or not all(type(k) is int for k in value):
        raise AnswerProblem(f"{_shown(value)} is not in the right form: write a dictionary from sentence numbers "
                            f"to tags, like {example}.")
    _expect_in_article(value, article)
    for number, tags in value.items():
        if not (type(tags) is str or (type(tags) in (set, frozenset) and tags and all(type(t) is str for t in tags))):
            raise AnswerProblem(f'S{number} needs a tag like "named", or a set of tags like {{"vague", "named"}}, '
                                f"not {_shown(tags)}.")
    parse_sentence_kinds(value, allowed)  # each tag known (any letter case: the grader reads lower case)
    missing = sorted(set(range(1, len(article) + 1)) - set(value))
    if missing:
        raise AnswerProblem("Every sentence needs a tag. Still untagged: " + ", ".join(f"S{n}" for n in missing) + ".")
    _say_form_ok()


def expect_choice_set(value: object, choices: str) -> None:
    """Visible test: a set of letters from ``choices`` (such as "ABCD"), in capitals."""
    example = '{"' + '", "'.join(choices[:2]) + '"}'
    _expect_answered(value, f"a set of letters like {example}")
    if not isinstance(value, (set, frozenset)) or not value or not all(type(v) is str for v in value):
        raise AnswerProblem(f"{_shown(value)} is not in the right form: write a set of letters like {example}.")
    unknown = sorted(v for v in value if v not in set(choices))
    if unknown:
        raise AnswerProblem("These are not among the choices: " + ", ".join(repr(v) for v in unknown)
                            + ". Use the capital letters " + ", ".join(choices) + ".")
    _say_form_ok()


def expect_chain(value: object, names: list[str]) -> None:
    """Visible test: a list of at least two of ``names``, spelled as given (any letter case), none twice."""
    example = f'["{names[0]}", "{names[1]}"]'
    _expect_answered(value, f"a list of names like {example}")
    if not isinstance(value, list) or not all(type(v) is str for v in value):
        raise AnswerProblem(f"{_shown(value)} is not in the right form: write a list of names in square brackets, "
                            f"like {example}.")
    unknown = [v for v in value if v.lower() not in {name.lower() for name in names}]  # graded in any letter case
    if unknown:
        raise AnswerProblem("These names are not in the list: " + ", ".join(repr(v) for v in unknown)
                            + ". Spell each one as the list does: " + ", ".join(f'"{n}"' for n in names) + ".")
    if len(value) < 2:
        raise AnswerProblem("A chain needs at least two names: who told, and who heard.")
    if len({v.lower() for v in value}) < len(value):
        raise AnswerProblem("A name appears twice in your chain: each one passes the claim on once.")
    _say_form_ok()


def parse_range(value: object) -> tuple[int, int]:
    """Read a range of whole numbers: (200, 999), [200, 999] or "200-999"."""
    if isinstance(value, str):
        parts = [part for part in re.split(r"[\s,()\[\]\-–]+", value) if part]
    elif isinstance(value, (tuple, list)):
        parts = list(value)
    else:
        parts = None
    try:
        low, high = (int(part) for part in parts)
    except (TypeError, ValueError):
        raise AnswerProblem(f"{_shown(value)} is not a range: write the lowest and the highest number, "
                            "like (10, 99).") from None
    if low > high:
        raise AnswerProblem(f"In a range the lower number comes first: write ({high}, {low}).")
    return low, high


def expect_range(value: object) -> None:
    """Visible test: a pair of whole numbers in brackets, the lower first."""
    _expect_answered(value, "a range like (10, 99)")
    if not isinstance(value, tuple) or len(value) != 2 or not all(type(v) is int for v in value):
        raise AnswerProblem(f"{_shown(value)} is not in the right form: write two whole numbers in round brackets, "
                            "the lowest first, like (10, 99).")
    parse_range(value)
    _say_form_ok()


def _expect_known_labels(value: dict, allowed: dict[str, str], show=repr) -> None:
    wrong = [f"{show(k)} ({v!r})" for k, v in value.items() if v not in allowed]
    if wrong:
        raise AnswerProblem(
            "These tags are not ones we use: " + ", ".join(wrong)
            + ". Use one of: " + ", ".join(f'"{k}"' for k in allowed) + " (in lower case)."
        )


def _say_form_ok() -> None:
    print("The form of your answer is right. Whether it is correct is decided when the lesson is graded.")


def _expect_answered(value: object, example: str) -> None:
    stale = last_run.problem_in_running_cell()
    if stale:  # the answer cell failed on its last run: the value here is an old one
        raise AnswerProblem(stale)
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
last_run.watch()
