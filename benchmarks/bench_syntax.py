"""Tagger and parser speed on one core: loading the weights (the first parse), then words per second and
milliseconds per article over the lesson texts (source_texts/) and the hand-annotated practice articles
(tests/fixtures/analyzer), each split into sentences and tokenized as the analyzer does (not timed).

Goal (issue 30): the whole analyzer under 0.5 s for a typical article and 20 articles a second; the parser's
share at most ~40 ms for a 500-word article (about 80 µs a word for tagging and parsing).

Run: nice -n 15 .venv/bin/python benchmarks/bench_syntax.py [rounds]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from medialit.analyzer import dep_parser
from medialit.analyzer.tokenizer import tokenize
from medialit.content.article import number_sentences

ROOT = Path(__file__).parents[1]


def articles() -> dict[str, list]:
    """Each text's sentences, tokenized."""
    paths = sorted((ROOT / "source_texts").glob("*.txt")) + sorted((ROOT / "tests/fixtures/analyzer").glob("*.txt"))
    out = {}
    for path in paths:
        _, paragraphs = number_sentences(path.read_text(encoding="utf-8"))
        out[path.stem] = [tokenize(sentence.text) for paragraph in paragraphs for sentence in paragraph]
    return out


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    texts = articles()
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
    print(json.dumps({
        "load_seconds": round(load, 2), "articles": len(texts), "words": words,
        "words_per_second": round(words / seconds), "microseconds_per_word": round(seconds / words * 1e6, 1),
        "ms_per_article_mean": round(seconds / len(texts) * 1000, 1),
        "ms_per_500_words": round(seconds / words * 500 * 1000, 1),
        "slowest_article": [slowest, round(per_article[slowest], 1), sum(len(d) for d in texts[slowest])],
    }, indent=1))


if __name__ == "__main__":
    main()
