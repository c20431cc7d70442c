"""Is this one of the lessons' own graded texts? In class, the analyzer leaves those to the student.

The analyzer marks sources, figures and framing. Run on a text a graded
exercise is on (the Press TV article, the invented reports, the skill checks'
articles), its marks, copied into the answer cells, would earn most of the
points of the tagging, vouchers and framing exercises. Working alone, the
learner has the self-study keys (check() counts right answers anyway), so the
analyzer marks every text; in class it answers such a text with one sentence.

A text is recognised by its content, not its bytes, so a copy with extra
spaces, other quotation marks, a sentence left out, a few words changed or
look-alike letters is still recognised; so is a part of it, alone or inside
other text. Each sentence of a graded text is known by its runs of three
words; the sentence is *in* the input when at least half of its runs are.
The input is refused when those sentences hold enough words to answer
with (``MOST_WORDS``), or most of what it says.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from ..content.article import load_article, phrase_words

#: Every text a graded exercise is on (tests/test_analyzer.py checks this against solutions/), except lesson 6's
#: practice passage: its exercise asks students to run the analyzer on it and find where the machine is wrong.
GRADED_TEXTS = ("coalition-hajin-statements", "one-strike-four-reports", "press-tv-hajin", "riverside-bridge",
                "skill-check-a-marrek-strike", "skill-check-b-tolbek-raid", "two-reports-november-2018")

#: What the analyzer says, in class, instead of its marks.
IN_CLASS = ("In class the analyzer does not mark the lessons' own texts, and this is one of them, because its marks "
            "would answer exercises your teacher grades: try it on an article of your own.")

#: Words in a run: three is short enough to survive a changed word in most sentences, long enough to be rare.
RUN = 3
#: Words of graded sentences in an input that are enough to answer part of an exercise with.
MOST_WORDS = 12

#: Letters from other alphabets (Cyrillic, Greek) and other Latin letters that look like plain Latin ones, in lower
#: case: a copy written with them is the same text.
_LOOK_ALIKES = str.maketrans("авекмнорстухіјѕԁԛԝӏαεικνορτυχɡı", "abekmhopctyxijsdqwlaeikvoptuxgi")


def words(text: str) -> list[str]:
    """The words of ``text`` for comparing contents: compatibility forms folded (full-width letters), invisible
    characters dropped, look-alike letters read as Latin, then read as marks are (answers.phrase_words)."""
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")
    return phrase_words(text.lower().translate(_LOOK_ALIKES))


def _runs(sentence_words: list[str]) -> set[tuple[str, ...]]:
    if len(sentence_words) <= RUN:
        return {tuple(sentence_words)}
    return {tuple(sentence_words[i:i + RUN]) for i in range(len(sentence_words) - RUN + 1)}


@cache
def _graded_sentences() -> tuple[tuple[str, int, frozenset], ...]:
    """(text name, words, runs of words) of every sentence of every graded text."""
    return tuple((name, len(found), frozenset(_runs(found)))
                 for name in GRADED_TEXTS for sentence in load_article(name).sentences
                 for found in [words(sentence.text)] if found)


def graded_text_in(text: str) -> str | None:
    """The name of the graded text whose sentences ``text`` holds, enough to answer with; None if it holds none."""
    given = words(text)
    runs = _runs(given)
    held: dict[str, int] = {}
    for name, size, sentence_runs in _graded_sentences():
        if len(sentence_runs & runs) * 2 >= len(sentence_runs):
            held[name] = held.get(name, 0) + size
    name = max(held, key=held.get, default=None)
    if name is not None and (held[name] >= MOST_WORDS or held[name] * 2 >= len(given)):
        return name
    return None


def working_alone(near: Path | None = None) -> bool:
    """Whether the learner works alone: check() has the self-study keys here (at or above ``near``, by default the
    current folder), and this account's Jupyter settings name no class exchange."""
    from .answer_hashes import has_self_study_keys
    from .in_class import in_a_class

    return has_self_study_keys(near) and not in_a_class()
