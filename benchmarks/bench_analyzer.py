"""Analyzer speed on one core: the first analysis (imports and rules loaded, as a lesson's first run), then
time per article over 1,000 articles, the slowest lesson text, and peak memory.

The articles are the hand-annotated practice articles (tests/fixtures/analyzer)
and the lesson texts, cycled to 1,000. Goals (issue 30): the first analysis under 0.5 s, at least 20
articles per second; the sentences the grammar rules need are parsed, so this is slower than before the
parser (about 250 a second) and the first analysis loads the parser's weights.

The processor times (cpu) are what a quiet machine's clock would show: a busy one adds waiting to the others.

Run: .venv/bin/python benchmarks/bench_analyzer.py [articles]
"""

from __future__ import annotations

import itertools
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/analyzer").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "source_texts").glob("*.txt"))]
    start, cpu = time.perf_counter(), time.process_time()
    from medialit.analyzer.analyzer import analyze

    analyze(texts[0])  # load the tokenizer's rules and build the matchers once, as a notebook session would
    first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
    lesson_texts = sorted((ROOT / "source_texts").glob("*.txt"))
    per_text = {}
    for path in lesson_texts:
        text = path.read_text(encoding="utf-8")
        begin = time.perf_counter()
        analyze(text)
        per_text[path.stem] = round((time.perf_counter() - begin) * 1000, 1)
    start, cpu = time.perf_counter(), time.process_time()
    sentences = sum(len(analyze(text)["sentences"]) for text in itertools.islice(itertools.cycle(texts), count))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu  # CPU time: less moved by a busy machine
    print(json.dumps({
        "first_analysis_seconds": round(first, 2), "first_analysis_cpu_seconds": round(first_cpu, 2),
        "lesson_text_ms": per_text,
        "articles": count, "seconds": round(elapsed, 2), "ms_per_article": round(elapsed * 1000 / count, 2),
        "cpu_ms_per_article": round(cpu * 1000 / count, 2),
        "articles_per_second": round(count / elapsed, 1),
        "sentences_per_second": round(sentences / elapsed), "mean_sentences_per_article": round(sentences / count, 1),
        "peak_memory_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }, indent=1))


if __name__ == "__main__":
    main()
