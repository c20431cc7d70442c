"""Train medialit's part-of-speech tagger and dependency parser on UD English EWT, and measure them.

Data: a local mirror of https://github.com/UniversalDependencies/UD_English-EWT (a bare git directory, CC BY-SA
4.0). Its released train file is missing from the mirror, so train is rebuilt the way the treebank builds it:
the per-document files under not-to-release/sources/, concatenated in the order not-to-release/file-lists/
files.train gives. ``--verify`` first rebuilds dev the same way and compares it with the released
en_ewt-ud-dev.conllu, sentence by sentence (words, Penn tags, heads, relations).

Training: averaged perceptrons (Collins 2002), a fixed number of passes over the sentences in an order
shuffled with a fixed seed, so a rerun writes the same files byte for byte (``--check`` retrains and compares
with the shipped files instead of writing). The parser learns from tags the tagger gave (each half of train
tagged by a tagger trained on the other half), as it will see them, and from its own mistakes (the arc-hybrid
dynamic oracle, Goldberg & Nivre 2013). Small averaged weights are pruned and the rest rounded.

Reports on dev (what passes and features were chosen on); ``--test`` also reports on test (once, at the end).

Run: nice -n 15 .venv/bin/python benchmarks/train_syntax.py [--verify] [--test] [--check]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from medialit.analyzer import dep_parser, pos_tagger
from medialit.analyzer.dep_parser import LEFT, MOVES, RIGHT, SHIFT, Parser, State, best_move, move_scores
from medialit.analyzer.pos_tagger import START, Tagger, features, normalise, pack, spelling
from mirror import git

EWT = Path("/work/.mirror/UniversalDependencies+UD_English-EWT/repo")
SEED = 0
TAGGER_PASSES = 5
PARSER_PASSES = 8
#: From this pass on, the parser follows its own step (even a wrong one) this share of the time.
EXPLORE_FROM, EXPLORE_SHARE = 2, 0.9
#: A word goes in the tag dictionary (tagged without scoring) when seen this often with one tag this share of times.
DICT_COUNT, DICT_SHARE = 20, 0.99
#: Averaged weights smaller than these (an update is 1) change few choices: pruned, and the rest rounded to
#: DIGITS. On dev this keeps LAS within 0.004 of the unpruned models at 40% of their size, and parses faster.
TAGGER_PRUNE, PARSER_PRUNE, LABEL_PRUNE, DIGITS = 1.0, 1.0, 1.0, 1
#: The relations the attribution rules read: reported one by one.
KEY_LABELS = ("nsubj", "nsubj:pass", "obj", "ccomp", "xcomp", "conj", "acl:relcl", "advcl", "appos",
              "parataxis", "nmod:poss")


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]  # Penn Treebank (XPOS)
    heads: list[int]  # position in the sentence, -1 for the root
    labels: list[str]


def read_conllu(text: str) -> list[Sentence]:
    """The sentences of a CoNLL-U text (multiword-token lines "1-2" and empty nodes "8.1" skipped)."""
    sentences, rows = [], []
    for line in text.splitlines() + [""]:
        if not line.strip():
            if rows:
                sentences.append(Sentence([r[1] for r in rows], [r[4] for r in rows],
                                          [int(r[6]) - 1 for r in rows], [r[7] for r in rows]))
            rows = []
        elif not line.startswith("#"):
            fields = line.split("\t")
            if fields[0].isdigit():
                rows.append(fields)
    return sentences


def rebuilt(mirror: Path, part: str) -> str:
    """A split as CoNLL-U text, from its per-document files in the order the file list gives."""
    names = git(mirror, "show", f"HEAD:not-to-release/file-lists/files.{part}").split()
    request = "".join(f"HEAD:not-to-release/sources/{name}\n" for name in names)
    out = subprocess.run(["git", "-C", str(mirror), "cat-file", "--batch"], check=True, capture_output=True,
                         input=request.encode()).stdout
    texts, position = [], 0
    while position < len(out):  # each object: "<sha> blob <size>\n<content>\n"
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        texts.append(out[header_end + 1:header_end + 1 + size].decode("utf-8"))
        position = header_end + 1 + size + 1
    assert len(texts) == len(names), "a source file is missing from the mirror"
    return "".join(t if t.endswith("\n") else t + "\n" for t in texts)


def verify(mirror: Path) -> dict:
    """Rebuilt dev against the released dev: how many sentences, and how many differ in anything the models read."""
    ours, released = read_conllu(rebuilt(mirror, "dev")), read_conllu(git(mirror, "show", "HEAD:en_ewt-ud-dev.conllu"))
    differ = sum(a != b for a, b in zip(ours, released))
    return {"rebuilt_dev_sentences": len(ours), "released_dev_sentences": len(released),
            "rebuilt_dev_tokens": sum(len(s.words) for s in ours), "released_dev_tokens": sum(len(s.words) for s in released),
            "sentences_that_differ": differ + abs(len(ours) - len(released))}


def rounded(value: float) -> float:
    return round(value, DIGITS)


def best_while_learning(weights: dict[str, dict[str, float]], feats: list[str], none: str) -> str:
    """The class with the highest summed weight while the weights still change ({feature: {class: weight}}):
    the rule of medialit.analyzer.pos_tagger.highest, which reads the shipped layout."""
    totals: dict[str, float] = {}
    for feature in feats:
        row = weights.get(feature)
        if row:
            for name, weight in row.items():
                totals[name] = totals.get(name, 0.0) + weight
    if not totals:
        return none
    return max(totals.items(), key=lambda item: (item[1], item[0]))[0]


def whole(weight: float) -> int:
    """A rounded weight in units of 10**-DIGITS, as the models keep it: k / 10**DIGITS is the very float the
    weight was rounded to (checked here for every weight written; -0.0 comes back as 0.0, which sums the same)."""
    k = round(weight * 10 ** DIGITS)
    if k / 10 ** DIGITS != weight:
        raise ValueError(f"{weight!r} is not a whole number of 10**-{DIGITS}")
    return k


def hexadecimal(wholes: dict[int, int]) -> str:
    """One row as the weights files write it: the hexadecimal digits of its packed number (pos_tagger.pack)."""
    return format(pack(wholes), "x")


def class_rows(rows: dict[str, dict[str, float]]) -> dict:
    """The shipped layout of {feature: {class: weight}} (pos_tagger.Scores reads it): the classes sorted
    ("names"), the class number in each field, the most often named first ("fields"), the features sorted
    and each one's row packed, in hexadecimal ("rows")."""
    names = sorted({name for row in rows.values() for name in row})
    counts = Counter(name for row in rows.values() for name in row)
    fields = sorted(range(len(names)), key=lambda number: (-counts[names[number]], number))
    field_of = {names[number]: field for field, number in enumerate(fields)}
    features = sorted(rows)
    packed_rows = []
    for feature in features:
        wholes = {field_of[name]: whole(weight) for name, weight in rows[feature].items()}
        if 0 in wholes.values():  # a 0 would not show, once packed, that the feature names the class
            raise ValueError(f"a weight of {feature!r} rounds to 0")
        packed_rows.append(hexadecimal(wholes))
    return {"names": names, "fields": fields, "features": features, "rows": packed_rows}


def tagger_file(weights: dict[str, dict[str, float]], tagdict: dict[str, str]) -> dict:
    """The tagger's weights file (pos_tagger.Tagger reads it) from its averaged, pruned weights."""
    rows = class_rows(weights)
    return {"tags": rows["names"], "fields": rows["fields"], "features": rows["features"], "rows": rows["rows"],
            "tagdict": dict(sorted(tagdict.items())), "decimals": DIGITS}


def parser_file(moves: dict[str, list[float]], labels: dict[str, dict[str, float]]) -> dict:
    """The parser's weights file (dep_parser.Parser reads it) from its averaged, pruned weights."""
    rows = class_rows(labels)
    features = sorted(moves)
    return {"move_features": features,
            "move_rows": [hexadecimal({move: whole(weight) for move, weight in enumerate(moves[f])}) for f in features],
            "labels": rows["names"], "label_fields": rows["fields"], "label_features": rows["features"],
            "label_rows": rows["rows"], "decimals": DIGITS}


# ----- the tagger -----

def train_tagger(sentences: list[Sentence], passes: int) -> dict:
    """Averaged-perceptron tagger weights, its tag dictionary and tag set (averaging by Daumé's trick: the
    running weights minus the step-weighted sum of updates over the number of steps)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for s in sentences:
        for word, tag in zip(s.words, s.tags):
            counts[spelling(word)][tag] += 1
    tagdict = {}
    for word, seen in counts.items():
        tag, n = seen.most_common(1)[0]
        if sum(seen.values()) >= DICT_COUNT and n / sum(seen.values()) >= DICT_SHARE:
            tagdict[word] = tag
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    sums: dict[str, dict[str, float]] = defaultdict(dict)
    step = 1
    order = list(sentences)
    rng = random.Random(SEED)
    for _ in range(passes):
        rng.shuffle(order)
        for s in order:
            spelt = [spelling(w) for w in s.words]
            norms = [normalise(w) for w in spelt]
            previous, previous2 = START
            for i, truth in enumerate(s.tags):
                if spelt[i] not in tagdict:
                    feats = features(i, spelt, norms, previous, previous2)
                    guess = best_while_learning(weights, feats, "NN")
                    if guess != truth:
                        for feature in feats:
                            row, total = weights[feature], sums[feature]
                            for tag, change in ((truth, 1.0), (guess, -1.0)):
                                row[tag] = row.get(tag, 0.0) + change
                                total[tag] = total.get(tag, 0.0) + step * change
                    step += 1
                previous2, previous = previous, truth  # learn from the true tags before (the classic design)
    averaged = {}
    for feature, row in weights.items():
        kept = {tag: rounded(w - sums[feature][tag] / step) for tag, w in row.items()}
        kept = {tag: w for tag, w in kept.items() if abs(w) >= TAGGER_PRUNE}
        if kept:
            averaged[feature] = kept
    return tagger_file(averaged, tagdict)


def jackknifed_tags(sentences: list[Sentence], passes: int) -> list[list[str]]:
    """Each sentence's tags as a tagger that never saw it gives them (two halves, each tagged by the other's)."""
    halves = (sentences[0::2], sentences[1::2])
    taggers = [Tagger(train_tagger(half, passes)) for half in halves]
    out = []
    for i, s in enumerate(sentences):
        out.append(taggers[1 - i % 2].tag(s.words))
    return out


# ----- the parser -----

def oracle_costs(state: State, gold: list[int], children: list[list[int]]) -> list[float]:
    """How many gold arcs each step makes impossible (Goldberg & Nivre 2013's arc-hybrid dynamic oracle);
    infinite for a step that is not allowed. ``gold`` holds heads with the stand-in root at n."""
    stack, front = state.stack, state.front
    valid = state.valid()
    costs = [float("inf")] * 3
    if valid[SHIFT]:
        top = stack[-1] if stack else None
        costs[SHIFT] = sum((gold[s] == front) + (gold[front] == s and s != top) for s in stack)
    if stack:
        s0 = stack[-1]
        lost_children = sum(child >= front for child in children[s0])
        if valid[LEFT]:
            costs[LEFT] = lost_children + (gold[s0] != front and (gold[s0] > front or (len(stack) > 1 and gold[s0] == stack[-2])))
        if valid[RIGHT]:
            costs[RIGHT] = lost_children + (gold[s0] >= front)
    return costs


class ParserTraining:
    """The parser's weights while it learns, with the sums that averaging needs."""

    def __init__(self):
        self.moves: dict[str, list[float]] = {}  # {feature: [shift, left, right]}
        self.labels: dict[str, dict[str, float]] = {}
        self.move_sums: dict[str, list[float]] = {}
        self.label_sums: dict[str, dict[str, float]] = defaultdict(dict)
        self.step = 1

    def update_moves(self, feats: list[str], good: int, bad: int) -> None:
        moves, sums, step = self.moves, self.move_sums, self.step
        for feature in feats:
            if feature not in moves:
                moves[feature], sums[feature] = [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]
            row, total = moves[feature], sums[feature]
            row[good] += 1.0
            row[bad] -= 1.0
            total[good] += step
            total[bad] -= step

    def update_labels(self, feats: list[str], good: str, bad: str) -> None:
        labels, step = self.labels, self.step
        for feature in feats:
            row = labels.setdefault(feature, {})
            total = self.label_sums[feature]
            for label, change in ((good, 1.0), (bad, -1.0)):
                row[label] = row.get(label, 0.0) + change
                total[label] = total.get(label, 0.0) + step * change

    def move_scores(self, feats: list[str]) -> list[float]:
        moves = self.moves
        return move_scores(moves[feature] for feature in feats if feature in moves)

    def learn(self, s: Sentence, tags: list[str], explore: bool, rng: random.Random) -> None:
        state = State([spelling(w) for w in s.words], tags)
        n = state.n
        gold = [n if h < 0 else h for h in s.heads]
        children: list[list[int]] = [[] for _ in range(n + 2)]
        for child, head in enumerate(gold):
            children[head].append(child)
        while not state.done():
            feats = state.move_features()
            guess = best_move(state, self.move_scores(feats))
            costs = oracle_costs(state, gold, children)
            cheapest = min(costs)
            if costs[guess] > cheapest:
                scores = self.move_scores(feats)
                best_good = max((m for m in MOVES if costs[m] == cheapest), key=lambda m: (scores[m], -m))
                self.update_moves(feats, best_good, guess)
                move = guess if explore and rng.random() < EXPLORE_SHARE else best_good
            else:
                move = guess
            label = "-"
            if state.names_relation(move):
                label_feats = state.label_features(move)
                predicted = best_while_learning(self.labels, label_feats, "dep")
                child = state.stack[-1]
                head = state.front if move == LEFT else state.stack[-2]
                label = predicted
                if gold[child] == head:
                    label = s.labels[child]
                    if predicted != label:
                        self.update_labels(label_feats, label, predicted)
            state.apply(move, label)
            self.step += 1

    def averaged(self) -> dict:
        step = self.step
        moves = {}
        for feature, row in self.moves.items():
            mean = [rounded(w - t / step) for w, t in zip(row, self.move_sums[feature])]
            if max(map(abs, mean)) >= PARSER_PRUNE:
                moves[feature] = mean
        labels = {}
        for feature, row in self.labels.items():
            kept = {label: rounded(w - self.label_sums[feature][label] / step) for label, w in row.items()}
            kept = {label: w for label, w in kept.items() if abs(w) >= LABEL_PRUNE}
            if kept:
                labels[feature] = kept
        return parser_file(moves, labels)


def train_parser(sentences: list[Sentence], tags: list[list[str]], passes: int) -> dict:
    training = ParserTraining()
    order = list(range(len(sentences)))
    rng = random.Random(SEED)
    for number in range(passes):
        rng.shuffle(order)
        for i in order:
            training.learn(sentences[i], tags[i], number >= EXPLORE_FROM, rng)
        print(f"  parser pass {number + 1}/{passes} done", file=sys.stderr, flush=True)
    return training.averaged()


# ----- measuring -----

def measure(tagger: Tagger, parser: Parser, sentences: list[Sentence]) -> dict:
    """Tag accuracy, UAS and LAS (punctuation included, as the CoNLL 2018 shared task counts) and per-relation F1."""
    words = tags_right = heads_right = both_right = 0
    found, expected, correct = Counter(), Counter(), Counter()
    begin = time.process_time()
    for s in sentences:
        tags = tagger.tag(s.words)
        arcs = parser.parse(s.words, tags)
        for i, (head, label) in enumerate(arcs):
            words += 1
            tags_right += tags[i] == s.tags[i]
            heads_right += head == s.heads[i]
            both_right += head == s.heads[i] and label == s.labels[i]
            found[label] += 1
            expected[s.labels[i]] += 1
            correct[label] += head == s.heads[i] and label == s.labels[i]
    seconds = time.process_time() - begin

    def f1(label: str) -> float:
        p = correct[label] / found[label] if found[label] else 0.0
        r = correct[label] / expected[label] if expected[label] else 0.0
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    return {"sentences": len(sentences), "words": words, "tag_accuracy": round(tags_right / words, 4),
            "UAS": round(heads_right / words, 4), "LAS": round(both_right / words, 4),
            "labelled_F1": {label: f1(label) for label in KEY_LABELS},
            "microseconds_per_word": round(seconds / words * 1e6, 1)}


def packed(model: dict) -> bytes:
    return gzip.compress(json.dumps(model, sort_keys=True, separators=(",", ":")).encode(), mtime=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ewt", type=Path, default=EWT)
    parser.add_argument("--verify", action="store_true", help="first compare rebuilt dev with the released dev")
    parser.add_argument("--test", action="store_true", help="also measure on EWT test (once, at the end)")
    parser.add_argument("--check", action="store_true", help="retrain and compare with the shipped files, write nothing")
    parser.add_argument("--tagger-passes", type=int, default=TAGGER_PASSES)
    parser.add_argument("--parser-passes", type=int, default=PARSER_PASSES)
    args = parser.parse_args()
    report: dict = {"ewt_commit": git(args.ewt, "rev-parse", "HEAD").strip()}
    if args.verify:
        report["verify"] = verify(args.ewt)
        print(json.dumps(report["verify"]), file=sys.stderr, flush=True)
    train = read_conllu(rebuilt(args.ewt, "train"))
    dev = read_conllu(git(args.ewt, "show", "HEAD:en_ewt-ud-dev.conllu"))
    report["train"] = {"sentences": len(train), "words": sum(len(s.words) for s in train)}
    begin = time.process_time()
    tagger_model = train_tagger(train, args.tagger_passes)
    report["tagger_seconds"] = round(time.process_time() - begin)
    print(f"  tagger trained in {report['tagger_seconds']} s", file=sys.stderr, flush=True)
    begin = time.process_time()
    tags = jackknifed_tags(train, args.tagger_passes)
    parser_model = train_parser(train, tags, args.parser_passes)
    report["parser_seconds"] = round(time.process_time() - begin)
    files = {pos_tagger.WEIGHTS_FILE: packed(tagger_model), dep_parser.WEIGHTS_FILE: packed(parser_model)}
    if args.check:
        report["same_bytes_as_shipped"] = all(path.read_bytes() == data for path, data in files.items())
    else:
        for path, data in files.items():
            path.write_bytes(data)
    report["bytes_gzip"] = {path.name: len(data) for path, data in files.items()}
    report["features"] = {"tagger": len(tagger_model["features"]), "parser_moves": len(parser_model["move_features"]),
                          "parser_labels": len(parser_model["label_features"])}
    tagger, parser_ = Tagger(tagger_model), Parser(parser_model)
    report["dev"] = measure(tagger, parser_, dev)
    if args.test:
        report["test"] = measure(tagger, parser_, read_conllu(git(args.ewt, "show", "HEAD:en_ewt-ud-test.conllu")))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
