"""The coalition's own words (issue 27, item 13): a real text from the other side, quoted exactly and sourced.

Every sentence of ``source_texts/coalition-hajin-statements.txt`` must be
found, word for word, in the page it is quoted from, as that page was read
(``tests/fixtures/coalition-sources/``, each with its address); the metadata
names each sentence's source, address and date, and the article box shows
them above the passages, so a student can open every quotation.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from medialit.content.article import load_article

NAME = "coalition-hajin-statements"
READ = {json.loads(p.read_text(encoding="utf-8"))["address"]: json.loads(p.read_text(encoding="utf-8"))["text"]
        for p in (Path(__file__).parent / "fixtures" / "coalition-sources").glob("*.json")}


@pytest.fixture(scope="module")
def coalition():
    return load_article(NAME)


def passage_of(article, number: int) -> dict:
    (passage,) = [p for p in article.metadata["passages"] if p["sentences"][0] <= number <= p["sentences"][1]]
    return passage


def test_every_sentence_is_in_one_cited_passage_with_its_address_and_date(coalition):
    passages = coalition.metadata["passages"]
    covered = [n for p in passages for n in range(p["sentences"][0], p["sentences"][1] + 1)]
    assert covered == list(range(1, len(coalition) + 1))
    for passage in passages:
        assert passage["address"].startswith("https://") and passage["source"]
        datetime.date.fromisoformat(passage["date"])


def test_every_sentence_is_word_for_word_in_the_page_it_cites(coalition):
    for sentence in coalition.sentences:
        page = READ[passage_of(coalition, sentence.number)["address"]]
        assert sentence.text in page, sentence.label


def test_the_pages_are_the_kuna_report_and_the_coalitions_monthly_report(coalition):
    addresses = [p["address"] for p in coalition.metadata["passages"]]
    assert addresses == ["https://www.kuna.net.kw/ArticleDetails.aspx?id=2759969&Language=en",
                         "https://reliefweb.int/report/iraq/"
                         "combined-joint-task-force-operation-inherent-resolve-monthly-civilian-casualty-report-1"]
    assert [p["date"] for p in coalition.metadata["passages"]] == ["2018-11-18", "2018-12-30"]


def test_the_box_names_each_passages_source_address_and_date_above_it(coalition):
    page = coalition._repr_html_()
    kuna, report = coalition.metadata["passages"]
    assert page.index("18 November 2018") < page.index("[S1]") < page.index("30 December 2018") < page.index("[S9]")
    assert "https://www.kuna.net.kw/ArticleDetails.aspx?id=2759969&amp;Language=en" in page
    assert report["address"] in page and "Quoted word for word" in page
    text = str(coalition)
    assert text.index(kuna["address"]) < text.index(" S1  ") < text.index(report["address"]) < text.index(" S9  ")


def test_a_text_without_passages_shows_no_passage_lines():
    assert "quoted from" not in load_article("press-tv-hajin")._repr_html_()


def test_the_tagger_and_the_analyzer_read_the_text(coalition):
    from medialit.analyzer.analyzer import analyze
    from medialit.keys.graded_texts import GRADED_TEXTS
    from medialit.lesson.widgets import SourceTagger

    tagger = SourceTagger(coalition, "other_side_speakers", multiple=True)
    assert [number for number, _, _ in tagger.sentences] == list(range(1, 13))
    assert NAME in GRADED_TEXTS
    marks = analyze(coalition.text)
    assert len(marks["sentences"]) == len(coalition)
    assert any("1139" in str(figure) for figure in marks["figures"])


def hidden_test_score(lesson: str, exercise: str, answer: object) -> float:
    """What the exercise's hidden test in solutions/ gives ``answer``: it is plain syntax, and its last line is the
    score, so it runs here as it runs in the grading kernel."""
    import ast

    import nbformat

    from medialit.classroom.test_cells import hidden_region

    notebook = nbformat.read(Path(__file__).parents[1] / "solutions" / lesson / f"{lesson}.ipynb", as_version=4)
    (cell,) = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == exercise]
    tree = ast.parse("\n".join(hidden_region(cell.source)))
    score = ast.Expression(tree.body.pop().value)
    names = {exercise: answer}
    exec(compile(tree, exercise, "exec"), names)  # noqa: S102 (our own hidden test)
    return eval(compile(score, exercise, "eval"), names)  # noqa: S307


MODEL_TAGS = {1: "named", 2: "named", 3: "named", 4: "named", 5: "named", 6: "named", 7: "named", 8: "named",
              9: "none", 10: "none", 11: "named", 12: "none"}


@pytest.mark.parametrize(("lesson", "exercise", "answer", "score"), [
    ("01-unnamed-sources", "other_side_speakers", MODEL_TAGS, 2),
    ("01-unnamed-sources", "other_side_speakers", {}, 0),
    # "KUNA's headline is KUNA's" and "'CJTF-OIR assesses' is the report's own voice" are accepted readings.
    ("01-unnamed-sources", "other_side_speakers", {**MODEL_TAGS, 1: {"named", "none"}, 2: {"named", "vague"},
                                                   11: "none"}, 2),
    # The report's publisher read as a source inside it (S9, S10, S12 named), and "it affirmed" missed (S4 none).
    ("01-unnamed-sources", "other_side_speakers", {**MODEL_TAGS, 4: "none", 9: "named", 10: "named", 12: "named"},
     8 / 12 * 2),
    ("02-state-media-framing", "coalition_framing", {"falsely claimed": "opinion as fact", "liberating": "loaded label",
                                                     "brutal": "emotive language", "unintentionally": "euphemism"}, 1),
    ("02-state-media-framing", "coalition_framing", {}, 0),
    ("02-state-media-framing", "coalition_framing", {"falsely claimed": "overstatement", "liberating": "opinion as fact",
                                                     "brutal rule": "loaded label",
                                                     "unintentionally": "opinion as fact"}, 1),
    # Half found; the coalition's claims about its own care are free to mark, as Westmark's are in the practice text.
    ("02-state-media-framing", "coalition_framing", {"falsely claimed": "opinion as fact", "liberating": "loaded label",
                                                     "stringent precautions": "opinion as fact"}, 0.5),
    ("02-state-media-framing", "coalition_framing", {"falsely claimed": "opinion as fact", "19 strikes": "overstatement"},
     0),
    ("03-unsupported-figures", "other_side_figures", {"A", "B", "D"}, 1),
    ("03-unsupported-figures", "other_side_figures", set(), 0),
    ("03-unsupported-figures", "other_side_figures", {"A", "D"}, 2 / 3),
    ("03-unsupported-figures", "other_side_figures", {"A", "B", "D", "C"}, 2 / 3),
])
def test_the_keys_on_the_coalitions_words_score_each_answer_its_share(lesson, exercise, answer, score):
    assert hidden_test_score(lesson, exercise, answer) == pytest.approx(score)
