"""English words and punctuation as spaCy's tokenizer splits them, in pure Python (so it runs in the browser).

The analyzer's rules count tokens ("the word before the verb"), so they must see exactly the tokens they
were written and tested on: spaCy's English tokenizer. Its rules (prefixes, suffixes, infixes, URLs and the
special cases such as "don't" -> "do", "n't") are exported once to ``data/english_tokenizer.json`` by
``benchmarks/export_english_tokenizer.py``; :func:`tokenize` replays spaCy's algorithm on them
(spacy/tokenizer.pyx: split on whitespace, peel affixes, split infixes, then re-check special cases).
tests/test_tokenizer.py checks the result against spaCy itself on every project text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).parent / "data" / "english_tokenizer.json"


@dataclass(eq=False)
class Token:
    """One token, with the lexical attributes the analyzer reads (spaCy's names and definitions)."""

    text: str
    idx: int  # character offset in the doc's text
    i: int  # position in the doc
    whitespace_: str  # " " if a space follows, else ""
    lower_: str = field(init=False)  # read for nearly every token by nearly every rule: worked out once

    def __post_init__(self) -> None:
        self.lower_ = self.text.lower()

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    @property
    def is_lower(self) -> bool:
        return self.text.islower()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()

    @property
    def is_title(self) -> bool:
        return self.text.istitle()

    @property
    def is_punct(self) -> bool:
        return all(unicodedata.category(char).startswith("P") for char in self.text)

    @property
    def like_num(self) -> bool:
        return _like_num(self.text)


@dataclass
class Span:
    """Tokens ``start``..``end`` of a doc, with their text as written (inner spaces kept)."""

    doc: Doc
    start: int
    end: int

    def __iter__(self):
        return iter(self.doc.tokens[self.start:self.end])

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx if self.start < self.end else self.end_char

    @property
    def end_char(self) -> int:
        if self.start >= self.end:
            return self.doc.tokens[self.start].idx if self.start < len(self.doc) else len(self.doc.text)
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char:self.end_char]


@dataclass
class Doc:
    """A text and its tokens; indexing gives a Token, slicing a Span."""

    text: str
    tokens: list[Token] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, end, _ = key.indices(len(self.tokens))
            return Span(self, start, max(start, end))
        return self.tokens[key]


#: Titles before a name that spaCy's exceptions lack ("Maj. Gen. Christopher Ghika", "Lt. Col. Ann Lee"): kept one
#: token with their full stop, as "Gen." and "Sen." are, so a name read after one is not cut at the stop.
TITLES = ("Sr.", "Col.", "Lt.", "Sgt.", "Capt.", "Maj.", "Cpl.", "Brig.", "Cmdr.", "Pvt.")


@cache
def _rules() -> dict:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    special = {text: tuple(orths) for text, orths in data["special_cases"].items()} | {t: (t,) for t in TITLES}
    return {
        "prefix": re.compile(data["prefix"]).search, "suffix": re.compile(data["suffix"]).search,
        "infix": re.compile(data["infix"]).finditer, "url": re.compile(data["url"]).match,
        "special": special, "numbers": frozenset(data["number_words"]), "ordinals": frozenset(data["ordinal_words"]),
        "rechecked": data["rechecked_special_cases"],
    }


@cache
def _rechecked() -> dict[str, frozenset[tuple[str, ...]]]:
    """The special cases looked for again once affixes are split, as token sequences, by their first token."""
    patterns: dict[str, set] = {}
    for case in _rules()["rechecked"]:
        sequence = tuple(text for text, _ in _affix_tokens(case, special_cases=False))
        patterns.setdefault(sequence[0], set()).add(sequence)
    return {first: frozenset(sequences) for first, sequences in patterns.items()}


@lru_cache(maxsize=20_000)
def _like_num(text: str) -> bool:
    """spaCy's English LIKE_NUM: digits (with , . + - ± ~), a fraction, a number word or an ordinal."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    lower = text.lower()
    return (lower in _rules()["numbers"] or lower in _rules()["ordinals"]
            or (lower.endswith(("st", "nd", "rd", "th")) and lower[:-2].isdigit()))


def _affix_tokens(string: str, special_cases: bool) -> list[tuple[str, bool]]:
    """(text, followed by a space) for each token, before special cases are re-checked (spaCy's
    _tokenize_affixes): runs of whitespace split the string; a single space is not a token."""
    tokens: list[tuple[str, bool]] = []
    if not string:
        return tokens
    in_space, start = string[0].isspace(), 0
    for i, char in enumerate(string):
        if char.isspace() != in_space:
            if start < i:
                tokens += [(text, False) for text in _chunk(string[start:i], special_cases)]
            if char == " ":
                tokens[-1] = (tokens[-1][0], True)
                start = i + 1
            else:
                start = i
            in_space = not in_space
    if start < len(string):
        tokens += [(text, False) for text in _chunk(string[start:], special_cases)]
        tokens[-1] = (tokens[-1][0], string[-1] == " " and not in_space)
    return tokens


@lru_cache(maxsize=20_000)
def _chunk(span: str, special_cases: bool) -> tuple[str, ...]:
    """One whitespace-free chunk: a special case, or prefixes + the middle (split at infixes) + suffixes."""
    rules = _rules()
    special = rules["special"] if special_cases else {}
    if span in special:
        return special[span]
    prefixes, suffixes, string = [], [], span
    last_size = 0
    while string and len(string) != last_size:
        if string in special:
            break
        last_size = len(string)
        pre_len = _length(rules["prefix"](string))
        if pre_len:
            prefix, minus_pre = string[:pre_len], string[pre_len:]
            if minus_pre and minus_pre in special:
                string = minus_pre
                prefixes.append(prefix)
                break
        suf_len = _length(rules["suffix"](string[pre_len:]))
        if suf_len:
            suffix, minus_suf = string[-suf_len:], string[:-suf_len]
            if minus_suf and minus_suf in special:
                string = minus_suf
                suffixes.append(suffix)
                break
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            string = string[pre_len:-suf_len]
            prefixes.append(prefix)
            suffixes.append(suffix)
        elif pre_len:
            string = minus_pre
            prefixes.append(prefix)
        elif suf_len:
            string = minus_suf
            suffixes.append(suffix)
    return (*prefixes, *_middle(string, special, rules), *reversed(suffixes))


def _length(match) -> int:
    return match.end() - match.start() if match is not None else 0


def _middle(string: str, special: dict, rules: dict) -> tuple[str, ...]:
    """What is left after the affixes: a special case, a URL, or pieces between infixes (hyphens, slashes…)."""
    if not string:
        return ()
    if string in special:
        return special[string]
    if rules["url"](string):
        return (string,)
    pieces, start = [], 0
    for match in rules["infix"](string):
        if match.start() == 0:
            continue  # an infix at the very start splits nothing off
        if match.start() != start:
            pieces.append(string[start:match.start()])
        if match.start() != match.end():
            pieces.append(string[match.start():match.end()])
        start = match.end()
    if string[start:]:
        pieces.append(string[start:])
    return tuple(pieces)


def tokenize(text: str) -> Doc:
    """``text`` as spaCy's blank English pipeline tokenizes it."""
    words = text.split(" ")
    if all(word.isalpha() and word not in _rules()["special"] for word in words):
        tokens = [(word, i + 1 < len(words)) for i, word in enumerate(words)]  # plain words: the word list's terms
    else:
        tokens = _recheck_special_cases(_affix_tokens(text, special_cases=True))
    doc, idx = Doc(text), 0
    for i, (orth, space) in enumerate(tokens):
        doc.tokens.append(Token(orth, idx, i, " " if space else ""))
        idx += len(orth) + space
    return doc


def _recheck_special_cases(tokens: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Special cases that only show once affixes are split ("(don't)" -> "(", "do", "n't", ")"): the longest
    match first (ties: the earliest), none that begins or ends inside one already taken (spaCy's rule)."""
    patterns = _rechecked()
    orths = [orth for orth, _ in tokens]
    matches = [(start, start + len(sequence)) for start, orth in enumerate(orths) for sequence in patterns.get(orth, ())
               if tuple(orths[start:start + len(sequence)]) == sequence]
    if not matches:
        return tokens
    seen: set[int] = set()
    chosen = {}
    for start, end in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
        if start not in seen and end - 1 not in seen:
            chosen[start] = end
        seen.update(range(start, end))
    special, result, i = _rules()["special"], [], 0
    while i < len(tokens):
        if i not in chosen:
            result.append(tokens[i])
            i += 1
            continue
        end = chosen[i]
        text = "".join(orth + (" " if space else "") for orth, space in tokens[i:end - 1]) + tokens[end - 1][0]
        replacement = special.get(text)
        if replacement is None:
            result += tokens[i:end]
        else:
            result += [(orth, False) for orth in replacement[:-1]] + [(replacement[-1], tokens[end - 1][1])]
        i = end
    return result
