"""Which words are nouns and which are verbs: a small averaged-perceptron part-of-speech tagger.

Attribution rules need to know whether "states", "reports" or "claims" is a verb of saying ("The ministry
states that …") or a plural noun ("races in seven states"). Spelling alone cannot settle that; the words
around it can. This is the classic greedy averaged perceptron (Collins 2002), in pure Python so that it also
runs in the browser: each word gets the Penn Treebank tag (NN, NNS, VBZ, VBD, …) with the highest score,
summed over a few features of the word, its neighbours and the two tags before it. Frequent words that always
have one tag skip the scoring.

The weights (data/pos_tagger.json.gz) are made by benchmarks/train_syntax.py from UD English EWT;
data/syntax_models.md says what they were trained on and under which licence (CC BY-SA 4.0). They load on
first use only, so ``import medialit`` and grading stay light.
"""

from __future__ import annotations

import gzip
import json
import sys
from array import array
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

WEIGHTS_FILE = Path(__file__).parent / "data" / "pos_tagger.json.gz"
#: Stand-ins for the two tags before the first word of a sentence.
START = ("-START-", "-START2-")
#: Quotation marks whose direction shows: the opening ones tag ``, the closing ones '' (Penn Treebank). A lone
#: "’" is left to the tagger: it is as often an apostrophe ("the players’ union": POS).
OPENING_QUOTES = frozenset({"“", "‘", "``", "`", "«"})
CLOSING_QUOTES = frozenset({"”", "''", "»"})
#: Every double quotation mark is one word to the models (EWT mostly writes a straight one), every single one another.
_QUOTE_FORMS = {"“": '"', "”": '"', "``": '"', "''": '"', "«": '"', "»": '"', "„": '"',
                "‘": "'", "’": "'", "`": "'", "‚": "'"}


def spelling(word: str) -> str:
    """The word as the models saw such words in training: quotation marks and curly apostrophes made straight
    ("’s" -> "'s", "“" -> '"'), since EWT mostly writes them straight and news texts mostly curly."""
    if word in _QUOTE_FORMS:
        return _QUOTE_FORMS[word]
    return word.replace("’", "'").replace("‘", "'") if "’" in word or "‘" in word else word


def normalise(word: str) -> str:
    """The form the features read: numbers and years stand for their kind, case is dropped (the shape keeps
    it). ``word`` is already through :func:`spelling`."""
    if len(word) == 4 and word.isdigit():
        return "!YEAR"
    if word[:1].isdigit():
        return "!DIGITS"
    return word.lower()


def _shape(word: str) -> str:
    """Capitals, small letters and digits, as a short pattern: "Obama" -> "Xx", "U.S." -> "X.X.", "42" -> "d"."""
    shape = []
    for char in word[:6]:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)


def features(i: int, words: list[str], norms: list[str], previous: str, previous2: str) -> list[str]:
    """What the tagger looks at for word ``i``: the word, its ending and beginning, its shape, the two tags
    before it, and the words (and their endings) either side. ``norms`` are the words normalised."""
    word, norm = words[i], norms[i]
    before = norms[i - 1] if i > 0 else START[0]
    before2 = norms[i - 2] if i > 1 else START[1]
    after = norms[i + 1] if i + 1 < len(norms) else "-END-"
    after2 = norms[i + 2] if i + 2 < len(norms) else "-END2-"
    shape = _shape(word)
    return [
        "bias", "w " + norm, "s3 " + norm[-3:], "s2 " + norm[-2:], "s1 " + norm[-1:], "p1 " + norm[:1],
        "p3 " + norm[:3], "sh " + shape, "first " + str(i == 0) + shape[:1], "hy " + str("-" in word),
        "t-1 " + previous, "t-2 " + previous + " " + previous2, "t-1 w " + previous + " " + norm,
        "w-1 " + before, "s3-1 " + before[-3:], "w-2 " + before2,
        "w+1 " + after, "s3+1 " + after[-3:], "w+2 " + after2, "w-1 w " + before + " " + norm,
        "t-1 s2 " + previous + " " + norm[-2:], "s2 w+1 " + norm[-2:] + " " + after,
    ]


def highest(weights: dict[str, list], feats: list[str], names: list[str], none: str) -> str:
    """The class (tag or relation) with the highest score summed over the features' weights, ties going to the
    later name (the same answer every run); ``none`` when no feature was ever seen. A class no feature names
    has no score (not 0): it wins only if some feature names it.

    Each feature's weights are a flat list [class number, weight, class number, weight, …] over ``names``
    (sorted). This is the exact definition, in floating point, summed feature by feature as in training;
    :class:`Scores` gets the same answer faster and asks this function only when two classes tie."""
    totals = [0.0] * len(names)
    rows = []
    for feature in feats:
        row = weights.get(feature)
        if row:
            rows.append(row)
            pairs = iter(row)
            for number, weight in zip(pairs, pairs):
                totals[number] += weight
    if not rows:
        return none
    named = {number for row in rows for number in row[::2]}
    return names[max(named, key=lambda number: (totals[number], number))]


#: Bits of one class's (or one parser step's) whole-number weight in a packed row; a total starts each field
#: half-way up (HALF), so negative totals need no borrowing from the field above.
FIELD = 32
FIELD_MASK = (1 << FIELD) - 1
HALF = 1 << (FIELD - 1)


def pack(wholes: dict[int, int]) -> int:
    """Whole-number weights ({field: weight in units of 10**-decimals}) as one whole number, each weight in
    its own 32-bit field; a negative one borrows from the fields above, which :func:`unpack` gives back.
    benchmarks/train_syntax.py writes the weights files' rows with it."""
    return sum(whole << (FIELD * field) for field, whole in wholes.items())


def unpack(value: int, count: int) -> list[int]:
    """The ``count`` whole numbers :func:`pack` put in ``value``'s fields, lowest field first."""
    out = []
    for _ in range(count):
        field = value & FIELD_MASK
        if field >= HALF:
            field -= 1 << FIELD
        out.append(field)
        value = (value - field) >> FIELD
    return out


def packed_rows(features: list[str], rows: list[str]) -> dict[str, str | int]:
    """A weights file's rows ({feature: packed row}), each as the file writes it: the hexadecimal digits of its
    :func:`pack` number. Loading costs only reading the file: a row becomes a number (:func:`row_number`) the
    first time a text names its feature, in its place, so the dict never grows. At worst every row is a number,
    which takes about half the memory of its digits."""
    return dict(zip(features, rows))


def row_number(rows: dict[str, str | int], feature: str) -> int | None:
    """The packed number of ``feature``'s row, None if it has none; the row's hexadecimal digits are turned
    into the number on the first ask and the number kept in their place."""
    row = rows.get(feature)
    if type(row) is str:
        row = rows[feature] = int(row, 16)
    return row


def row_sum(rows: dict[str, str | int], feats: list[str], start: int) -> int:
    """``start`` plus the packed rows of the features that have one, added as whole numbers (in the C loop of
    ``sum``). A row met for the first time is still hexadecimal digits, which ``sum`` refuses to add: then the
    features' rows are made numbers (:func:`row_number`) and the sum is done again."""
    try:
        return sum(map(rows.get, feats, repeat(0)), start)
    except TypeError:
        for feature in feats:
            row_number(rows, feature)
        return sum(map(rows.get, feats, repeat(0)), start)


class Scores:
    """Picks the class :func:`highest` picks, several times faster, by summing whole rows at once.

    The weights are multiples of 10**-decimals, so each feature's row is one whole number holding every class it
    names (a weight is never 0: the training prunes small weights) in its own 32-bit field (:func:`pack`; made from
    the file's digits when first needed, :func:`packed_rows`): adding the rows of a word's features is a few big
    additions instead of hundreds of small ones. Whole numbers sum exactly, so the class with the highest total is
    the one the floating-point sums pick too, unless two classes tie exactly or the highest total is 0 (a class no
    feature names also has 0): then (rarely) :func:`highest` decides, on the rows unpacked (k / 10**decimals is the
    very float the training rounded the weight to). ``fields`` gives the class number in each field: the classes
    most rows name come first, so a row's number is only as long as its highest field needs."""

    def __init__(self, rows: dict[str, str | int], names: list[str], fields: list[int], none: str, decimals: int):
        self.rows, self.names, self.fields, self.none, self.scale = rows, names, fields, none, 10 ** decimals
        self.start = sum(HALF << (FIELD * field) for field in range(len(names)))

    def weights(self, feats: list[str]) -> dict[str, list]:
        """The features' rows as :func:`highest` reads them, [class number, weight, …], unpacked."""
        out = {}
        for feature in feats:
            value = row_number(self.rows, feature)
            if value is not None:
                out[feature] = [x for field, whole in enumerate(unpack(value, len(self.names))) if whole
                                for x in (self.fields[field], whole / self.scale)]
        return out

    def best(self, feats: list[str]) -> str:
        total = row_sum(self.rows, feats, self.start)
        fields = array("I", total.to_bytes(len(self.names) * 4, "little"))
        if sys.byteorder == "big":
            fields.byteswap()
        top = max(fields)
        if top == HALF or fields.count(top) > 1:  # a total of 0 (maybe no feature seen, or a class none names), or a tie
            return highest(self.weights(feats), feats, self.names, self.none)
        return self.names[self.fields[fields.index(top)]]


class Tagger:
    """Tags a sentence's words with the weights given: ``{"tags": [tag, …] (sorted), "fields": [tag number, …]
    (see :class:`Scores`), "features": [feature, …], "rows": [hexadecimal packed row, …] (one per feature,
    see :func:`packed_rows`), "tagdict": {word: tag}, "decimals": 1}``."""

    def __init__(self, model: dict):
        self.tags: list[str] = model["tags"]
        self.tagdict: dict[str, str] = model["tagdict"]
        self.scores = Scores(packed_rows(model["features"], model["rows"]), self.tags, model["fields"], "NN",
                             model["decimals"])

    def best(self, feats: list[str]) -> str:
        """The tag with the highest score; "NN" (the commonest) when no feature was ever seen."""
        return self.scores.best(feats)

    def tag(self, words: list[str]) -> list[str]:
        """One Penn Treebank tag per word, left to right (each choice sees the two before it)."""
        spelt = [spelling(w) for w in words]
        norms = [normalise(w) for w in spelt]
        previous, previous2 = START
        tags = []
        for i, word in enumerate(words):
            if word in OPENING_QUOTES:
                tag = "``"
            elif word in CLOSING_QUOTES:
                tag = "''"
            else:
                tag = self.tagdict.get(spelt[i]) or self.best(features(i, spelt, norms, previous, previous2))
            tags.append(tag)
            previous2, previous = previous, tag
        return tags


@cache
def tagger() -> Tagger:
    """The shipped tagger, loaded once."""
    return Tagger(load(WEIGHTS_FILE))


def load(weights_file: Path) -> dict:
    """A weights file's model, read whole and decompressed at once (faster than a decoding stream)."""
    return json.loads(gzip.decompress(weights_file.read_bytes()))


def sentence_tags(tokens) -> list[str]:
    """The tags of one sentence's tokens, worked out once for all the rules that ask (a long source, a figure's
    counted word, a framing word's part of speech), and only if one does: the last few sentences are kept."""
    return _tags_of(tuple(token.text for token in tokens))


@lru_cache(maxsize=4)
def _tags_of(words: tuple[str, ...]) -> list[str]:
    return tag(list(words))


def tag(words: list[str]) -> list[str]:
    """The Penn Treebank tag of each word of one sentence (the weights load on the first call)."""
    return tagger().tag(words) if words else []
