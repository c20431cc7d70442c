"""The skill check: two parallel forms built from one template, on two articles written to one blueprint."""

from __future__ import annotations

import re

import nbformat
import pytest

from conftest import sample_submissions, with_answers
from medialit.analyzer.analyzer import analyze
from medialit.content.article import load_article
from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.test_cells import hidden_key, hidden_region
from medialit.classroom.lesson_time import time_notebook
from medialit.classroom.rescore import rescore
from medialit.classroom.skill_check import (
    BLUEPRINT,
    FORMS,
    ITEMS,
    POINTS,
    blueprint_of,
    build,
    hidden_test,
    keys,
    literal,
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
        text = text.replace(literal(phrase), '"PHRASE"').replace(phrase, "PHRASE")  # '"x"' and "x" alike
    text = re.sub(r"\bS\d+\b", "S#", text)
    text = re.sub(r"\{\d+(, \d+)*\}", "{#}", text)
    return text.replace(f"Skill check {form.letter}", "Skill check #").replace(form.text, "TEXT").replace(form.outlet, "OUTLET")


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_committed_solution_notebook_is_a_fresh_build(form):
    assert notebook_path(form).read_text(encoding="utf-8") == render(form), "run `python -m medialit.classroom.skill_check`"


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
        for phrase in line.quoted_framing:  # a quoted word in its marks, or inside a quoted sentence
            assert phrase.startswith('"') or phrase not in outside_quotes(text), f"S{number}: {phrase!r} must be quoted"
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
    qualifiers = {"a lower limit": ("at least", "more than"), "part of a total": ("including",)}
    described = sorted((n, next((q for q in qualifiers.get(promise, ()) if phrase.lower().startswith(q)), ""),
                        promise == "a range")
                       for n, line in form.lines.items() for phrase, promise in line.figures.items())
    assert found == described


def test_both_texts_are_the_blueprints_kind_of_outlet_and_are_marked_invented():
    """The same kind of outlet on both forms, so framing sits where students expect it on neither or both."""
    for form in FORMS:
        metadata = load_article(form.text).metadata
        assert metadata["constructed"] is True and "fictional" in metadata["owner"]
        assert "invented" in metadata["provenance"] and "real war" in metadata["provenance"]
        intro = next(c.source for c in cells_of(form) if c.cell_type == "markdown" and "## The article" in c.source)
        assert "**This report is invented.**" in intro and "not about any real war" in intro
        assert f"style of {BLUEPRINT['outlet']}" in metadata["outlet"] and BLUEPRINT["outlet"][2:] in form.outlet


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


# No item gives another away (issue 27): what a student reads under one item must not point at another item's key.

def student_view(form) -> dict[str, str]:
    """Per item, everything a student sees of it: the question, the answer cell and the visible test."""
    cells = {cell.id: cell.source for cell in build(form).cells}
    prefix = form.letter.lower()
    shown = {}
    for name in ITEMS:
        answer = re.sub(r"### BEGIN SOLUTION\n.*?### END SOLUTION", "", cells[f"{prefix}-answer-{name}"], flags=re.DOTALL)
        test = re.sub(r"### BEGIN HIDDEN TESTS\n.*?### END HIDDEN TESTS", "", cells[f"{prefix}-test-{name}"],
                      flags=re.DOTALL)
        shown[name] = "\n".join([cells[f"{prefix}-question-{name}"], answer, test])
    return shown


def giveaways(form) -> dict[str, dict[str, re.Pattern]]:
    """Per item, what would point at its key, derived from the form's description: each key sentence by number,
    and each phrase the key rests on. A sentence-set item of framing or figures rests on the marked phrases of its
    key sentences (naming one sends the reader to that sentence); a labelling item rests on the phrases it asks."""
    found = {}
    for name, key in keys(form).items():
        tells = {}
        if isinstance(key, list):
            for n in set().union(*key):
                tells[f"S{n}"] = re.compile(rf"\b(S{n}|sentences? {n})\b", re.IGNORECASE)
                if not name.startswith("sources_"):
                    line = form.lines[n]
                    for phrase in (*line.framing, *line.quoted_framing, *line.figures):
                        tells[phrase] = _words_of(phrase)
        else:
            tells = {phrase: _words_of(phrase) for phrase in key}
        found[name] = tells
    return found


def _words_of(phrase: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(phrase.strip('"')) + r"\b", re.IGNORECASE)


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_no_item_shows_the_key_of_another(form):
    shown, tells = student_view(form), giveaways(form)
    leaks = [f"{other} shows {name}'s {what!r}" for name in ITEMS for other in ITEMS if other != name
             for what, pattern in tells[name].items() if pattern.search(shown[other])]
    assert not leaks, leaks


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_what_a_labelling_item_leaves_out_is_not_another_items_key(form):
    """Listing every framing word but the key's (or every figure but the unsourced ones) would give the key away
    by elimination: each labelling item leaves out at least one phrase of its kind that no sentence-set key rests on."""
    tells = giveaways(form)
    resting = set(tells["framing_loaded"]) | set(tells["figures_unsourced"])
    marked = {"framing_technique": {p for line in form.lines.values() for p in (*line.framing, *line.quoted_framing)},
              "figures_promise": {p for line in form.lines.values() for p in line.figures}}
    for name, phrases in marked.items():
        left_out = phrases - set(keys(form)[name])
        assert left_out - resting, f"{name} leaves out only {sorted(left_out)}"


def full_label(weights: dict[str, float]) -> str:
    """The one label a key item gives full marks (keys weigh each label they credit)."""
    return next(label for label, weight in weights.items() if weight == 1)


def labels_in_order(form, name: str) -> list[str]:
    return [full_label(weights) for weights in keys(form)[name].values()]


@pytest.mark.parametrize("name", ["framing_technique", "figures_promise"])
def test_remembering_one_form_does_not_answer_the_other(name):
    """The labels come in a different order on each form, a label repeats, and quotation marks do not mean one label."""
    sequences = [labels_in_order(form, name) for form in FORMS]
    assert sequences[0] != sequences[1], sequences
    for form, labels in zip(FORMS, sequences):
        assert len(set(labels)) < len(labels), f"{form.letter}: one label per phrase can be answered by elimination"
    if name == "framing_technique":
        quoted = {full_label(weights) for form in FORMS for phrase, weights in keys(form)[name].items()
                  if phrase.startswith('"')}
        assert len(quoted) > 1, f"every phrase in quotation marks is {quoted}"


OBVIOUS = {"framing_technique": {"emotive language", "loaded label", "scare quotes"},
           "figures_promise": {"a lower limit", "a range", "part of a total"}}


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
@pytest.mark.parametrize("name", sorted(OBVIOUS))
def test_each_labelling_item_carries_a_distractor(form, name):
    """A phrase whose answer is not one of the three the item is about, or framing that is not the outlet's voice."""
    quoted = {p for line in form.lines.values() for p in line.quoted_framing}
    distractors = [phrase for phrase, labels in keys(form)[name].items()
                   if not set(labels) & OBVIOUS[name] or phrase in quoted]
    assert distractors, f"{form.letter}: every phrase of {name} is one of {sorted(OBVIOUS[name])}"


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_example_answer_shown_everywhere_earns_nothing_on_any_item(form):
    """The one sentence-set example the check shows (in the intro and every answer cell) is the same on both forms,
    so it points at no item; scored by the item's own hidden test, it earns nothing on any of them either."""
    shown = student_view(form)
    examples = {example for name in ITEMS for example in re.findall(r"like `?(\{[\d, ]+\})", shown[name])}
    assert len(examples) == 1, examples
    example = eval(examples.pop())
    for name, key in keys(form).items():
        if isinstance(key, list):
            *body, last = hidden_test(name, key).splitlines()
            scope = {name: example}
            exec("\n".join(body), scope)
            assert eval(last, scope) == 0, (name, example)


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_the_time_students_are_told_is_the_time_models(form):
    """The opening table's time is the time model's, for this notebook (issue 28): never a hopeful round number."""
    notebook = nbformat.read(notebook_path(form), as_version=4)
    stated = re.search(r"\| \*\*Time\*\* \| About (\d+) minutes\. \|", notebook.cells[0].source)
    assert stated, "the opening table says no time in minutes"
    assert int(stated.group(1)) == round(time_notebook(notebook).core_minutes)
