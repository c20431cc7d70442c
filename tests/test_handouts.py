"""Printable handouts: made for every lesson, with the article and the answer spaces, and nothing else."""

from __future__ import annotations

import nbformat
import pytest

from conftest import key_fragments, visible_text
from medialit.content.article import load_article
from medialit.classroom.cli import main
from medialit.classroom.course import COURSE_ROOT

LESSONS = sorted(p.parent.name for p in (COURSE_ROOT / "lessons").glob("*/*.ipynb"))


def page_text(handouts, lesson: str) -> str:
    return visible_text(next(p for p in handouts if p.name == f"{lesson}.html").read_text())


def test_every_lesson_gets_an_html_and_a_pdf_handout(handouts):
    assert sorted(p.name for p in handouts) == sorted(f"{name}.{ext}" for name in LESSONS for ext in ("html", "pdf"))
    for pdf in (p for p in handouts if p.suffix == ".pdf"):
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


def release(lesson: str) -> nbformat.NotebookNode:
    return nbformat.read(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)


@pytest.mark.parametrize("lesson", LESSONS)
def test_a_handout_holds_the_numbered_article_and_the_answer_spaces(handouts, lesson):
    text = " ".join(page_text(handouts, lesson).split())
    notebook = release(lesson)
    for sentence in load_article(notebook.metadata["medialit"]["article"]).sentences:
        assert f"[{sentence.label}] {sentence.text}" in text
    answer_lines = [c.source.splitlines()[0] for c in notebook.cells
                    if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")]
    assert answer_lines and all(" ".join(line.split()) in text for line in answer_lines)


@pytest.mark.parametrize("lesson", LESSONS)
def test_a_handout_leaves_out_screen_only_code_and_every_answer(handouts, lesson):
    text = page_text(handouts, lesson)
    code = [c.source for c in release(lesson).cells
            if c.cell_type == "code" and not c.metadata.get("nbgrader", {}).get("solution")]
    assert code and not [source for source in code if source in text]
    assert not [f for f in key_fragments(lesson) if f in text]


def test_the_command_writes_the_handouts(tmp_path, capsys):
    assert main(["handouts", "--out", str(tmp_path), "--no-pdf"]) == 0
    assert (tmp_path / "00-start-here.html").is_file()
    assert "Written:" in capsys.readouterr().out


def test_the_figures_handout_carries_the_chart_with_its_text_alternative(handouts):
    """On paper the chart is the only way to read the ranges, so it must be there, and described for screen readers."""
    page = next(p for p in handouts if p.name == "03-unsupported-figures.html").read_text()
    assert page.count("<img") == 1 and '<img alt="Chart: Civilians reported killed near Hajin' in page
    assert "Albu Badran" in page.split('<img alt="', 1)[1].split('"', 1)[0]


def test_paper_shows_what_a_screen_hides_behind_a_click(handouts):
    """The outlets' full texts and sources sit in disclosures: printed closed, they would be lost on paper."""
    page = next(p for p in handouts if p.name == "02-state-media-framing.html").read_text()
    assert page.count("<details open") > 10
    assert page.count("<details") == page.count("<details open")
