"""Whose words are inside quotation marks: a speaker's (the outlet reports them) or the outlet's own scare quotes.

Lesson 4 teaches the difference: an outlet that quotes a senator calling a plan "a disgrace" reports the
senator's framing; an outlet that writes the "reforms" in quotation marks of its own doubts the word itself.
So a framing word inside a quotation is marked as the speaker's, and quotation marks count as scare quotes
only when no one is speaking: not around a title ("60 Minutes"), not around words a speaker in the same
sentence said, not around an exclamation someone shouted. Words named as words ("refused to use the words
"radical thugs"") are talked about, not used: neither the outlet's framing nor scare quotes (``mentions``).

Round 9 of issue 30 (from the classes of wrong marks on real news): nor around words after a verb of naming or of
talking about anywhere earlier in the sentence ("named him the "quiet enforcer"", "talked about "fixing the buses""):
a name or a speaker's words, even where the attribution rules found no source (``naming_at``); nor around a quoted
phrase that describes the noun after it ("the "not there yet" comment", the "Bernie or Bust" crowd) or a quotation
glued into a longer word (a ""moan"-worthy headline", ``names_what_follows``). One quoted word before its noun may
still be the outlet's doubt ("a "peaceful" mission"). Nor around one capitalised word in mid-sentence, not after an
article or a possessive: a name given as written (the group "Hamas", ``is_name``).
"""

from __future__ import annotations

import re
from functools import cache

from .attribution_words import SPEECH
from .framing_context import DETERMINERS
from .framing_lexicon import saying_verbs

#: Markup attributes (author="...") hold no quotation; they are blanked before quotation marks are paired.
_MARKUP = re.compile(r"=\"[^\"]*\"")
#: The marks that open or close a quotation: ‘ only before a word or a double mark, ’ only after a word or a stop
#: and before no letter (so an apostrophe, "it’s", "the voters’ anger", opens nothing and closes only an open ‘).
_MARKS = re.compile(r"''|[“”\"]|(?<![\w’'])‘(?=[^\W\d_]|[“\"])|(?<=[\w.,!?;:…])’(?!\w)")
#: The marks that close a quotation, by the mark that opened it (None: a quotation open from the sentence before).
_CLOSERS = {"“": ("”", "\""), "\"": ("”", "\""), "''": ("''",), "‘": ("’",), None: ("”", "\"", "''")}
#: Words before a quotation that say it is a title of a work or programme.
TITLE_CUES = {"show", "programme", "program", "film", "movie", "book", "novel", "series", "song", "album",
              "documentary", "podcast", "column", "titled", "entitled", "newsletter", "play", "episode", "report"}
#: Words a title of two words or more follows: aired on "60 Minutes", starred in "Parks and Recreation".
TITLE_PLACES = {"on", "in", "edits", "hosts", "hosted", "host", "watch", "watched", "read", "reads", "wrote"}
#: Small words a title leaves in lower case ("Guardians of the Galaxy").
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "de"}
#: Words named as words: after "the words", "the phrase", "the term" (and a few more), in quotation marks, or after a
#: colon or an ellipsis ("the term … radical thugs?"); an article or a possessive must come before the noun, so that
#: "his second term, thugs ran the port" names no word.
MENTION = re.compile(
    r"\b(?:the|a|that|this|these|those|his|her|their|its|our|your|my)\s+"
    r"(?:words?|phrases?|terms?|labels?|slogans?|expressions?|epithets?|nicknames?)\s*"
    r"(?:[“\"‘'](?P<quoted>[^“”\"‘’]{1,60}?)[”\"’']|[:…]\s*(?P<bare>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s*(?=[.?!,;:]|$))",
    re.IGNORECASE)
_SPEECH_AFTER = re.compile(r"[,]?\s*(?:" + "|".join(sorted(SPEECH)) + r")\b")  # "...," said Ruiz
_NAME_VERB = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+([a-z]+)\b")
#: Verbs that give a name or a description someone chose ("named him the "quiet enforcer"").
NAMING = frozenset("""call calls called calling name names named naming dub dubs dubbed dubbing label labels labeled
labelled labeling labelling brand brands branded branding term terms termed deem deems deemed nickname nicknames
nicknamed""".split())
#: Verbs of talking about something that the verbs of saying leave out (they cite no claim): "spoke about "fixing the
#: buses"", "referred to the "new class"".
TALKING = frozenset("""speak speaks spoke speaking talk talks talked talking refer refers referred referring""".split())
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_VERBS = SPEECH | {"according", "to", "that", "it", "as", "calling", "called", "call", "calls", "asked", "added",
                   "adding", "noting", "tweeted", "wrote", "responded", "replied"}


@cache
def speech_verbs() -> frozenset[str]:
    """Every verb of saying, plain and judging, built once (the judging ones are read from the word list)."""
    return frozenset(SPEECH | saying_verbs())


@cache
def cue_words() -> frozenset[str]:
    """The words of a source's cue that are not the speaker's name, built once."""
    return frozenset(_VERBS | saying_verbs())


def quotations(text: str, open_at_start: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) of each quotation in a sentence, marks included, and whether one is still open at its end.

    A quotation opens with “, " or '' (two single marks, one newspaper's style) and closes with the mark of its kind
    (”, " or ''), or opens with ‘ and closes with ’ where no letter follows it (``_MARKS``: the apostrophe of "it’s"
    closes nothing, nor does "the ’90s" open anything). A quotation still open when the sentence ends runs to the end
    (it goes on in the next sentence); one open from the sentence before (``open_at_start``) begins at 0, even where
    the sentence starts with a mark of its own (a new paragraph of the same quotation opens again). A ‘ left
    open is no quotation: a stray mark ("the ‘90s") must not turn the rest of the text into someone's words.
    """
    text = _MARKUP.sub(lambda m: " " * len(m.group()), text)
    spans, start, opener = [], 0 if open_at_start else None, None
    for found in _MARKS.finditer(text):
        mark = found.group()
        if open_at_start and not text[:found.start()].strip():
            continue  # a quotation over several paragraphs opens each one again (''… / ''…''): no closing mark
        if start is None and mark != "’" and mark != "”":
            start, opener = found.start(), mark
        elif start is not None and mark in _CLOSERS[opener]:
            spans.append((start, found.end()))
            start = None
    if opener == "‘" and start is not None:
        start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans, start is not None


def is_title(text: str, start: int, end: int) -> bool:
    """Whether quotation marks hold the title of a work or programme: on "60 Minutes", starred in "Parks and
    Recreation", the show "Insight". A capitalised phrase after "the" or "its" is not taken for a title: outlets
    put their scare quotes round names too (the "Special Operation")."""
    words = re.findall(r"[\w’'-]+", text[start:end])
    before = re.findall(r"[\w’'-]+", text[:start].lower())[-1:]
    capitalised = [w for w in words if w.lower() not in TITLE_SMALL_WORDS or w is words[0]]
    title_case = bool(capitalised) and all(w[0].isupper() or w[0].isdigit() for w in capitalised)
    return title_case and bool(before) and (before[0] in TITLE_CUES or (before[0] in TITLE_PLACES and len(words) >= 2))


def mentions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words a sentence names as words ("refused to use the words “radical thugs”"): the article
    talks about them, so they are neither its framing nor its scare quotes."""
    found = []
    for m in MENTION.finditer(text):
        group = "quoted" if m.group("quoted") is not None else "bare"
        found.append((m.start(group), m.end(group)))
    return found


def speaker_name(cue: str, last_speaker: str | None) -> str | None:
    """The speaker in a source's cue, without its verb: "said Ana Ruiz" -> "Ana Ruiz"; "he" -> the last speaker."""
    words = cue.split()
    verb = next((i for i, w in enumerate(words) if w.lower() in cue_words()), None)
    if verb == 0:
        words = [w for w in words[1:] if w.lower() not in _VERBS]
    elif verb is not None:
        words = words[:verb]
    name = " ".join(words).strip(" ,:")
    if name.lower() in PRONOUNS:
        return last_speaker
    return name or last_speaker



def name_words(name: str) -> set[str]:
    """The capitalised words of a speaker's name, in lower case, without titles and small words: "Sen. Dana Holt" ->
    {"dana", "holt"}, "The Herald" -> {"herald"}. A later "attack on Holt" then names someone the article quotes."""
    words = (word.strip(",:;").removesuffix("’s").removesuffix("'s") for word in name.split())
    return {word.lower() for word in words if word[:1].isupper() and word.isalpha()
            and word.lower() not in TITLE_SMALL_WORDS}

def named_before_verb(text: str) -> str | None:
    """A capitalised name right before a verb of saying, for a quotation whose source the attribution rules missed:
    "Senator Dana Holt blasted the bill, calling it "..."" -> "Senator Dana Holt"."""
    for found in _NAME_VERB.finditer(text):
        if found.group(2).lower() in speech_verbs():
            return found.group(1)
    return None


def spoken(text: str, start: int, end: int, cues: list[int], named: bool) -> bool:
    """Whether a quotation holds someone's words: a named source in the sentence, a source cited before it, a verb
    of saying, a colon or a comma right before it, a verb of saying right after it, or an exclamation."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    inner = text[start:end].strip("\"“” ")
    words = re.findall(r"[\w’'-]+", before)[-2:]
    said_before = bool(words) and words[-1].lower() in SPEECH and not (  # not "the government's promised “…”"
        len(words) == 2 and words[0].lower().endswith(("'s", "’s")))
    return (named or any(cue < start for cue in cues) or before.endswith((":", ",")) or start == 0
            or inner.endswith(("!", "?", "!,", "?,")) or said_before or bool(_SPEECH_AFTER.match(after)))


def naming_at(tokens: list, tags) -> list[int]:
    """Where (character offsets) a sentence's verbs of naming or of talking about stand, each one tagged a verb ("the
    name" is a noun): words in quotation marks after one are a name or words someone chose, even when no source is
    found ("a Twitter account named "ilduce2016"", "referred to the "new class""). Other verbs of saying are not
    enough: "the ministry announced the "humanitarian pause"" can still doubt the ministry's words. The "called" of
    "so-called" is no speaker's verb: the so-called "consultation" is the outlet's doubt."""
    return [t.idx for i, t in enumerate(tokens) if t.lower_ in NAMING | TALKING and tags[i].startswith("VB")
            and not _so_called(tokens, i)]


def _so_called(tokens: list, i: int) -> bool:
    """Whether tokens[i] is the "called" of "so-called": the outlet's own doubt, which names no speaker."""
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ == "so"


def names_what_follows(text: str, tokens: list, tags, start: int, end: int) -> bool:
    """Whether a quotation is a phrase of several words that describes the noun right after it (the "not there yet"
    comment, the "Bernie or Bust" crowd: a name or someone's words), or is glued into a longer word (a ""moan"-worthy
    headline). One quoted word before its noun may still be the outlet's doubt (a "peaceful" mission, the
    "liberation" army)."""
    if text[end:end + 1] == "-":
        return True
    after = next((i for i, t in enumerate(tokens) if t.idx >= end), None)
    return (" " in text[start:end].strip() and after is not None and tokens[after].is_alpha
            and tokens[after].is_lower and tags[after].startswith("NN"))


def is_name(text: str, start: int, end: int) -> bool:
    """Whether quotation marks hold one capitalised word in the middle of a sentence, not after "the", "a" or a
    possessive: a name (the group "Hamas", self-described "Berners"), which the outlet gives as written. A
    capitalised word the outlet doubts follows an article (the "Liberation" of the town)."""
    words = re.findall(r"[\w’'-]+", text[start:end])
    before = re.findall(r"[\w’'-]+", text[:start].lower())[-1:]
    return (len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() and bool(before)
            and before[0] not in DETERMINERS and not before[0].endswith(("’s", "'s")))
