"""The skill check: two parallel forms built from one template, on two articles written to one blueprint."""

from __future__ import annotations

import re

import nbformat
import pytest

from conftest import sample_submissions, with_answers
from medialit.analyzer import analyze
from medialit.article import load_article
from medialit.course import COURSE_ROOT
from medialit.keys import hidden_key, hidden_region
from medialit.rescore import rescore
from medialit.skill_check import (
    BLUEPRINT,
    FORMS,
    ITEMS,
    POINTS,
    blueprint_of,
    build,
    keys,
    notebook_path,
    render,
)

FORM_IDS = [form.assignment for form in FORMS]


def cells_of(form) -> list:
    return nbformat.read(notebook_path(form), as_version=4).cells


def grading(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def masked(form, text: str) -> str:
    """``text`` with what differs between the forms by design taken out: model answers, phrases, numbers, the letter."""
    text = re.sub(r"### BEGIN SOLUTION\n.*?### END SOLUTION", "SOLUTION", text, flags=re.DOTALL)
    for phrase in sorted((*form.technique_phrases, *form.promise_phrases), key=len, reverse=True):
        text = text.replace(phrase, "PHRASE")
    text = re.sub(r"\bS\d+\b", "S#", text)
    text = re.sub(r"\{\d+(, \d+)*\}", "{#}", text)
    return text.replace(f"Skill check {form.letter}", "Skill check #").replace(form.text, "TEXT").replace(form.outlet, "OUTLET")


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_committed_solution_notebook_is_a_fresh_build(form):
    assert notebook_path(form).read_text(encoding="utf-8") == render(form), "run `python -m medialit.skill_check`"


def test_both_forms_ask_the_same_six_items_for_the_same_points():
    for form in FORMS:
        graded = [(grading(c)["grade_id"], grading(c)["points"]) for c in cells_of(form) if grading(c).get("grade")]
        assert graded == [(name, POINTS) for name in ITEMS] and POINTS == 1
        answers = [grading(c)["grade_id"] for c in cells_of(form) if grading(c).get("solution")]
        assert answers == [f"answer_{name}" for name in ITEMS]
    assert {name.split("_")[0] for name in ITEMS} == {"sources", "framing", "figures"}
    assert all(sum(name.startswith(skill) for name in ITEMS) == 2 for skill in ("sources_", "framing_", "figures_"))


def test_both_forms_are_the_same_notebook_but_for_the_article_and_its_key():
    """Same cells, same questions, same answer forms, same visible tests and the same scoring code."""
    first, second = ([(c.cell_type, grading(c), masked(form, c.source)) for c in cells_of(form)] for form in FORMS)
    assert len(first) == len(second)
    for one, other in zip(first, second):
        assert one[:2] == other[:2]
        assert without_key(one[2]) == without_key(other[2])


def without_key(source: str) -> str:
    return re.sub(r"^_key = .*$", "_key = KEY", source, flags=re.MULTILINE)


def test_the_keys_have_the_same_shape_and_size_in_both_forms():
    shapes = []
    for form in FORMS:
        built = keys(form)
        shapes.append({name: [len(answer) for answer in key] if isinstance(key, list) else sorted(map(len, key.values()))
                       for name, key in built.items()})
        for cell in cells_of(form):
            if grading(cell).get("grade"):
                assert hidden_key(cell.source) == built[grading(cell)["grade_id"]]
    assert shapes[0] == shapes[1]


def _lesson_hidden_body(lesson: str, grade_id: str) -> str:
    path = COURSE_ROOT / "solutions" / lesson / f"{lesson}.ipynb"
    cell = next(c for c in nbformat.read(path, as_version=4).cells if grading(c).get("grade_id") == grade_id)
    return "\n".join(line for line in hidden_region(cell.source)[1:] if not line.startswith("_why = "))  # the lesson's reasons


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_hidden_tests_score_as_the_lessons_do_for_the_same_shape_of_key(form):
    """Sentence sets as lesson 1's no_source, labels per phrase as lesson 3's vouchers: the same code, word for word."""
    lessons = {"list": ("01-unnamed-sources", "no_source"), "dict": ("03-unsupported-figures", "vouchers")}
    for cell in cells_of(form):
        if not grading(cell).get("grade"):
            continue
        name = grading(cell)["grade_id"]
        lesson, theirs = lessons[type(hidden_key(cell.source)).__name__]
        expected = _lesson_hidden_body(lesson, theirs).replace(theirs, name)
        expected = re.sub(r" \* \d+$", f" * {POINTS}", expected)
        assert "\n".join(hidden_region(cell.source)[1:]) == expected, name


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_article_meets_the_blueprint(form):
    assert blueprint_of(form) == BLUEPRINT
    assert len(load_article(form.text)) == BLUEPRINT["sentences"] == len(form.lines)


def outside_quotes(text: str) -> str:
    """A sentence without the words a source is quoted as saying (a quotation of two or more words)."""
    return re.sub(r'"[^"]*\s[^"]*"', "", text)


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_every_marked_phrase_is_where_the_description_says(form):
    article = load_article(form.text)
    for number, line in form.lines.items():
        text = article.sentence(number).text
        for phrase in [*line.framing, *line.figures, *line.quoted_framing]:
            assert phrase in text, (number, phrase)
        for phrase in line.framing:
            assert phrase in outside_quotes(text), f"S{number}: {phrase!r} must be in the outlet's own words"
        for phrase in line.quoted_framing:
            assert phrase not in outside_quotes(text), f"S{number}: {phrase!r} must be inside a quotation"
        if line.quoted_framing:
            assert line.kind == "named"
        assert all(technique == "scare quotes" for phrase, technique in line.framing.items() if phrase.startswith('"'))
    asked = [*form.technique_phrases, *form.promise_phrases]
    assert len(asked) == len(set(asked)) == 6


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_analyzer_reads_sources_and_figures_as_the_description_does(form):
    """An independent reading: the module's rule-based analyzer finds the same source kinds and the same figures."""
    analysis = analyze(load_article(form.text).text)
    kinds = {n: set() for n in form.lines}
    for attribution in analysis["attributions"]:
        kinds[attribution["sentence"]].add(attribution["kind"])
    for n in analysis["unattributed_sentences"]:
        kinds[n].add("none")
    assert kinds == {n: {line.kind} for n, line in form.lines.items()}
    found = sorted((f["sentence"], f["qualifier"] or "", isinstance(f["value"], list)) for f in analysis["figures"])
    qualifier = {"a lower limit": "at least", "part of a total": "including"}
    described = sorted((n, qualifier.get(promise, ""), promise == "a range")
                       for n, line in form.lines.items() for promise in line.figures.values())
    assert found == described


def test_each_side_has_its_kind_of_outlet_and_both_texts_are_marked_invented():
    outlets = []
    for form in FORMS:
        metadata = load_article(form.text).metadata
        assert metadata["constructed"] is True and "fictional" in metadata["owner"]
        assert "invented" in metadata["provenance"] and "real war" in metadata["provenance"]
        intro = next(c.source for c in cells_of(form) if c.cell_type == "markdown" and "## The article" in c.source)
        assert "**This report is invented.**" in intro and "not about any real war" in intro
        outlets.append(metadata["outlet"])
    assert "state news agency" in outlets[0] and "privately owned" in outlets[1]


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_skill_check_coaches_nobody(form):
    """No check(), no tools, no hints: only the form of an answer is tested where students can see it."""
    nb = nbformat.read(notebook_path(form), as_version=4)
    assert nb.metadata["medialit"] == {"article": form.text, "skill_check": {"form": form.letter, "other_form": form.other}}
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "check(" not in code and "Tagger" not in code and "Highlighter" not in code and "analyze" not in code
    setup = next(c for c in nb.cells if grading(c).get("grade_id") == "setup")
    assert setup.source == f'from medialit import load_article\n\narticle = load_article("{form.text}")\narticle'
    assert "not for marks" in nb.cells[0].source


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_solution_scores_full_marks_and_a_blank_scores_zero(form):
    solution = notebook_path(form)
    release = COURSE_ROOT / "lessons" / form.assignment / f"{form.assignment}.ipynb"
    assert rescore(solution, solution) == {name: float(POINTS) for name in ITEMS}
    assert rescore(release, solution) == {name: 0.0 for name in ITEMS}


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_hand_worked_sample_scores_hold_without_nbgrader(form, tmp_path):
    """The fixtures' scores, re-scored outside any kernel (the nbgrader cycle test grades them for real)."""
    release = nbformat.read(COURSE_ROOT / "lessons" / form.assignment / f"{form.assignment}.ipynb", as_version=4)
    for student, case in sample_submissions(form.assignment).items():
        handed_in = tmp_path / f"{student}.ipynb"
        nbformat.write(with_answers(nbformat.from_dict(release), case["answers"]), handed_in)
        scores = {name: score or 0.0 for name, score in rescore(handed_in, notebook_path(form)).items()}
        assert scores == pytest.approx(case["scores"], abs=1e-4), student


def test_a_fresh_build_is_what_nbformat_accepts():
    for form in FORMS:
        nbformat.validate(build(form))
