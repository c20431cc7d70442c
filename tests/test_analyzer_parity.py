"""The pure-Python analyzer says exactly what the spaCy-based one said, on every text the project has.

tests/fixtures/analyzer-parity/reference.json was recorded from the spaCy-based analyzer before the rewrite
(benchmarks/record_analyzer_reference.py): its dict, plain-text view, marks and the spans its HTML showed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from medialit.analyzer.analysis_html import shown_marks
from medialit.analyzer.analyzer import analyze

ROOT = Path(__file__).parents[1]
REFERENCE = json.loads((ROOT / "tests/fixtures/analyzer-parity/reference.json").read_text(encoding="utf-8"))
TEXTS = sorted((ROOT / "source_texts").glob("*.txt")) + sorted((ROOT / "tests/fixtures").glob("analyzer*/*.txt"))


@pytest.fixture
def alone(tmp_path, monkeypatch):
    """Jupyter settings that name no class: a learner alone, so the lessons' graded texts are marked too."""
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(tmp_path / "nothing"))
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path / "nothing-either"))


def test_the_reference_holds_every_project_text():
    assert sorted(REFERENCE) == sorted(str(p.relative_to(ROOT)) for p in TEXTS)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_same_analysis_text_and_marks_as_the_reference(alone, name):
    result, expected = analyze((ROOT / name).read_text(encoding="utf-8")), REFERENCE[name]
    assert json.loads(result.to_json()) == expected["analysis"]
    assert result.to_text() == expected["text"]
    assert [list(mark) for mark in result.marks()] == expected["marks"]
    assert shown_marks(result) == expected["shown"]


class _Marks(HTMLParser):
    """Reads the analyzer's HTML back: per sentence, the text shown and each mark's label and words."""

    def __init__(self) -> None:
        super().__init__()
        self.sentences: list[dict] = []
        self.stack: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append((tag, attrs))
        if tag == "p" and attrs.get("class") == "medialit-marked":
            self.sentences.append({"text": "", "labels": {}, "words": {}})

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        if not any(attrs.get("class") == "medialit-marked" for _, attrs in self.stack):
            return
        sentence = self.sentences[-1]
        marks = next((attrs["data-marks"].split() for tag, attrs in reversed(self.stack) if tag == "mark"), [])
        if self.stack[-1][1].get("class") == "medialit-label":  # it names its mark: it stands before the word
            sentence["labels"][int(self.stack[-1][1]["data-mark"])] = data.strip()
            return
        if self.stack[-1][1].get("class") == "medialit-why":  # the label's explanation, not the article's words
            return
        for mark in marks:
            sentence["words"][int(mark)] = sentence["words"].get(int(mark), "") + data
        sentence["text"] += data


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_the_html_shows_every_sentence_and_every_mark_with_its_label_in_words(alone, name):
    page = _Marks()
    page.feed(analyze((ROOT / name).read_text(encoding="utf-8")).to_html())
    shown = REFERENCE[name]["shown"]
    assert [s["text"] for s in page.sentences] == [s["text"] for s in shown]
    for read, expected in zip(page.sentences, shown):
        assert [(read["labels"][i], read["words"][i]) for i in range(len(expected["spans"]))] == \
            [(label, words) for label, _, _, words in expected["spans"]]


def test_the_analyzer_imports_and_runs_with_spacy_unimportable():
    """As in the browser (Pyodide has no spaCy): the student's side never needs it."""
    code = ("import sys; sys.modules['spacy'] = None\n"
            "import medialit, medialit.analyzer.analyzer, medialit.lesson.article_box\n"
            "result = medialit.analyzer.analyzer.analyze('Mayor Ana Ruiz said about 1,200 so-called beds were ready.')\n"
            "print(len(result['attributions']), len(result['figures']), len(result['framing']),"
            " 'NAMED SOURCE' in result.to_html())")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["1", "1", "1", "True"]


def test_spacy_is_a_test_dependency_only():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("spacy") for d in project["dependencies"])
    assert any(d.startswith("spacy") for d in project["optional-dependencies"]["test"])
