"""Which word hangs on which: a small transition-based dependency parser, in pure Python.

Attribution rules read who said what from the grammar of a sentence: in "Obama blasted Trump for the deal
and said it was a mistake" the speaker of "said" is the subject of "blasted", several words back. A
dependency parse says so directly ("said" is ``conj`` of "blasted", whose ``nsubj`` is "Obama").

How it works (arc-hybrid, Kuhlmann et al. 2011; greedy, as in Goldberg & Nivre 2012): the words wait in a
queue; one step at a time the parser either moves the next word onto a stack (SHIFT), hangs the top of the
stack on the next word (LEFT), or hangs it on the word below it in the stack (RIGHT). An averaged perceptron
(Collins 2002) picks each step from features of the words on top of the stack and at the front of the queue,
their tags, the children they already have, their distance (the Zhang & Nivre 2011 set, trimmed for speed).
When a word is hung, a second perceptron names the relation (``nsubj``, ``ccomp``, …) from the two words and
the children they have. A last stand-in word after the sentence is the root's head, and only one word may
hang on it: every result is a tree with one root, whatever the input.

Tags come from :mod:`medialit.analyzer.pos_tagger`. The weights (data/dep_parser.json.gz) are made by
benchmarks/train_syntax.py from UD English EWT; data/syntax_models.md states their source and licence
(CC BY-SA 4.0). They load on the first parse only, so ``import medialit`` stays light.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from . import pos_tagger
from .syntax import Word

WEIGHTS_FILE = Path(__file__).parent / "data" / "dep_parser.json.gz"
SHIFT, LEFT, RIGHT = 0, 1, 2
MOVES = (SHIFT, LEFT, RIGHT)
#: Bits for each step's score in :meth:`Parser.choose_move`'s whole number; every field starts half-way up.
FIELD, FIELD_MASK = pos_tagger.FIELD, pos_tagger.FIELD_MASK
START_FIELDS = sum(pos_tagger.HALF << (FIELD * move) for move in MOVES)


class State:
    """One sentence part-way through parsing: the stack, the front of the queue (``front``), and the arcs made.

    Positions 0..n-1 are the words, n the stand-in root, n+1 "nothing" (what an empty stack slot reads).
    """

    def __init__(self, words: list[str], tags: list[str]):
        n = self.n = len(words)
        self.forms = [pos_tagger.normalise(w) for w in words] + ["-ROOT-", "-"]
        self.tags = list(tags) + ["-ROOT-", "-"]
        self.heads = [-1] * (n + 2)
        self.labels = ["-"] * (n + 2)
        self.lefts: list[list[int]] = [[] for _ in range(n + 2)]  # nearest first: the leftmost is the last
        self.rights: list[list[int]] = [[] for _ in range(n + 2)]  # nearest first: the rightmost is the last
        self.stack: list[int] = []
        self.front = 0

    def done(self) -> bool:
        return self.front == self.n and not self.stack

    def valid(self) -> tuple[bool, bool, bool]:
        """Which of SHIFT, LEFT, RIGHT may be taken: the stand-in root takes one word only, the last one left."""
        depth, at_root = len(self.stack), self.front == self.n
        return (not at_root, depth > 0 and (not at_root or depth == 1), depth > 1)

    def names_relation(self, move: int) -> bool:
        """Whether ``move`` hangs a word on a real word (hung on the stand-in root, it is simply the root)."""
        return move == RIGHT or (move == LEFT and self.front != self.n)

    def apply(self, move: int, label: str = "-") -> None:
        if move == SHIFT:
            self.stack.append(self.front)
            self.front += 1
            return
        child = self.stack.pop()
        head = self.front if move == LEFT else self.stack[-1]
        self.heads[child] = head
        self.labels[child] = "root" if head == self.n else label
        (self.lefts if move == LEFT else self.rights)[head].append(child)

    def move_features(self) -> list[str]:
        """What the step is chosen from: the top three of the stack, the first three of the queue, their tags,
        the outermost children of the top two and the front, how far apart the top and the front are, and
        how many children each already has."""
        stack, forms, tags, labels, lefts, rights = self.stack, self.forms, self.tags, self.labels, self.lefts, self.rights
        none = self.n + 1
        depth = len(stack)
        s0 = stack[-1] if depth else none
        s1 = stack[-2] if depth > 1 else none
        s2 = stack[-3] if depth > 2 else none
        b0 = self.front
        b1 = b0 + 1 if b0 < self.n else none
        b2 = b0 + 2 if b0 + 1 < self.n else none
        s0w, s0t, s1w, s1t, b0w, b0t = forms[s0], tags[s0], forms[s1], tags[s1], forms[b0], tags[b0]
        b1t, s2t = tags[b1], tags[s2]
        s0l, s0r, s1r, b0l = lefts[s0], rights[s0], rights[s1], lefts[b0]
        s0lc = s0l[-1] if s0l else none
        s0rc = s0r[-1] if s0r else none
        s1rc = s1r[-1] if s1r else none
        b0lc = b0l[-1] if b0l else none
        distance = str(min(b0 - s0, 5)) if depth else "-"
        return [
            "bias", "s0w " + s0w, "s0t " + s0t, "s0wt " + s0w + " " + s0t,
            "s1w " + s1w, "s1t " + s1t, "s1wt " + s1w + " " + s1t, "s2t " + s2t,
            "b0w " + b0w, "b0t " + b0t, "b0wt " + b0w + " " + b0t,
            "b1w " + forms[b1], "b1t " + b1t, "b2t " + tags[b2],
            "s0w b0w " + s0w + " " + b0w, "s0t b0t " + s0t + " " + b0t,
            "s0w b0t " + s0w + " " + b0t, "s0t b0w " + s0t + " " + b0w,
            "s1t s0t " + s1t + " " + s0t, "s1w s0t " + s1w + " " + s0t, "s1t s0w " + s1t + " " + s0w,
            "s1t s0t b0t " + s1t + " " + s0t + " " + b0t, "s0t b0t b1t " + s0t + " " + b0t + " " + b1t,
            "s2t s1t s0t " + s2t + " " + s1t + " " + s0t,
            "d s0t b0t " + distance + " " + s0t + " " + b0t, "d s0w " + distance + " " + s0w,
            "s0lc " + tags[s0lc] + " " + labels[s0lc], "s0rc " + tags[s0rc] + " " + labels[s0rc],
            "s0t s0lcl s0rcl " + s0t + " " + labels[s0lc] + " " + labels[s0rc],
            "s1t s1rcl " + s1t + " " + labels[s1rc], "b0t b0lcl " + b0t + " " + labels[b0lc],
            "b0lc " + tags[b0lc] + " " + labels[b0lc],
            "s0v " + s0t + " " + str(len(s0l)) + " " + str(len(s0r)), "b0v " + b0t + " " + str(len(b0l)),
            "s1v " + s1t + " " + str(len(s1r)),
        ]

    def label_features(self, move: int) -> list[str]:
        """What the relation is chosen from, once the step hangs the top of the stack on a head: the two words,
        their tags, which side the head is on, how far, and the relations of the children each already has
        (a clause with its own subject is a ``ccomp``, one with "to" an ``xcomp``)."""
        forms, tags, labels = self.forms, self.tags, self.labels
        child = self.stack[-1]
        head = self.front if move == LEFT else self.stack[-2]
        side = "L" if move == LEFT else "R"
        cw, ct, hw, ht = forms[child], tags[child], forms[head], tags[head]
        distance = str(min(abs(head - child), 6))
        feats = [
            "bias " + side, "cw " + cw + side, "ct " + ct + side, "hw " + hw + side, "ht " + ht + side,
            "ct ht " + ct + " " + ht + side, "cw ht " + cw + " " + ht + side, "ct hw " + ct + " " + hw + side,
            "cw hw " + cw + " " + hw + side, "d ct ht " + distance + ct + " " + ht + side,
            "ct next " + ct + " " + tags[child + 1] + side,
            "ct before " + ct + " " + (tags[child - 1] if child else "-START-") + side,
        ]
        for other in self.lefts[child] + self.rights[child]:
            feats.append("cc " + labels[other] + " " + ct + side)
            feats.append("ccw " + labels[other] + " " + forms[other] + side)
        for other in self.lefts[head] + self.rights[head]:
            feats.append("hc " + labels[other] + " " + ht + side)
        return feats


def move_scores(rows) -> list[float]:
    """Each step's score summed over the features' rows ([shift, left, right] weights each, in the features'
    order), in floating point as in training: the exact definition."""
    shift = left = right = 0.0
    for row in rows:
        shift += row[0]
        left += row[1]
        right += row[2]
    return [shift, left, right]


def best_move(state: State, scores: list[float]) -> int:
    """The allowed step with the highest score, ties going to the first (SHIFT, LEFT, RIGHT)."""
    valid = state.valid()
    best = None
    for move in MOVES:
        if valid[move] and (best is None or scores[move] > scores[best]):
            best = move
    return best


class Parser:
    """Parses with the weights given: ``{"move_features": [feature, …], "move_rows": [hexadecimal packed row,
    …] (one per feature: its shift, left and right weights, see :func:`~.pos_tagger.packed_rows`), "labels":
    [relation, …] (sorted), "label_fields", "label_features", "label_rows" (the relations' rows, as the
    tagger's :class:`~.pos_tagger.Scores` reads them), "decimals": 1}``: flat lists, which load faster than a
    dict per feature. A row stays hexadecimal digits until a sentence needs it (then it is its number, in
    its place), and nothing is added as sentences are parsed."""

    def __init__(self, model: dict):
        self.moves: dict[str, str | int] = pos_tagger.packed_rows(model["move_features"], model["move_rows"])
        self.label_names: list[str] = model["labels"]
        self.label_scores = pos_tagger.Scores(pos_tagger.packed_rows(model["label_features"], model["label_rows"]),
                                              self.label_names, model["label_fields"], "dep", model["decimals"])
        self.scale = 10 ** model["decimals"]

    def move_rows(self, feats: list[str]) -> list[list[float]]:
        """The features' step weights as floats, unpacked (k / 10**decimals: the very floats trained)."""
        moves, scale = self.moves, self.scale
        return [[whole / scale for whole in pos_tagger.unpack(pos_tagger.row_number(moves, feature), 3)]
                for feature in feats if feature in moves]

    def choose_move(self, state: State, feats: list[str]) -> int:
        """The step :func:`best_move` picks on the :func:`move_scores`, faster: the three scores summed as whole
        numbers in one big number (exact, as the weights are multiples of 10**-decimals), the floating-point
        sums asked only on a tie."""
        total = pos_tagger.row_sum(self.moves, feats, START_FIELDS)
        scores = (total & FIELD_MASK, total >> FIELD & FIELD_MASK, total >> 2 * FIELD)
        allowed = [scores[move] for move, ok in zip(MOVES, state.valid()) if ok]
        if allowed.count(max(allowed)) > 1:
            return best_move(state, move_scores(self.move_rows(feats)))
        return best_move(state, scores)

    def best_label(self, feats: list[str]) -> str:
        """The relation with the highest score (every feature names the side, so only that side's relations
        have weights); "dep" (unknown relation) when no feature was ever seen."""
        return self.label_scores.best(feats)

    def step(self, state: State) -> None:
        move = self.choose_move(state, state.move_features())
        state.apply(move, self.best_label(state.label_features(move)) if state.names_relation(move) else "-")

    def parse(self, words: list[str], tags: list[str]) -> list[tuple[int, str]]:
        """(head, relation) of each word; the head is a position in the sentence, -1 for the root."""
        state = State([pos_tagger.spelling(w) for w in words], tags)
        while not state.done():
            self.step(state)
        n = state.n
        return [(-1 if head == n else head, label) for head, label in zip(state.heads[:n], state.labels[:n])]


@cache
def parser() -> Parser:
    """The shipped parser, loaded once."""
    return Parser(pos_tagger.load(WEIGHTS_FILE))


def parse(doc) -> list[Word]:
    """One :class:`~medialit.analyzer.syntax.Word` per token of ``doc`` (a tokenizer Doc, read as one sentence):
    its Penn Treebank tag, the position of the token it hangs on (-1 for the root) and the relation."""
    words = [token.text for token in doc]
    if not words:
        return []
    tags = pos_tagger.tag(words)
    return [Word(tag, head, label) for tag, (head, label) in zip(tags, parser().parse(words, tags))]
