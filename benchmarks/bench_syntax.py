"""Tagger and parser speed on one core, and a check that a faster version gives exactly the same parses.

Texts: the lesson texts (source_texts/) and every analyzer fixture article (tests/fixtures/analyzer*/), each
split into sentences and tokenized as the analyzer does (not timed). Measured: the models' memory (tracemalloc:
after loading, after parsing every text once, and the highest point on the way), loading the weights (the
first parse), then words per second and milliseconds per article.

Goal (issue 30): the whole analyzer under 0.5 s for a typical article and 20 articles a second; the parser's
share at most ~20 ms for a 500-word article (40 µs a word for tagging and parsing).

``--record FILE`` writes every sentence's tags, heads and relations (one JSON line each); ``--compare FILE``
parses them again and counts the sentences whose output differs from the recording (a speed change must
leave it at 0). Keep FILE outside the repository.

Run: nice -n 15 .venv/bin/python benchmarks/bench_syntax.py [--rounds N] [--record FILE | --compare FILE]
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from pathlib import Path

from medialit.analyzer import dep_parser, pos_tagger
from medialit.analyzer.tokenizer import tokenize
from medialit.content.article import number_sentences

ROOT = Path(__file__).parents[1]


def articles() -> dict[str, list]:
    """Each text's sentences, tokenized."""
    paths = sorted((ROOT / "source_texts").glob("*.txt")) + sorted(ROOT.glob("tests/fixtures/analyzer*/*.txt"))
    out = {}
    for path in paths:
        _, paragraphs = number_sentences(path.read_text(encoding="utf-8"))
        out[str(path.relative_to(ROOT))] = [tokenize(sentence.text) for paragraph in paragraphs for sentence in paragraph]
    return out


def parses(texts: dict[str, list]) -> list[dict]:
    """Every sentence's words and what the tagger and parser give them."""
    out = []
    for name, docs in texts.items():
        for number, doc in enumerate(docs):
            words = dep_parser.parse(doc)
            out.append({"text": name, "sentence": number, "words": [token.text for token in doc],
                        "tags": [w.tag for w in words], "heads": [w.head for w in words],
                        "labels": [w.label for w in words]})
    return out


def compare(texts: dict[str, list], recorded_file: Path) -> dict:
    recorded = [json.loads(line) for line in recorded_file.read_text(encoding="utf-8").splitlines()]
    now = parses(texts)
    differ = [f"{a['text']} #{a['sentence']}" for a, b in zip(recorded, now) if a != b]
    return {"sentences_compared": len(now), "sentences_recorded": len(recorded),
            "sentences_that_differ": len(differ) + abs(len(now) - len(recorded)), "first_differing": differ[:10]}


def memory(texts: dict[str, list]) -> dict:
    """MiB the loaded models hold (tracemalloc) after the load and after parsing every text once (a cache
    would grow there), and the peak on the way (the load holds the whole weights file for a moment). In the
    browser (Pyodide) this is memory a school laptop must find."""
    dep_parser.parser.cache_clear()
    pos_tagger.tagger.cache_clear()
    tracemalloc.start()
    dep_parser.parse(tokenize("The weights load on the first parse."))
    loaded = tracemalloc.get_traced_memory()[0]
    for docs in texts.values():
        for doc in docs:
            dep_parser.parse(doc)
    after, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    dep_parser.parser.cache_clear()
    pos_tagger.tagger.cache_clear()
    mib = 2 ** 20
    return {"mib_after_load": round(loaded / mib, 1), "mib_after_every_text": round(after / mib, 1),
            "mib_peak": round(peak / mib, 1)}


def speed(texts: dict[str, list], rounds: int) -> dict:
    begin = time.process_time()
    dep_parser.parse(tokenize("The weights load on the first parse."))
    load = time.process_time() - begin
    words = sum(len(doc) for docs in texts.values() for doc in docs)
    per_article = {}
    begin = time.process_time()
    for _ in range(rounds):
        for name, docs in texts.items():
            start = time.process_time()
            for doc in docs:
                dep_parser.parse(doc)
            per_article[name] = (time.process_time() - start) * 1000
    seconds = (time.process_time() - begin) / rounds
    slowest = max(per_article, key=per_article.get)
    return {
        "load_seconds": round(load, 3), "articles": len(texts), "words": words,
        "words_per_second": round(words / seconds), "microseconds_per_word": round(seconds / words * 1e6, 1),
        "ms_per_article_mean": round(seconds / len(texts) * 1000, 1),
        "ms_per_500_words": round(seconds / words * 500 * 1000, 1),
        "slowest_article": [slowest, round(per_article[slowest], 1), sum(len(d) for d in texts[slowest])],
    }


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=3)
    group = options.add_mutually_exclusive_group()
    group.add_argument("--record", type=Path, help="write every sentence's parse to this file (outside the repo)")
    group.add_argument("--compare", type=Path, help="count the sentences whose parse differs from this recording")
    args = options.parse_args()
    texts = articles()
    report = speed(texts, args.rounds) | memory(texts)
    if args.record:
        args.record.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in parses(texts)), encoding="utf-8")
        report["recorded_sentences"] = sum(len(docs) for docs in texts.values())
    if args.compare:
        report["compare"] = compare(texts, args.compare)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
