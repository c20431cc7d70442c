"""medialit.analyzer.tokenizer gives spaCy's tokens, with spaCy's lexical attributes, on every text the project has.

spaCy is in the test extra for this check only: the analyzer's rules were written on spaCy's tokens, and
the pure-Python replay must not move a single one (the titles it adds, tokenizer.TITLES, are added to spaCy here too).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import spacy
from spacy.symbols import ORTH

from medialit.analyzer.analyzer import FRAMING
from medialit.content.article import number_sentences
from medialit.content.ownership import outlet_rows
from medialit.analyzer.tokenizer import TITLES, tokenize

ROOT = Path(__file__).parents[1]
TEXTS = sorted((ROOT / "source_texts").glob("*.txt")) + sorted((ROOT / "tests/fixtures").glob("analyzer*/*.txt"))
ATTRIBUTES = ("text", "idx", "i", "whitespace_", "lower_", "is_alpha", "is_lower", "is_upper", "is_title", "is_punct",
              "like_num")
#: Hard cases for the rules: special cases inside punctuation, URLs, abbreviations, odd whitespace.
HARD = ["(don't) stop", "U.S. officials' \"so-called\" 1,200 km/h e.g. https://x.org/a?b=1 :) 9/11 3rd",
        "We're   here\n\nnow.  ", " lead", "a\tb", "N.Y.", "ca n't", "'90s-era", "Mr. O'Neill's 1.5bn—or less?!", "",
        "said Maj. Gen. Ghika (Lt.) and Sgt.-Maj. Ray", "plain words only", "cannot", "we gonna win", "naïve café",
        "two  spaces", "a "]


@cache
def spacy_tokenizer():
    """spaCy's English tokenizer, with the titles the analyzer adds to its exceptions ("Maj.", "Lt.")."""
    tokenizer = spacy.blank("en").tokenizer
    for title in TITLES:
        tokenizer.add_special_case(title, [{ORTH: title}])
    return tokenizer


def tokens(doc) -> list[tuple]:
    return [tuple(getattr(token, name) for name in ATTRIBUTES) for token in doc]


def pieces(text: str) -> list[str]:
    """The whole text, and each sentence as the analyzer tokenizes it (spaces made single)."""
    _, paragraphs = number_sentences(text)
    return [text, *(sentence.text for paragraph in paragraphs for sentence in paragraph)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_text_and_sentence_has_spacys_tokens(path):
    for piece in pieces(path.read_text(encoding="utf-8")):
        assert tokens(tokenize(piece)) == tokens(spacy_tokenizer()(piece)), piece[:80]


def test_every_phrase_the_analyzer_looks_for_and_the_hard_cases_have_spacys_tokens():
    phrases = [term for terms, _ in FRAMING.values() for term in terms]
    phrases += [alias for row in outlet_rows() for alias in (row["name"], *row["aliases"])]
    for phrase in phrases + HARD:
        assert tokens(tokenize(phrase)) == tokens(spacy_tokenizer()(phrase)), phrase


def test_slices_give_spacys_span_text_and_offsets():
    text = "Local sources, requesting anonymity, told SANA that nine of the dead were children."
    ours, theirs = tokenize(text), spacy_tokenizer()(text)
    for start, end in ((0, 3), (2, 7), (5, 5), (13, 15)):
        a, b = ours[start:end], theirs[start:end]
        assert (a.start, a.end, a.start_char, a.end_char, a.text) == (b.start, b.end, b.start_char, b.end_char, b.text)
