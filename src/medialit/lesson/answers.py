"""The shape of an answer: read loose forms, and explain bad ones kindly.

Students type one-line Python values. One ``read_*`` function per shape of
answer says how it is graded: the items in a form the grader reads are kept,
and each item that is not (``"S2"`` in a set of sentence numbers, a tag that is
not one of the tags, an untagged sentence) is named in one plain sentence that
says how to write it. check(), the visible tests (``expect_*``) and grading
(:class:`medialit.classroom.grading.GradePlainValuesOnly`) all use that reading, so they
never disagree: a slip costs only its own item. Only an answer with nothing
gradable in it raises :class:`AnswerProblem`: in the student's notebook the
visible test shows it as one plain sentence and Run All goes on; while nbgrader
grades or validates, it is an error (0). Correctness is never judged here: that
is the hidden tests' job.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Callable

from ..content.article import phrase_words
from ..content.grading_view import during_grading
from . import last_run
from .friendly_errors import AnswerProblem, install_friendly_errors

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

#: The checks that could settle a claim (lesson 5): where a careful reader would look next.
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

_SENTENCE_REF = re.compile(r"^\s*(?:[Ss]\s*)?(\d+)\s*$")  # linear: spaces cannot be split two ways


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


def chain_links(chain: list[str]) -> set[str]:
    """Who told whom, as "teller > hearer" in lower case: the items a chain is graded on."""
    return {f"{a.lower()} > {b.lower()}" for a, b in zip(chain, chain[1:])}


def given_items(value: object) -> set[str]:
    """The items of a read answer as a reason for part credit names them: "f2:named" for a label per name (in lower
    case, as graded), the letter itself for a choice. check() and the feedback page look reasons up by these."""
    if isinstance(value, dict):
        return {f"{name}:{label}".lower() for name, label in value.items() if isinstance(label, str)}
    return {item for item in value if isinstance(item, str)} if isinstance(value, (set, frozenset)) else set()


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


# One reading of an answer's form, for check(), the visible form tests and grading alike ----------------------------

#: What a student's slip costs: the item is left out of what is graded, and the rest still counts.
NOT_COUNTED = "until then it does not count"


@dataclass(frozen=True)
class Reading:
    """An answer as it is graded: ``value`` holds only the items in a form the grader reads; ``notes`` say, one
    sentence each, which items were left out (or cost a pick) and how to write them.

    check(), the visible form test and grading (medialit.classroom.grading.GradePlainValuesOnly) all call the same
    ``read_*`` function, so what a student is told is what the grade gives. ``slipped`` holds the sentences (or
    names) the student did tag, in a form left out: a note names each, so none is also "not tagged yet".
    """

    value: object
    notes: tuple[str, ...] = ()
    slipped: frozenset = frozenset()


def _reading(value: object, notes: list[str], given: int) -> Reading:
    """The reading, or, when the student gave items and none of them could be read, the notes as the one problem."""
    if given and not value:
        raise AnswerProblem(" ".join(notes))
    return Reading(value, tuple(notes))


def _items_of(value: object, example: str) -> list:
    """The items of an answer that should be a set; a text in quotes or any other value is no set at all."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)  # the same notes, in the same order, in every process
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str):
        raise AnswerProblem(f"{_shown(value)} is text in quotes, not a set: write it in curly brackets, "
                            f"like {example}.")
    raise AnswerProblem(f"{_shown(value)} is not a set: write one in curly brackets, like {example}.")


def sentence_number_slip(item: object) -> str:
    """Why ``item`` is not a sentence number, and how to write it, in one sentence."""
    match = _SENTENCE_REF.match(item) if isinstance(item, str) else None
    if match:
        how = "with quotes and a letter" if re.search("[Ss]", item) else "with quotes"
        return f"{item!r} is written {how}: write the sentence number alone, like {int(match.group(1))}; {NOT_COUNTED}."
    if isinstance(item, float) and item.is_integer():
        return f"{item!r} is not a whole number: write {int(item)}; {NOT_COUNTED}."
    return f"{_shown(item)} is not a sentence number: write a number such as 3; {NOT_COUNTED}."


def _is_number(item: object) -> bool:
    return type(item) is int


def read_sentence_set(value: object, article=None) -> Reading:
    """A set of sentence numbers: each item must be a whole number; with ``article``, one of its sentences."""
    items = _items_of(value, "{1, 4}")
    numbers = {item for item in items if _is_number(item)}
    notes = [sentence_number_slip(item) for item in items if not _is_number(item)]
    notes += _outside(numbers, article, "counts as a wrong pick")
    return _reading(numbers, notes, len(items))


def read_choice_set(value: object, choices: str | None = None) -> Reading:
    """A set of choice letters, in any letter case (graded in capitals); with ``choices``, the letters offered."""
    items = _items_of(value, '{"A", "C"}')
    letters = {item.strip().upper() for item in items if _is_letter(item)}
    notes = [f'{_shown(item)} is not one letter: write each choice as a letter in quotes, like "A"; {NOT_COUNTED}.'
             for item in items if not _is_letter(item)]
    if choices:
        notes += [f'"{letter}" is not among the choices {", ".join(choices)}: it counts as a wrong pick.'
                  for letter in sorted(letters - set(choices))]
    return _reading(letters, notes, len(items))


def _is_letter(item: object) -> bool:
    return type(item) is str and re.fullmatch("[A-Za-z]", item.strip()) is not None


def read_chain(value: object, names: list[str] | None = None) -> Reading:
    """Who told whom: a list of names in square brackets, first teller first, in any letter case."""
    if not isinstance(value, list):
        raise AnswerProblem(f"{_shown(value)} is not a list of names: write one in square brackets, "
                            'like ["first", "second"].')
    chain = [item for item in value if type(item) is str]
    notes = [f"{_shown(item)} is not a name: write names in quotes; {NOT_COUNTED}." for item in value
             if type(item) is not str]
    if names:
        known = {name.lower() for name in names}
        spellings = ", ".join(f'"{n}"' for n in names)
        notes += [f"{item!r} is not in the list, so the links to and from it count as wrong links: spell each name as "
                  f"the list does: {spellings}." for item in chain if item.lower() not in known]
    if len({item.lower() for item in chain}) < len(chain):
        notes.append("A name appears twice in your chain: each one passes the claim on once, so the link back "
                     "counts as a wrong link.")
    if len(chain) < 2:
        raise AnswerProblem(" ".join([*notes, "A chain needs at least two names: who told, and who heard."]))
    return Reading(chain, tuple(notes))


def read_range(value: object) -> Reading:
    """A range of whole numbers, the lower first, in round (or square) brackets: one item, right or not."""
    if (isinstance(value, (tuple, list)) and len(value) == 2 and all(_is_number(v) for v in value)):
        low, high = value
        if low > high:
            raise AnswerProblem(f"In a range the lower number comes first: write ({high}, {low}).")
        return Reading((low, high))
    raise AnswerProblem(f"{_shown(value)} is not a range: write the lowest and the highest whole number in round "
                        "brackets, like (10, 99).")


def _tag_slip(where: str, label: object, allowed: dict[str, str], several: bool) -> str | None:
    """Why ``label`` is not a tag from ``allowed`` (None if it is one, in any letter case)."""
    if isinstance(label, str) and label.strip().lower() in allowed:
        return None
    if isinstance(label, str) and "," in label and all(p.strip().lower() in allowed for p in label.split(",")):
        if several:
            tags = ", ".join(f'"{p.strip().lower()}"' for p in label.split(","))
            return (f"{where} has several tags in one string: write them as a set, like {{{tags}}}; "
                    f"until then {where} does not count.")
        return f"{where} has several tags in one string: choose one; until then {where} does not count."
    return (f"{where} is tagged {_shown(label)}, which is not one of the tags ("
            + ", ".join(f'"{k}"' for k in allowed) + f"); until then {where} does not count.")


def is_blank(label: object) -> bool:
    """The tagging tool's blank, or a value left empty: a sentence not tagged yet, which scores nothing."""
    return label is ... or label is None or (isinstance(label, (str, set, frozenset, list, tuple)) and not
                                             (label.strip() if isinstance(label, str) else label))


def _sentence_entries(value: object, example: str):
    """Each (number, label) of a dict from sentence numbers, a note for each key that is not a whole number, and
    the sentences such keys meant ("S3" meant S3) where they carry a tag."""
    if not isinstance(value, dict):
        raise AnswerProblem(f"{_shown(value)} is not a dictionary: write one like {example}.")
    entries, notes, slipped = [], [], set()
    for key, label in value.items():
        if _is_number(key):
            entries.append((key, label))
            continue
        notes.append(f"The key {sentence_number_slip(key)}")
        if _meant_number(key) is not None and not is_blank(label):
            slipped.add(_meant_number(key))
    return entries, notes, slipped


def _meant_number(key: object) -> int | None:
    """The sentence a key written in another form means: "S3", "3" and 3.0 mean 3; None if it means none."""
    match = _SENTENCE_REF.match(key) if isinstance(key, str) else None
    if match:
        return int(match.group(1))
    return int(key) if isinstance(key, float) and key.is_integer() else None


def read_sentence_labels(value: object, article=None, allowed: dict[str, str] = SOURCE_KINDS) -> Reading:
    """One tag per sentence, ``{1: "named", 2: "none"}``, tags in any letter case; untagged sentences score nothing."""
    entries, notes, slipped = _sentence_entries(value, '{1: "named", 2: "none"}')
    tags = {}
    for number, label in entries:
        slip = None if is_blank(label) else _tag_slip(f"S{number}", label, allowed, several=False)
        if slip:
            notes.append(slip)
            slipped.add(number)
        elif not is_blank(label):
            tags[number] = label.strip().lower()
    return _sentence_reading(tags, notes, value, article, slipped)


def read_sentence_kinds(value: object, article=None, allowed: dict[str, str] = SOURCE_KINDS) -> Reading:
    """A kind, or a set of kinds, per sentence: ``{1: "named", 2: {"vague", "named"}}``, in any letter case."""
    entries, notes, slipped = _sentence_entries(value, '{1: "named", 2: {"vague", "named"}}')
    kinds = {}
    for number, label in entries:
        if is_blank(label):
            continue
        labels = list(label) if isinstance(label, (set, frozenset, list, tuple)) else [label]
        slips = [_tag_slip(f"S{number}", one, allowed, several=True) for one in labels]
        if any(slips):
            notes.append(next(slip for slip in slips if slip))
            slipped.add(number)
        else:
            kinds[number] = {one.strip().lower() for one in labels}
    return _sentence_reading(compact_kinds(kinds), notes, value, article, slipped)


def _sentence_reading(tags: dict, notes: list[str], value: dict, article, slipped: set[int]) -> Reading:
    """Tags per sentence: numbers outside the text named, untagged sentences listed (not those tagged in a form
    a note names: the student did tag them); nothing tagged is one problem."""
    notes += _outside(tags, article, "is not graded")
    if article is not None and tags:
        missing = [n for n in range(1, len(article) + 1) if n not in tags and n not in slipped]
        if missing:
            notes.append("Not tagged yet: " + ", ".join(f"S{n}" for n in missing)
                         + ". An untagged sentence scores nothing; your other tags still count.")
    if not tags:
        raise AnswerProblem(" ".join(notes) if notes else f"No sentence is tagged yet in {_shown(value)}: "
                            'tag each one, like {1: "named", 2: "none"}.')
    return Reading(tags, tuple(notes), frozenset(slipped))


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def read_name_labels(value: object, names: list[str] | None = None, allowed: dict[str, str] = SOURCE_KINDS) -> Reading:
    """A label per listed name, ``{"Press TV": "state media"}``, in any letter case; a name left out scores nothing."""
    example = f'{{"{names[0]}": "{next(iter(allowed))}"}}' if names else '{"Press TV": "state media"}'
    if not isinstance(value, dict):
        raise AnswerProblem(f"{_shown(value)} is not a dictionary: write one like {example}.")
    labels, notes, slipped = {}, [], set()
    for key, label in value.items():
        name = key if type(key) is str and not names else next((n for n in names or [] if type(key) is str
                                                               and _same_name(key, n)), None)
        if name is None:
            notes.append(f"{_shown(key)} is not in the list: spell it as the list does ("
                         + ", ".join(f'"{n}"' for n in names or []) + f"); {NOT_COUNTED}.")
        elif not is_blank(label):
            slip = _tag_slip(repr(name), label, allowed, several=False)
            if slip:
                notes.append(slip)
                slipped.add(name)
            else:
                labels[name] = label.strip().lower()
    if names and labels:
        missing = [n for n in names if n not in labels and n not in slipped]  # a slip's note names it already
        if missing:
            notes.append("Not labelled yet: " + ", ".join(f'"{n}"' for n in missing)
                         + ". A name without a label scores nothing; your other labels still count.")
    reading = _reading(labels, notes, len(value))
    return Reading(reading.value, reading.notes, frozenset(slipped))


def word_runs(phrase: str, longest: int | None = None) -> list[str]:
    """Every run of neighbouring words in a phrase (of at most ``longest`` words), as :func:`phrase_words` reads it.

    A mark on any run of a key phrase finds it: a student who clicks "nest" has found "terror nest". And a mark
    finds every key phrase that is one of its own runs ("savage slaughter" finds "savage"). The hidden tests count
    both, on whole words only.
    """
    words = phrase_words(phrase)
    return [" ".join(words[i:j]) for i in range(len(words))
            for j in range(i + 1, min(i + (longest or len(words)), len(words)) + 1)]


@cache
def text_phrases(name: str) -> frozenset[str]:
    """Every mark the highlighter can make on the text ``name``: each run of up to MAX_PHRASE_WORDS words inside one
    of its sentences, as :func:`phrase_words` reads them."""
    from ..content.article import load_article

    return frozenset(run for sentence in load_article(name).sentences
                     for run in word_runs(sentence.text, MAX_PHRASE_WORDS))


#: How many marks a note names before it only counts the rest.
_NAMED_MARKS = 5


def _marks_named(marks: list[str]) -> str:
    shown = ", ".join(_shown(m) for m in marks[:_NAMED_MARKS])
    return shown + (f" and {len(marks) - _NAMED_MARKS} more" if len(marks) > _NAMED_MARKS else "")


def read_phrase_labels(value: object, allowed: dict[str, str] = FRAMING_TECHNIQUES, text: str | None = None) -> Reading:
    """Marked words and their technique, ``{"so-called": "so-called"}``; with ``text`` (the name of the text the
    exercise is on), a mark counts only where it is words of that text, whole and in order.

    A mark that is not (words run together, invented words, a look-alike letter) is left out: it earns nothing
    and costs nothing. A mark longer than six words also earns nothing; it stays in the reading (the hidden test
    skips it) and a note says so. Grading passes ``text`` too, from the visible test's own call.
    """
    example = '{"so-called": "so-called", "slammed": "emotive language"}'
    if not isinstance(value, dict):
        raise AnswerProblem(f"{_shown(value)} is not a dictionary of marks: write one like {example}.")
    if not value:
        raise AnswerProblem(f"Nothing is marked yet: copy the words that frame, with their technique, like {example}.")
    phrases = text_phrases(text) if text is not None else None
    marks, notes, not_in_text = {}, [], []
    for phrase, label in value.items():
        if type(phrase) is not str or not phrase.strip():
            notes.append(f"{_shown(phrase)} is not a marked phrase: write the words in quotes; {NOT_COUNTED}.")
            continue
        phrase = " ".join(phrase.split())
        words = " ".join(phrase_words(phrase))
        if phrases is not None and len(words.split()) <= MAX_PHRASE_WORDS and words not in phrases:
            not_in_text.append(phrase)
            continue
        slip = _tag_slip(repr(phrase), label, allowed, several=False)
        if slip:
            notes.append(slip)
        else:
            marks[phrase] = label.strip().lower()
    if not_in_text:
        notes.append("Marks that are not words of the text, whole and in its order, count for nothing: "
                     f"{_marks_named(not_in_text)}; copy your marks from the highlighter's answer line.")
    too_long = [p for p in marks if len(phrase_words(p)) > MAX_PHRASE_WORDS]
    if too_long:
        notes.append(f"Marks longer than {MAX_PHRASE_WORDS} words count for nothing: "
                     + _marks_named(too_long) + ". Mark just the words that frame.")
    return _reading(marks, notes, len(value))


def _outside(numbers, article, cost: str) -> list[str]:
    """A note for the numbers that are not sentences of ``article`` (nothing when the text is not known here)."""
    if article is None:
        return []
    outside = sorted(n for n in numbers if not 1 <= n <= len(article))
    if not outside:
        return []
    return [f"This text has sentences S1 to S{len(article)}, so " + ", ".join(map(str, outside))
            + f" cannot be right: {'it' if len(outside) == 1 else 'each'} {cost}."]


def expect_sentence_set(value: object, article) -> None:
    """Visible test: a set of whole numbers, each a sentence of ``article``."""
    _form_test(value, "a set of sentence numbers like {1, 4}", lambda: read_sentence_set(value, article))


def expect_sentence_labels(value: object, article, allowed: dict[str, str] = SOURCE_KINDS) -> None:
    """Visible test: a dict from sentence numbers to one of the ``allowed`` tags; untagged ones are listed."""
    _form_test(value, 'a dictionary like {1: "named", 2: "none"}',
               lambda: read_sentence_labels(value, article, allowed))


def expect_name_labels(value: object, names: list[str], allowed: dict[str, str]) -> None:
    """Visible test: a dict from each of ``names`` to one of the ``allowed`` labels, in any letter case as graded."""
    _form_test(value, f'a dictionary like {{"{names[0]}": "{next(iter(allowed))}"}}',
               lambda: read_name_labels(value, names, allowed))


def expect_phrase_labels(value: object, allowed: dict[str, str], text: str | None = None) -> None:
    """Visible test: a dict from marked words (short phrases of the text named ``text``) to ``allowed`` labels.

    The text is named as a literal, so that grading, which runs none of the notebook, reads the marks against
    the same text (medialit.classroom.test_cells.form_tests takes literal arguments as they are).
    """
    _form_test(value, 'a dictionary like {"so-called": "so-called"}', lambda: read_phrase_labels(value, allowed, text))


def expect_sentence_kinds(value: object, article, allowed: dict[str, str] = SOURCE_KINDS) -> None:
    """Visible test: sentences of ``article`` tagged with one kind, or a set of kinds where they mix them."""
    _form_test(value, 'a dictionary like {1: "named", 2: {"vague", "named"}}',
               lambda: read_sentence_kinds(value, article, allowed))


def expect_choice_set(value: object, choices: str) -> None:
    """Visible test: a set of letters from ``choices`` (such as "ABCD")."""
    _form_test(value, 'a set of letters like {"' + '", "'.join(choices[:2]) + '"}',
               lambda: read_choice_set(value, choices))


def expect_chain(value: object, names: list[str]) -> None:
    """Visible test: a list of at least two of ``names``, spelled as given (any letter case)."""
    _form_test(value, f'a list of names like ["{names[0]}", "{names[1]}"]', lambda: read_chain(value, names))


def expect_range(value: object) -> None:
    """Visible test: a pair of whole numbers in brackets, the lower first."""
    _form_test(value, "a range like (10, 99)", lambda: read_range(value))


#: Each visible test and the reading it makes: grading reads an answer with the function its test cell calls.
READERS = {"expect_sentence_set": read_sentence_set, "expect_sentence_labels": read_sentence_labels,
           "expect_name_labels": read_name_labels, "expect_phrase_labels": read_phrase_labels,
           "expect_sentence_kinds": read_sentence_kinds, "expect_choice_set": read_choice_set,
           "expect_chain": read_chain, "expect_range": read_range}


def _say(reading: Reading) -> None:
    """Show each note on the form, then whether the rest is ready: a note never zeroes the items that are right."""
    rest = ("The rest of your answer is in a form the grader can read." if reading.notes else
            "The form of your answer is right.")
    _show([*reading.notes, f"{rest} Whether it is correct is decided when the lesson is graded."])


class Said:
    """Sentences for a student, as a notebook shows them: paragraphs of HTML, which wrap between words (JupyterLab
    shows plain output in a box that breaks words anywhere: "grade" / "d."), and the same lines as plain text
    wherever text is all there is (outside a notebook)."""

    def __init__(self, lines: list[str]):
        self.lines = lines

    def __repr__(self) -> str:
        return "\n".join(self.lines)

    def _repr_html_(self) -> str:
        return '<div class="medialit-said">' + "".join(f"<p>{html.escape(line)}</p>" for line in self.lines) + "</div>"


def _show(lines: list[str]) -> None:
    """Sentences under a visible test: paragraphs in the student's notebook; plain printed lines while nbgrader
    grades, which the output cap, the feedback page and the formgrader read as text."""
    if during_grading():
        print("\n".join(lines))
        return
    from IPython.display import display

    display(Said(lines))


def _form_test(value: object, example: str, read: Callable[[], Reading]) -> None:
    """A visible test: say what ``read`` makes of the answer ``value``, or what stops it from being read.

    In the student's own kernel nothing here is an error, so Restart and Run All (where lesson 00 sends students
    when something looks wrong) runs every cell below: an unanswered exercise, an answer with nothing gradable in
    it or an answer cell that failed on its last run is one friendly line. While nbgrader grades or validates, each
    is an error, as before: the exercise scores 0, its hidden tests do not run, and Validate reports it.
    """
    try:
        _expect_answered(value, example)
        reading = read()
    except AnswerProblem as problem:
        if during_grading():
            raise
        _show([str(problem) if value is ... else f"Not quite ready: {problem}"])
        return
    _say(reading)


def _expect_answered(value: object, example: str) -> None:
    stale = last_run.problem_in_running_cell()
    if stale:  # the answer cell failed on its last run: the value here is an old one
        raise AnswerProblem(stale)
    if value is ...:
        raise AnswerProblem(f"You have not answered yet: replace the ... in the answer cell above with {example}, "
                            "run it, then run this cell again.")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# Every cell that can raise an AnswerProblem imports this module first.
install_friendly_errors()
last_run.watch()
