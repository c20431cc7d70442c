"""Framing marks on real news: PolNeAR's dev (or train) texts, read from a local mirror of its repository.

PolNeAR (Newell, Margolin and Ruths, LREC 2018; https://github.com/networkdynamics/PolNeAR) annotates
attribution, not framing, so there is no gold framing to score against. This script reports what can be
counted without gold: how many framing marks the analyzer makes per category, what share of them are a
quoted speaker's words and what share are the outlet's own, and a fixed random sample of marks (seed 30)
for a person to judge by hand. Never run it on data/test (kept for the final measure).

Run: nice -n 15 .venv/bin/python benchmarks/framing_polnear.py [dev|train] [sample size]
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter

from medialit.analyzer.analyzer import AnalysisError, analyze

MIRROR = "/work/.mirror/networkdynamics+PolNeAR/repo"


def texts(split: str) -> dict[str, str]:
    """Every text of a split, by file name, read from the bare repository (no work tree is needed)."""
    if split not in {"dev", "train"}:
        raise SystemExit("Only dev and train: the test split is kept for the final measure.")
    names = subprocess.run(["git", "-C", MIRROR, "ls-tree", "--name-only", f"HEAD:data/{split}/text"],
                           capture_output=True, text=True, check=True).stdout.split()
    return {name: subprocess.run(["git", "-C", MIRROR, "show", f"HEAD:data/{split}/text/{name}"],
                                 capture_output=True, text=True, check=True).stdout for name in names}


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    marks, refused = [], 0
    for name, text in sorted(texts(split).items()):
        try:
            result = analyze(text)
        except AnalysisError:
            refused += 1
            continue
        sentences = {s["sentence"]: s["text"] for s in result["sentences"]}
        marks += [(name, f, " ".join(sentences[f["sentence"]].split())) for f in result["framing"]]
    categories = Counter(f["category"] for _, f, _ in marks)
    quoted = sum(f.get("speaker") is not None for _, f, _ in marks)
    print(f"{split}: {len(marks)} framing marks, {refused} texts refused")
    for category, n in categories.most_common():
        print(f"  {category}: {n}")
    print(f"  the quoted speaker's words: {quoted} ({quoted / max(1, len(marks)):.0%}); "
          f"the outlet's own: {len(marks) - quoted}")
    for name, f, sentence in random.Random(30).sample(marks, min(size, len(marks))):
        print(f"\n[{name}] {f['category']}: {f['text']!r} speaker={f.get('speaker')!r}\n    {sentence[:300]}")


if __name__ == "__main__":
    main()
