"""A bad name said OF a person: "Smith is a proven failure", "called him a failure", "Smith, a total failure,".

Round 11 of issue 30. The hand list names the usual bad names ("liar", "thug", "crook"); a list always misses the
next one. What shows that a noun is a name for someone is the construction that says it of them: a person (a name or
"he", "she", "they") and a linking verb before it ("Smith is a ...", "they are ..."), a verb of naming with the person
("called Jones a ...", "described Smith as a ..."), or a comma after a name or a word for a person ("Mayor Jones, a
...,"). The noun judges them when human raters scored it clearly negative in VADER's lexicon (-1.5 or below:
``data/vader_negative_words.txt``, written by ``benchmarks/export_vader_words.py``); a neutral role ("critic",
"opponent", "victim") rates above that or not at all, and a noun said of a thing ("the bill is a failure") or of "it"
is no name for a person. Words that name a fact ("killer", "war") are left out of the list.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .attribution_words import a_person_word
from .framing_context import DEGREE, PERSON_ENDINGS, SentenceTags, denied_label, in_name
from .word_files import entries

NEGATIVE_FILE = Path(__file__).parent / "data" / "vader_negative_words.txt"
EXPLANATION = ("A bad name said of a person: the sentence says someone IS this (or calls them it), which judges who "
               "they are instead of telling what they did. Who says so, and what did the person actually do?")
#: Linking verbs that say what someone is: "Smith is a failure", "he became a failure".
LINKING = frozenset("is are was were 's ’s be been being am become became becomes remain remains remained".split())
#: Pronouns that stand for people ("it" stands for things, "it's a failure").
PERSONAL = frozenset("he she they you i we".split())
#: Verbs of naming: "called Jones a failure", "described Smith as an embarrassment".
NAMING = frozenset("""call calls called calling name names named naming dub dubs dubbed dubbing brand brands branded
branding label labels labeled labelled labeling labelling describe describes described describing""".split())
#: Object pronouns after a verb of naming: "called him a failure".
OBJECTS = frozenset("him her them me us you".split())
#: Words that may stand between the construction and the noun: an article, a quotation mark, a word of degree ("such
#: an egotist", "a total failure").
BETWEEN = frozenset({"a", "an", "the", "such", "total", "complete", "real", "utter", "absolute", "'", '"', "“", "‘"}
                    | DEGREE)


@cache
def negative_words() -> frozenset[str]:
    """VADER's plain words rated -1.5 or below (lower case)."""
    return frozenset(entries(NEGATIVE_FILE))


def find(doc, tags: SentenceTags) -> list[tuple[str, int, int, str]]:
    """Every bad name said of a person in one sentence: ("loaded label", start_char, end_char, explanation)."""
    tokens, found = doc.tokens, []
    if not any(token.lower_ in negative_words() for token in tokens):
        return found  # the sentence need not be tagged
    for i in range(1, len(tokens)):
        at = _what_follows(tokens, tags, i)
        noun = _the_noun(tokens, tags, at) if at is not None else None
        if (noun is not None and tokens[noun].lower_ in negative_words() and not in_name(tokens, noun, noun + 1)
                and not denied_label(tokens, noun)):  # "Marsh is not a failure" sticks no name on her
            found.append(("loaded label", doc[noun:noun + 1].start_char, doc[noun:noun + 1].end_char, EXPLANATION))
    return found


def _what_follows(tokens: list, tags: SentenceTags, i: int) -> int | None:
    """Where what is said of a person begins, if tokens[i] opens a construction that says something of one: a linking
    verb after a person ("Smith is", "they are"), a verb of naming and its person ("called him", "described Smith
    as"), or a comma after a person ("Mayor Jones,", "a proven builder,")."""
    word, before = tokens[i].lower_, tokens[i - 1]
    if word in LINKING:
        person = before.lower_ in PERSONAL or tags[i - 1] == "NNP"
        return i + 1 if person and tags[i].startswith("VB") else None  # not "Jones's failure"
    if word in NAMING and i + 1 < len(tokens):
        at = i + 1
        if tokens[at].lower_ in OBJECTS:
            at += 1
        else:
            while at < len(tokens) and tags[at] == "NNP":
                at += 1
            if at == i + 1:
                return None  # no person named: "called a meeting"
        return at + (at < len(tokens) and tokens[at].lower_ == "as")
    if word == "," and _a_person(tokens, tags, i - 1) and i + 1 < len(tokens) and tokens[i + 1].lower_ in ("a", "an"):
        return i + 1
    return None


def _a_person(tokens: list, tags: SentenceTags, i: int) -> bool:
    """Whether tokens[i] names a person: a name, a word for a person (``a_person_word``: "people", "judge"), or a
    noun with a person's ending ("builder", "businessman"), which only the tagger tells from "order" the verb."""
    word = tokens[i].lower_
    return tags[i] == "NNP" or a_person_word(word) or (
        tags[i].startswith("NN") and word.endswith((*PERSON_ENDINGS, "man")))


def _the_noun(tokens: list, tags: SentenceTags, at: int) -> int | None:
    """The noun that heads what is said, from tokens[at]: past articles, quotation marks, words of degree and
    describing words ("a ‘Proven Failure’", "such an egotist"), or None when what follows is no noun."""
    while at < len(tokens) and tokens[at].lower_ in BETWEEN:
        at += 1
    while at < len(tokens) and tokens[at].is_alpha and tags[at].startswith(("JJ", "RB", "VBN", "VBG")):
        at += 1
    if at < len(tokens) and tokens[at].is_alpha and tags[at] in ("NN", "NNS"):
        return at
    return None
