"""The capstone measures transfer, not memory (issue 28): real texts from both sides that no other lesson tags.

Every sentence of ``source_texts/two-reports-november-2018.txt`` must be found, word for word, in the page it is
quoted from, as that page was read (``tests/fixtures/capstone-sources/``, each with its address); the capstone
audits only texts no earlier lesson loads, so no answer can be copied from a student's own notebooks; and its
keys give each defensible answer its share, as the hidden tests in the grading kernel do.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from medialit.content.article import load_article
from test_coalition_text import hidden_test_score

NAME = "two-reports-november-2018"
LESSON = "05-capstone"
SOLUTIONS = Path(__file__).parents[1] / "solutions"
READ = {json.loads(p.read_text(encoding="utf-8"))["address"]: json.loads(p.read_text(encoding="utf-8"))["text"]
        for p in (Path(__file__).parent / "fixtures" / "capstone-sources").glob("*.json")}


@pytest.fixture(scope="module")
def reports():
    return load_article(NAME)


def one_line(text: str) -> str:
    """A paragraph as the article loader joins it: runs of white space are one space."""
    return " ".join(text.split())


def test_every_sentence_is_word_for_word_in_the_page_its_passage_cites(reports):
    passages = reports.metadata["passages"]
    covered = [n for p in passages for n in range(p["sentences"][0], p["sentences"][1] + 1)]
    assert covered == list(range(1, len(reports) + 1))
    for passage in passages:
        page = one_line(READ[passage["address"]])
        for number in range(passage["sentences"][0], passage["sentences"][1] + 1):
            assert reports.sentence(number).text in page, f"S{number}"


def test_one_report_from_each_side_each_quoted_whole(reports):
    sana, cjtf = reports.metadata["passages"]
    assert sana["address"] == "https://sana.sy/en/?p=150960" and sana["sentences"] == [1, 5]
    assert cjtf["address"].startswith("https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/1697432/")
    assert cjtf["sentences"] == [6, 15]
    # Whole: every sentence of each stored page's report is quoted (only the headline's "Updated-", the sign-off,
    # the page's other links and the closing hashtag are left out).
    quoted = " ".join(s.text for s in reports.sentences)
    sana_page = one_line(READ[sana["address"]]).split("R. al-Jazaeri")[0].removeprefix("Updated-")
    cjtf_page = one_line(READ[cjtf["address"]]).removesuffix("#DefeatISIS").strip()
    assert sana_page.strip() + " " + cjtf_page == quoted


def texts_loaded(lesson: str) -> set[str]:
    notebook = nbformat.read(SOLUTIONS / lesson / f"{lesson}.ipynb", as_version=4)
    return {name for cell in notebook.cells if cell.cell_type == "code"
            for name in re.findall(r"""load_article\(["']([\w-]+)["']\)""", cell.source)}


def test_the_capstone_audits_only_texts_no_other_lesson_loads():
    capstone = texts_loaded(LESSON)
    assert capstone == {NAME}
    metadata = nbformat.read(SOLUTIONS / LESSON / f"{LESSON}.ipynb", as_version=4).metadata["medialit"]
    assert metadata == {"article": NAME}, "the time model, the keys and check() read the lesson's text from here"
    for path in SOLUTIONS.glob("*/*.ipynb"):
        if path.parent.name != LESSON:
            assert not capstone & texts_loaded(path.parent.name), path.parent.name


def test_the_three_skills_and_a_memo_are_graded_on_both_reports():
    notebook = nbformat.read(SOLUTIONS / LESSON / f"{LESSON}.ipynb", as_version=4)
    graded = {c.metadata["nbgrader"]["grade_id"] for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade")}
    assert graded == {"audit_speakers", "audit_framing", "audit_figures", "audit_checks", "audit_memo"}


MODEL_TAGS = {1: "none", 2: "none", 3: "vague", 4: "vague", 5: {"named", "none"}, 6: "none", 7: "none", 8: "none",
              9: "none", 10: "none", 11: "none", 12: "named", 13: "none", 14: "none", 15: "none"}


@pytest.mark.parametrize(("exercise", "answer", "score"), [
    ("audit_speakers", MODEL_TAGS, 2),
    ("audit_speakers", {}, 0),
    # "Local sources" read as one source held back, SANA's dateline as SANA naming itself, Washington's claim in S5
    # missed for SANA's charge around it: each defensible.
    ("audit_speakers", {**MODEL_TAGS, 2: {"named", "none"}, 3: "unnamed", 4: "unnamed", 5: "none"}, 2),
    # The publisher read as a source inside its own report (S7 and S11 "named", for CJTF-OIR): two of 15 lost.
    ("audit_speakers", {**MODEL_TAGS, 7: "named", 11: "named"}, 13 / 15 * 2),
    ("audit_framing", {"A", "B", "C", "E"}, 2),
    ("audit_framing", {"A", "B", "C", "E", "F"}, 2),
    ("audit_framing", set(), 0),
    # Missing the coalition's own framing (E) while finding SANA's is applying the tests to one side only.
    ("audit_framing", {"A", "B", "C"}, 2 * 3 / 4),
    # The deputy commander's words in quotation marks (D) are his, not the release's own voice.
    ("audit_framing", {"A", "B", "C", "D", "E"}, 2 * 3 / 4),
    ("audit_figures", {"A", "D", "E"}, 2),
    # Adding or comparing the two reports' figures (F): they count different things.
    ("audit_figures", {"A", "D", "E", "F"}, 2 * 2 / 3),
    ("audit_figures", set(), 0),
    # "At least 60" read as the dead alone (B) is the misconception the lesson names.
    ("audit_figures", {"A", "B", "D", "E"}, 2 * 2 / 3),
    ("audit_checks", {"S2": "independent count", "S4": "independent count", "S5": "check the record",
                      "S10": "ask the other side"}, 2),
    ("audit_checks", {"S2": "ask the other side", "S4": "ask the other side", "S5": "check the record",
                      "S10": "independent count"}, 2),
    ("audit_checks", {}, 0),
    ("audit_checks", {"S2": "check the record", "S4": "independent count", "S5": "check the record",
                      "S10": "ask the other side"}, 1.5),
])
def test_the_capstone_keys_give_each_answer_its_share(exercise, answer, score):
    assert hidden_test_score(LESSON, exercise, answer) == pytest.approx(score)
