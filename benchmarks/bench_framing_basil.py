"""Framing marks against outside annotators: BASIL's lexical bias spans in 300 news articles.

BASIL (L. Fan, M. White, E. Sharma, R. Su, P. K. Choubey, R. Huang and L. Wang, "In Plain Sight: Media Bias Through
the Lens of Factual Reporting", EMNLP 2019; https://github.com/launchnlp/BASIL, its 2nd release) holds 100 events,
each reported by Fox News, the New York Times and HuffPost (a "triplet"), in which trained annotators marked bias
spans. Spans with ``"bias": "lex"`` are LEXICAL bias (word choice: loaded words and phrases; 480 of them, 364 in the
outlet's voice, ``"quote": "no"``); ``"inf"`` spans are INFORMATIONAL bias (whole clauses that tilt by what they
tell). Unlike the framing gold (benchmarks/data/framing-gold), nobody in this project annotated them or read the
project's guidelines. The repository states no licence: its text is read from a local read-only mirror (MIRROR) and
never committed here; this script and its report hold only counts, offsets and file names.

Text given to ``analyze()``: the article's title as its first paragraph, then its body paragraphs, sentences joined
by a space, paragraphs by a blank line. A phrase's start and end count from the start of one sentence (the title
is one), which the annotation does not name: the phrase is placed in the one sentence whose characters at those
offsets are the phrase's text; if none or more than one sentence fits, it is unplaced and counted as such.

Split rule (fixed before any measure, never changed): the 100 triplet uuids sorted as strings; those at even
positions (0, 2, ...) are ``dev``, those at odd positions ``test``; a triplet's three articles share its split.
``test`` is blind: only the lead runs it, once; nobody studies its misses.

Matching rule (bench_framing_gold's, imported from it):
- every framing mark of ``analyze(text)`` counts, the outlet's voice and a quoted speaker's alike;
- a lex span is found when some framing mark overlaps it (recall: all lex spans, the outlet's voice and quoted
  ones apart); a mark is right when it overlaps some lex span (precision), or, leniently, some lex or inf span;
- words: the content words of lex spans (letters only, bench_framing_gold.FUNCTION_WORDS left out); recall = those a
  mark overlaps; precision = predicted words (every content word inside a mark) that are such words.

Run: nice -n 15 .venv/bin/python benchmarks/bench_framing_basil.py [--split dev|test] [--errors N] [--kinds]
(--errors and --kinds are for dev only: N missed lex spans drawn by random.Random(0), and the missed spans counted
by kind.)
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import dataclass

from bench_framing_gold import (FUNCTION_WORDS, WORD, overlaps, predicted_words, score, span_matches,
                                words_covered)
from medialit.analyzer.analyzer import analyze
from medialit.analyzer.pos_tagger import sentence_tags
from medialit.analyzer.tokenizer import tokenize
from mirror import git

MIRROR = "/work/.mirror/launchnlp+BASIL/repo"
SPLITS = ("dev", "test")
#: The Penn Treebank tag's first letters and the kind of a one-word span they make.
WORD_KINDS = {"JJ": "adjective", "VB": "verb", "NN": "noun", "RB": "adverb"}


@dataclass
class Article:
    """One BASIL article as analyze() reads it, with its sentences' places in that text."""

    name: str
    text: str
    sentences: list[str]  # the title first
    starts: list[int]  # where each sentence starts in text


def article_files() -> list[str]:
    """The mirror's article files (articles/YEAR/TRIPLET_N.json)."""
    listing = git(MIRROR, "ls-tree", "-r", "--name-only", "HEAD", "articles")
    return sorted(line for line in listing.splitlines() if line.endswith(".json"))


def splits(triplets: set[str]) -> dict[str, str]:
    """Each triplet uuid's split by the fixed rule: sorted as strings, even positions dev, odd test."""
    return {uuid: SPLITS[i % 2] for i, uuid in enumerate(sorted(triplets))}


def article_text(name: str, title: str, paragraphs: list[list[str]]) -> Article:
    """The title as the first paragraph, then the body: sentences joined by a space, paragraphs by a blank line."""
    text, sentences, starts = "", [], []
    for paragraph in [[title], *paragraphs]:
        if text:
            text += "\n\n"
        for k, sentence in enumerate(paragraph):
            if k:
                text += " "
            sentences.append(sentence)
            starts.append(len(text))
            text += sentence
    return Article(name, text, sentences, starts)


def place(sentences: list[str], start: int, end: int, phrase: str) -> int | None:
    """The index of the one sentence whose characters start..end are the phrase; None if no sentence or several
    fit (the annotation names no sentence, so an ambiguous phrase cannot be placed)."""
    fits = [i for i, sentence in enumerate(sentences) if sentence[start:end] == phrase]
    return fits[0] if len(fits) == 1 else None


def placed_spans(article: Article, annotations: list[dict]) -> tuple[list[dict], int]:
    """The lex and inf spans with offsets into the article's text, and how many could not be placed."""
    spans, unplaced = [], 0
    for a in annotations:
        if a["bias"] not in {"lex", "inf"}:
            continue
        i = place(article.sentences, a["start"], a["end"], a["txt"])
        if i is None:
            unplaced += 1
            continue
        spans.append({"start": article.starts[i] + a["start"], "end": article.starts[i] + a["end"], "bias": a["bias"],
                      "quoted": a["quote"] == "yes", "sentence": i})
    return spans, unplaced


def load(split: str) -> list[tuple[Article, list[dict], int]]:
    """The split's articles, each with its placed spans and its count of unplaced ones."""
    files = article_files()
    raw = {path: json.loads(git(MIRROR, "show", f"HEAD:{path}")) for path in files}
    split_of = splits({a["triplet-uuid"] for a in raw.values()})
    rows = []
    for path, a in raw.items():
        if split_of[a["triplet-uuid"]] != split:
            continue
        article = article_text(path.rsplit("/", 1)[1], a["title"], a["body-paragraphs"])
        annotation_path = path.replace("articles/", "annotations/").replace(".json", "_ann.json")
        annotation = json.loads(git(MIRROR, "show", f"HEAD:{annotation_path}"))
        rows.append((article, *placed_spans(article, annotation["phrase-level-annotations"])))
    return rows


def content_words(text: str, spans: list[dict]) -> set[tuple[int, int]]:
    """(start, end) of every content word (letters only, not a function word) inside the spans."""
    return {(s["start"] + w.start(), s["start"] + w.end()) for s in spans
            for w in WORD.finditer(text[s["start"]:s["end"]]) if w.group().lower() not in FUNCTION_WORDS}


def kind(article: Article, span: dict) -> str:
    """A lex span's kind: a multi-word phrase, or its one word's part of speech as the analyzer's tagger reads it
    in its sentence (adjective, verb, noun, adverb, other)."""
    phrase = article.text[span["start"]:span["end"]]
    if len(WORD.findall(phrase)) > 1:
        return "multi-word phrase"
    offset = article.starts[span["sentence"]]
    tokens = tokenize(article.sentences[span["sentence"]]).tokens
    inside = [tag for tag, token in zip(sentence_tags(tokens), tokens) if token.text.isalpha()
              and overlaps((span["start"] - offset, span["end"] - offset), (token.idx, token.idx + len(token.text)))]
    return WORD_KINDS.get(inside[0][:2], "other") if inside else "other"


def ratio(part: int, whole: int) -> str:
    return f"{part / whole if whole else 0.0:.2f} ({part}/{whole})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev", help="test: blind, run once by the lead only")
    parser.add_argument("--errors", type=int, default=0, help="dev only: show this many missed lex spans")
    parser.add_argument("--kinds", action="store_true", help="dev only: count the missed lex spans by kind")
    args = parser.parse_args()
    if args.split != "dev" and (args.errors or args.kinds):
        parser.error("--errors and --kinds are for dev only: test is blind")
    t = Counter()
    missed, kinds, wrong_categories = [], Counter(), Counter()
    rows = load(args.split)
    for article, spans, unplaced in rows:
        marks = analyze(article.text)["framing"]
        lex = [s for s in spans if s["bias"] == "lex"]
        t["unplaced"] += unplaced
        t["marks"] += len(marks)
        for group, gold in (("all", lex), ("outlet", [s for s in lex if not s["quoted"]]),
                            ("quoted", [s for s in lex if s["quoted"]])):
            hit, _ = span_matches(gold, marks)
            t[group + "_gold"] += len(gold)
            t[group + "_found"] += len(hit)
        hit, right = span_matches(lex, marks)
        t["right_lex"] += len(right)
        t["right_any"] += len(span_matches(spans, marks)[1])
        wrong_categories.update(m["category"] for m in marks if m not in right)
        for s in lex:
            label = (kind(article, s) if args.kinds else "", "quoted" if s["quoted"] else "outlet")
            kinds[(*label, s in hit)] += 1
        missed += [(article, s) for s in lex if s not in hit]
        words = content_words(article.text, lex)
        guessed = predicted_words(article.text, marks)
        t["w_gold"] += len(words)
        t["w_found"] += words_covered(words, marks)
        t["w_pred"] += len(guessed)
        t["w_right"] += len(guessed & words)
    print(f"{args.split}: {len(rows)} articles, {t['all_gold']} lex spans placed, "
          f"{t['unplaced']} lex/inf spans unplaced")
    for group in ("all", "outlet", "quoted"):
        print(f"  lex spans, {group}: recall {ratio(t[group + '_found'], t[group + '_gold'])}")
    print(f"  marks: precision against lex {ratio(t['right_lex'], t['marks'])}, against lex or inf "
          f"{ratio(t['right_any'], t['marks'])}; {t['marks'] / len(rows):.2f} marks per article")
    print(f"  lex words: {score(t['w_found'], t['w_gold'], t['w_right'], t['w_pred'])}")
    if args.kinds:
        print("missed lex spans by kind (missed / all):")
        for label in sorted({k[:2] for k in kinds}):
            missed_here = kinds[(*label, False)]
            print(f"  {label[0]}, {label[1]}: {missed_here} / {missed_here + kinds[(*label, True)]}")
        print("marks overlapping no lex span, by the analyzer's category:", dict(wrong_categories.most_common()))
    for article, s in random.Random(0).sample(missed, min(args.errors, len(missed))):
        text = article.text
        context = " ".join(text[max(0, s["start"] - 60):s["end"] + 40].split())
        print(f"missed [{article.name}] {'quoted' if s['quoted'] else 'outlet'} "
              f"{text[s['start']:s['end']]!r}: ...{context}...")


if __name__ == "__main__":
    main()
