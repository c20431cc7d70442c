"""Record what the analyzer says today on every project text, as the parity reference for a rewrite.

For each text in source_texts/ and tests/fixtures/analyzer*/: analyze()'s dict, its plain-text view, its
marks, and what its HTML shows (each sentence's text and every marked span with its label). Graded texts
are analysed as a learner working alone sees them (in class the analyzer refuses them).

Run: .venv/bin/python benchmarks/record_analyzer_reference.py  (writes tests/fixtures/analyzer-parity/reference.json)
"""

from __future__ import annotations

import json
from pathlib import Path

import medialit.graded_texts
from medialit.analyzer import AnalysisError, _nlp, _offsets, analyze

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "tests/fixtures/analyzer-parity/reference.json"


def texts() -> dict[str, str]:
    paths = sorted((ROOT / "source_texts").glob("*.txt")) + sorted((ROOT / "tests/fixtures").glob("analyzer*/*.txt"))
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in paths}


def shown(analysis) -> list[dict]:
    """Per sentence, the text the HTML shows and the (label, marked text) spans, as displaCy was given them."""
    sentences, marks = [], analysis.marks()
    for sentence in analysis["sentences"]:
        doc = _nlp().make_doc(" ".join(sentence["text"].split()))
        where = _offsets(sentence["text"], doc.text, sentence["start"])
        back = {original: i for i, original in enumerate(where)}
        spans = []
        for start, end, label in marks:
            if sentence["start"] <= start and end <= sentence["end"] and start in back and end in back:
                span = doc.char_span(back[start], back[end], label=label, alignment_mode="expand")
                if span is not None:
                    spans.append([label, span.start_char, span.end_char, span.text])
        sentences.append({"text": doc.text, "spans": spans})
    return sentences


def record(text: str) -> dict:
    try:
        analysis = analyze(text)
    except AnalysisError as error:
        return {"error": str(error)}
    return {"analysis": analysis, "text": analysis.to_text(), "marks": [list(m) for m in analysis.marks()],
            "shown": shown(analysis)}


def main() -> None:
    medialit.graded_texts.working_alone = lambda near=None: True  # a learner alone: graded texts are marked too
    reference = {name: record(text) for name, text in texts().items()}
    REFERENCE.write_text(json.dumps(reference, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(reference)} texts -> {REFERENCE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
