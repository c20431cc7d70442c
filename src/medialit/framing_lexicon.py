"""The words the analyzer marks as loaded labels and emotive language, read from ``data/framing_words.txt``.

The word list follows two classes of the propaganda-technique taxonomy used by
automatic detectors (SemEval-2020 Task 11): *Name calling / labeling* (a noun
for people, a group or a government that passes judgement: our "loaded
label") and *Loaded language* (a word that pushes a feeling: our "emotive
language", with praise as well as condemnation). It lists each word once, in
its base form; this module adds the forms news writes (plurals, "-ly"
adverbs), so "savage" also finds "savagely". A list always misses the next
word, so the analyzer also matches patterns (``analyzer.FRAMING_PATTERNS``),
and every mark is a question, not a verdict.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).parent / "data" / "framing_words.txt"


def plural(term: str) -> str:
    """The plain plural of a term's last word: thug -> thugs, crony -> cronies, fat cat -> fat cats."""
    head, _, word = term.rpartition(" ")
    if re.search(r"[^aeiou]y$", word):
        word = word[:-1] + "ies"
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        word += "es"
    else:
        word += "s"
    return f"{head} {word}" if head else word


def adverb(adjective: str) -> str | None:
    """The "-ly" adverb of a one-word adjective (brutal -> brutally, angry -> angrily), or None."""
    if " " in adjective or "-" in adjective or adjective.endswith("ly"):
        return None
    if adjective.endswith("ic"):
        return adjective + "ally"
    if re.search(r"[^aeiou]le$", adjective):
        return adjective[:-1] + "y"
    if re.search(r"[^aeiou]y$", adjective):
        return adjective[:-1] + "ily"
    if adjective.endswith("ll"):
        return adjective + "y"
    return adjective + "ly"


def _sections(text: str) -> dict[str, list[str]]:
    sections, current = {}, None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections


@cache
def lexicon() -> dict[str, list[str]]:
    """``{"loaded label": [...], "emotive language": [...]}``: every form the analyzer matches, in lower case."""
    words = _sections(WORDS_FILE.read_text(encoding="utf-8"))
    labels = {form for term in words["labels"] for form in (term, plural(term))}
    emotive = set(words["emotive phrases"])
    emotive |= {form for line in words["emotive verbs"] for form in line.split()}
    emotive |= {form for noun in words["emotive nouns"] for form in (noun, plural(noun))}
    emotive |= {form for adjective in words["emotive adjectives"] for form in (adjective, adverb(adjective)) if form}
    return {"loaded label": sorted({w.lower() for w in labels}),
            "emotive language": sorted({w.lower() for w in emotive} - {w.lower() for w in labels})}
