"""Record what the analyzer says today on every project text, as the parity reference for a rewrite.

For each text in source_texts/ and tests/fixtures/analyzer*/: analyze()'s dict, its plain-text view, its
marks, and what its HTML shows (each sentence's text and every marked span with its label). Graded texts
are analysed as a learner working alone sees them (in class the analyzer refuses them). The first reference
was recorded from the spaCy-based analyzer (commit 0fc7f32); tests/test_analyzer_parity.py holds the
pure-Python analyzer to it. Re-record only for a deliberate change of the analyzer's output.

Run: .venv/bin/python benchmarks/record_analyzer_reference.py  (writes tests/fixtures/analyzer-parity/reference.json)
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from medialit.analyzer.analysis_html import shown_marks
from medialit.analyzer.analyzer import AnalysisError, analyze

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "tests/fixtures/analyzer-parity/reference.json"


def texts() -> dict[str, str]:
    paths = sorted((ROOT / "source_texts").glob("*.txt")) + sorted((ROOT / "tests/fixtures").glob("analyzer*/*.txt"))
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in paths}


def record(text: str) -> dict:
    try:
        analysis = analyze(text)
    except AnalysisError as error:
        return {"error": str(error)}
    return {"analysis": analysis, "text": analysis.to_text(), "marks": [list(m) for m in analysis.marks()],
            "shown": shown_marks(analysis)}


def main() -> None:
    nowhere = tempfile.mkdtemp()  # Jupyter settings that name no class: a learner alone, graded texts marked too
    os.environ.update(JUPYTER_CONFIG_PATH=nowhere, JUPYTER_CONFIG_DIR=nowhere)
    reference = {name: record(text) for name, text in texts().items()}
    REFERENCE.write_text(json.dumps(reference, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(reference)} texts -> {REFERENCE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
