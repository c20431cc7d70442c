"""Would a looser threshold on a published lexicon add words that people mark as biased? Measured on TRAIN only.

Round 5 of issue 30 asked whether the part-of-speech tagger, as a guard, lets the analyzer take more words from
Pattern's subjectivity lexicon (PDDL; now subjectivity >= 0.6 and |polarity| >= 0.6, adjectives) and from VADER (MIT;
now |valence| >= 2.5). For each looser threshold this script finds, in the framing gold's train texts, the words the
analyzer does not mark now that the lexicon would add where the tagger gives the lexicon's part of speech (Pattern:
JJ* for its adjectives, RB* for its adverbs; VADER: any tag, and each tag class on its own), and counts how many of
them people marked as biased words (benchmarks/data/framing-gold).

The rule, written before the run: a threshold is taken into the exported list only if the words it adds reach
precision 0.45 (the issue's goal for biased words) with at least 3 of them right; otherwise recall bought with them
costs more precision than the goal allows. The count leaves out the context guards (``framing_context.judges``),
which could only remove words, right ones included. Result (round 5): no threshold passes. Pattern adds 0 or 1
right word out of 13 to 65 (subjectivity >= 0.5 or 0.6, |polarity| >= 0.3 to 0.6); VADER adds 0 to 8 right out of
0 to 163 (|valence| >= 1.5 to 2.5, any tag or one tag class), precision 0.13 at best (verbs at 2.0). So the exported
lists stay as they are: on news, most words such lexicons rate as feeling or opinion are used plainly.

Run: nice -n 15 .venv/bin/python benchmarks/framing_lexicon_thresholds.py EN_SENTIMENT_XML VADER_LEXICON_TXT
(en-sentiment.xml: textblob 0.20.1 wheel, textblob/en/; vader_lexicon.txt: vaderSentiment 3.3.2, vaderSentiment/)
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench_framing_gold import GOLD, _overlaps, gold_texts, polnear_text
from export_subjective_words import mean_ratings

from medialit.analyzer.analyzer import analyze
from medialit.analyzer.pos_tagger import tag
from medialit.analyzer.tokenizer import tokenize

SPLIT = "train"  # never dev: dev is measured once, at the end of a round
PATTERN_THRESHOLDS = [(s, p) for s in (0.5, 0.6) for p in (0.3, 0.4, 0.5, 0.6)]
VADER_THRESHOLDS = (1.5, 1.8, 2.0, 2.2, 2.5)
PRECISION, RIGHT = 0.45, 3


def pattern_lexicon(path: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(form, "JJ" or "RB") -> (mean |polarity|, mean subjectivity) over the form's senses."""
    return mean_ratings(path.read_text(encoding="utf-8"), {"JJ", "RB"})


def vader_lexicon(path: Path) -> dict[str, float]:
    """word -> |valence|."""
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8", errors="replace").splitlines())
    return {row[0]: abs(float(row[1])) for row in rows if len(row) > 1}


def unmarked_words() -> list[tuple[str, str, bool]]:
    """(word, tag, marked biased by people) for every word of the train texts that no framing mark covers."""
    found = []
    for name, entry in sorted(gold_texts(GOLD, SPLIT).items()):
        text = polnear_text(SPLIT, name)
        analysis = analyze(text)
        marks = [(m["start"], m["end"]) for m in analysis["framing"]]
        biased = {(w["start"], w["end"]) for w in entry["biased_words"]}
        for sentence in analysis["sentences"]:
            tokens = tokenize(sentence["text"]).tokens
            for token, tagged in zip(tokens, tag([t.text for t in tokens])):
                where = (sentence["start"] + token.idx, sentence["start"] + token.idx + len(token.text))
                if token.is_alpha and not any(_overlaps(where, m) for m in marks):
                    found.append((token.lower_, tagged, where in biased))
    return found


def verdict(rows: list[tuple[str, str, bool]]) -> str:
    right = sum(biased for *_, biased in rows)
    precision = right / len(rows) if rows else 0.0
    kept = "KEEP" if precision >= PRECISION and right >= RIGHT else "reject"
    return f"adds {len(rows):3d}, right {right:2d}, precision {precision:.2f}: {kept}"


def main() -> None:
    pattern, vader = pattern_lexicon(Path(sys.argv[1])), vader_lexicon(Path(sys.argv[2]))
    words = unmarked_words()
    for subjectivity, polarity in PATTERN_THRESHOLDS:
        rows = [w for w in words if (rated := pattern.get((w[0], w[1][:2]))) and rated[0] >= polarity
                and rated[1] >= subjectivity]
        print(f"Pattern subjectivity >= {subjectivity}, |polarity| >= {polarity}: {verdict(rows)}")
    for valence in VADER_THRESHOLDS:
        for kind in ("", "JJ", "RB", "VB", "NN"):
            rows = [w for w in words if vader.get(w[0], 0) >= valence and w[1].startswith(kind)]
            print(f"VADER |valence| >= {valence}, tag {kind or 'any'}: {verdict(rows)}")


if __name__ == "__main__":
    main()
