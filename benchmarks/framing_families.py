"""Right and wrong marks of each "words to watch" family (medialit.analyzer.words_to_watch) on the framing gold.

Rule fixed before measuring: a family's mark is right when it overlaps a gold "loaded" or "name-calling" span or a
gold biased word, wrong otherwise. Train and dev only (bench_framing_gold's texts and mirror); never the test split.

Run: nice -n 15 .venv/bin/python benchmarks/framing_families.py [--split train|dev]
"""

from __future__ import annotations

import argparse

from bench_framing_gold import GOLD, POLNEAR_SPLIT, SPAN_LABELS, gold_texts, polnear_text

from medialit.analyzer.analyzer import analyze
from medialit.analyzer.words_to_watch import FAMILIES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    args = parser.parse_args()
    counts = {family: [0, 0, []] for family in FAMILIES}
    for name, entry in sorted(gold_texts(GOLD, args.split).items()):
        text = polnear_text(POLNEAR_SPLIT[args.split], name)
        gold = [(s["start"], s["end"]) for s in entry["spans"] if s["category"] in SPAN_LABELS]
        gold += [(w["start"], w["end"]) for w in entry["biased_words"]]
        for mark in analyze(text)["framing"]:
            family = next((f for f, (_, why) in FAMILIES.items() if mark["explanation"].endswith(why)), None)
            if family:
                right = any(s < mark["end"] and mark["start"] < e for s, e in gold)
                counts[family][0 if right else 1] += 1
                counts[family][2].append(("+" if right else "-") + mark["text"])
    for family, (right, wrong, marks) in counts.items():
        print(f"{args.split} {family}: right {right}, wrong {wrong}  {' '.join(marks)}")


if __name__ == "__main__":
    main()
