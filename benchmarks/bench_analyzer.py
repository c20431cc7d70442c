"""Analyzer throughput on one core: articles per second over 1,000 articles, and peak memory.

The articles are the hand-annotated practice articles (tests/fixtures/analyzer)
and the lesson texts, cycled to 1,000. Goal: above 100 articles per second.

Run: .venv/bin/python benchmarks/bench_analyzer.py [articles]
"""

from __future__ import annotations

import itertools
import json
import resource
import sys
import time
from pathlib import Path

from medialit.analyzer import analyze

ROOT = Path(__file__).parents[1]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/analyzer").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "source_texts").glob("*.txt"))]
    analyze(texts[0])  # load spaCy and build the matchers once, as a notebook session would
    start = time.perf_counter()
    sentences = sum(len(analyze(text)["sentences"]) for text in itertools.islice(itertools.cycle(texts), count))
    elapsed = time.perf_counter() - start
    print(json.dumps({
        "articles": count, "seconds": round(elapsed, 2), "articles_per_second": round(count / elapsed, 1),
        "sentences_per_second": round(sentences / elapsed), "mean_sentences_per_article": round(sentences / count, 1),
        "peak_memory_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }, indent=1))


if __name__ == "__main__":
    main()
