"""Time the cleaning of a student's longest and slowest Markdown: the shapes that make a parser slow.

Run: .venv/bin/python benchmarks/bench_student_html.py [repeats]
Each shape is repeated to 1 MB; the cleaner cuts it to its first MAX_CHARS characters before anything parses it
(tests/test_student_html.py checks the cut), so each should take well under a second.
"""

from __future__ import annotations

import statistics
import sys
import time

from medialit.classroom.student_html import SLOW_SHAPES, clean_markdown



def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for shape in SLOW_SHAPES:
        text = shape * (1_000_000 // len(shape))
        runs = []
        for _ in range(repeats):
            started = time.perf_counter()
            clean_markdown(text)
            runs.append(time.perf_counter() - started)
        print(f"{shape!r:>22}: {statistics.median(runs) * 1000:7.1f} ms (median of {repeats})")


if __name__ == "__main__":
    main()
