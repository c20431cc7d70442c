"""How far two careful readers agree on the framing gold, scored as the analyzer is (issue 30).

``second-reading.json`` (benchmarks/data/framing-gold) is a second, blind reading of 15 of train2's study texts
(every 8th of its first 120, from the first; the rule is in the gold's README). This scores one reading against the
other with the bench's own matching (``bench_framing_gold.span_matches`` and ``words_covered``): a gold span is found
when some span of the other reading overlaps it, a span is right when it overlaps some gold span. Both ways, since
neither reading is the truth: the second reading as "predicted" against the first as "gold", and the reverse. For
comparison, the analyzer against each reading on the same texts, scored exactly as the bench scores it.

Biased words: the analyzer's predicted words are the bench's (``predicted_words``: every non-function word inside
a mark); a reader's are the biased words the reader listed, and a gold word is covered when one of them overlaps it.

Run: nice -n 15 .venv/bin/python benchmarks/framing_agreement.py
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from bench_framing_gold import (GOLD, SPAN_LABELS, annotated_text, gold_texts, overlaps, predicted_words, score,
                                span_matches, words_covered)

SECOND = "second-reading"
FIRST = "train2"


class Reading(NamedTuple):
    """One text's marks as a predictor: its spans, which of them are in the outlet's voice, and its biased words."""
    spans: list[dict]
    outlet: list[dict]
    word_marks: list[dict]
    words: set[tuple[int, int]]


def reader(entry: dict) -> Reading:
    """A human reading of one text, used as the predictor."""
    spans = [s for s in entry["spans"] if s["category"] in SPAN_LABELS]
    return Reading(spans, [s for s in spans if not s["quoted"]], entry["biased_words"],
                   {(w["start"], w["end"]) for w in entry["biased_words"]})


def analyzer(text: str, marks: list[dict]) -> Reading:
    """The analyzer's framing marks on one text, as the bench counts them."""
    return Reading(marks, [m for m in marks if m["speaker"] is None], marks, predicted_words(text, marks))


def agreement(predicted: dict[str, Reading], gold: dict[str, dict]) -> dict[str, int]:
    """The bench's counts for one predictor against one reading taken as gold, over the texts both hold."""
    counts = dict.fromkeys(("gold", "found", "marks", "right", "o_gold", "o_found", "o_marks", "o_right",
                            "w_gold", "w_found", "w_pred", "w_right", "pairs", "same_place", "same_label"), 0)
    for label in sorted(SPAN_LABELS):
        counts.update({f"{label}_gold": 0, f"{label}_found": 0, f"{label}_marks": 0, f"{label}_right": 0})
    for name, guess in predicted.items():
        spans = [s for s in gold[name]["spans"] if s["category"] in SPAN_LABELS]
        for voice, gold_spans, marks in (("", spans, guess.spans),
                                         ("o_", [s for s in spans if not s["quoted"]], guess.outlet)):
            hit, good = span_matches(gold_spans, marks)
            counts[voice + "gold"] += len(gold_spans)
            counts[voice + "found"] += len(hit)
            counts[voice + "marks"] += len(marks)
            counts[voice + "right"] += len(good)
        hit, good = span_matches(spans, guess.spans)
        for label in SPAN_LABELS:
            counts[f"{label}_gold"] += sum(s["category"] == label for s in spans)
            counts[f"{label}_found"] += sum(s["category"] == label for s in hit)
            counts[f"{label}_marks"] += sum(m["category"] == label for m in guess.spans)
            counts[f"{label}_right"] += sum(m["category"] == label for m in good)
        pairs = [(s, m) for s in spans for m in guess.spans
                 if overlaps((s["start"], s["end"]), (m["start"], m["end"]))]  # as span_matches counts them
        counts["pairs"] += len(pairs)
        counts["same_place"] += sum((s["start"], s["end"]) == (m["start"], m["end"]) for s, m in pairs)
        counts["same_label"] += sum(s["category"] == m["category"] for s, m in pairs)
        words = {(w["start"], w["end"]) for w in gold[name]["biased_words"]}
        counts["w_gold"] += len(words)
        counts["w_found"] += words_covered(words, guess.word_marks)
        counts["w_pred"] += len(guess.words)
        counts["w_right"] += len(guess.words & words)
    return counts


def report(title: str, c: dict[str, int], by_label_precision: bool) -> list[str]:
    """The bench's lines for one comparison; precision by label only where the predictor uses the gold's labels."""
    lines = [f"{title}", f"  spans: {score(c['found'], c['gold'], c['right'], c['marks'])}"]
    for label in sorted(SPAN_LABELS):
        line = f"    {label}: recall {c[f'{label}_found'] / max(c[f'{label}_gold'], 1):.2f} " \
               f"({c[f'{label}_found']}/{c[f'{label}_gold']})"
        if by_label_precision:
            line += f"  precision {c[f'{label}_right'] / max(c[f'{label}_marks'], 1):.2f} " \
                    f"({c[f'{label}_right']}/{c[f'{label}_marks']})"
        lines.append(line)
    if by_label_precision:
        lines.append(f"    overlapping pairs {c['pairs']}: same offsets {c['same_place']}, same label {c['same_label']}")
    lines.append(f"    outlet's voice only: {score(c['o_found'], c['o_gold'], c['o_right'], c['o_marks'])}")
    lines.append(f"  biased words: {score(c['w_found'], c['w_gold'], c['w_right'], c['w_pred'])}")
    return lines


def main(folder: Path = GOLD) -> None:
    from medialit.analyzer.analyzer import analyze  # here, so the scoring can be tested without the analyzer

    second = gold_texts(folder, SECOND)
    first = {name: entry for name, entry in gold_texts(folder, FIRST).items() if name in second}
    readers = {"second": {name: reader(entry) for name, entry in second.items()},
               "first": {name: reader(entry) for name, entry in first.items()}}
    machine = {}
    for name, entry in second.items():
        if entry["sha256"] != first[name]["sha256"]:
            raise SystemExit(f"{name}: the two readings annotate different texts (sha256)")
        text = annotated_text(FIRST, name, entry["sha256"])
        machine[name] = analyzer(text, analyze(text)["framing"])
    print(f"{len(second)} texts of train2's study part, read twice")
    for title, predicted, gold, labels in (
            ("second reading (predicted) against the first (gold)", readers["second"], first, True),
            ("first reading (predicted) against the second (gold)", readers["first"], second, True),
            ("analyzer against the first reading", machine, first, False),
            ("analyzer against the second reading", machine, second, False)):
        print("\n".join(report(title, agreement(predicted, gold), labels)))


if __name__ == "__main__":
    main()
