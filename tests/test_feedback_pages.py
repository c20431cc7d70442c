"""Feedback pages from the real nbgrader cycle: each exercise named, its score once, the penalty explained, no key."""

from __future__ import annotations

import html
import re

import nbformat
import pytest

from conftest import fill_answers, key_fragments, sample_submissions, visible_text
from jupyterlab_session import LAPTOP, SIDEWAYS
from medialit.classroom.course import COURSE_ROOT, copy_course, course_api, run

LESSON = "02-state-media-framing"
STUDENT = "half_right"
#: A student who types answers their own way (issue 26, item 8): over several lines with comments, a slip the
#: grader leaves out, words check() reads in another case, code instead of a value, one very long line.
OWN_WAY = "own_way"
OWN_WAY_ANSWERS = {
    "answer_missing_voices": 'missing_voices = {\n    "a",  # the families\n    "B",\n    "Z",  # not sure\n}',
    "answer_owners": "owners = dict(SANA='news agency')",
    "answer_framing_marks": "framing_marks = {" + ", ".join(f'"{word}": "loaded label"' for word in (
        "nest", "invaders", "savage", "excuse", "bakery", "caught", "damage", "surgical", "pinpoint", "heroic")) + "}",
}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """Lesson 2 graded through nbgrader for a half-right student and one who typed answers their own way, with
    their feedback pages: (course root, generate_feedback's log)."""
    root = copy_course(tmp_path_factory.mktemp("feedback"))
    api = course_api(root)
    run(api.generate_assignment(LESSON))
    half_right = sample_submissions(LESSON)[STUDENT]["answers"]
    for student, answers in ((STUDENT, half_right), (OWN_WAY, {**half_right, **OWN_WAY_ANSWERS})):
        folder = root / "submitted" / student / LESSON
        folder.mkdir(parents=True)
        for notebook in (root / "lessons" / LESSON).glob("*.ipynb"):
            nbformat.write(fill_answers(notebook, answers), folder / notebook.name)
    run(api.autograde(LESSON, "*"))
    return root, run(api.generate_feedback(LESSON, "*"))["log"]


def autograded_tests() -> list:
    """The lesson's autograded test cells: each gets one scoring rule on the page."""
    nb = nbformat.read(COURSE_ROOT / "solutions" / LESSON / f"{LESSON}.ipynb", as_version=4)
    return [cell for cell in nb.cells
            if cell.metadata.get("nbgrader", {}).get("grade") and not cell.metadata["nbgrader"].get("solution")]


def feedback_page(root, student: str):
    return root / "feedback" / student / LESSON / f"{LESSON}.html"


@pytest.fixture(scope="module")
def feedback(course):
    """(page text, page HTML, generate_feedback's log) for the half-right submission."""
    root, log = course
    page = feedback_page(root, STUDENT).read_text()
    return visible_text(page), page, log


def test_each_exercise_is_named_with_its_score_shown_once(feedback):
    text, _, _ = feedback
    assert "Test cell" not in text and "Score:" not in text
    assert text.count("Exercise 5: who is missing? — 0.33 of 1 point") == 1
    assert text.count("Exercise 1: sort ten voices into groups — 1.2 of 2 points") == 1
    assert "Exercise 6: what is at stake? (extension) — 0 of 1 point, marked by your teacher" in text


def test_the_raw_score_is_not_shown(feedback):
    text, _, _ = feedback
    assert not re.search(r"0\.3333", text)
    assert not re.search(r"Out\[\d+\]:\s*[\d.]+\s*$", text, flags=re.MULTILINE)


def test_the_penalty_for_a_wrong_pick_is_explained(feedback):
    text, _, _ = feedback
    rule = re.search(r"who is missing\? — 0\.33 of 1 point\s*How it was scored: ([^\n]+)", text)
    assert rule and "takes one share away" in rule[1]
    assert "A wrong label earns nothing, but takes nothing away" in text  # the owners exercise has no penalty


def test_no_hidden_test_or_key_on_the_page(feedback):
    text, page, _ = feedback
    for fragment in key_fragments(LESSON):
        assert fragment not in text and fragment not in page


def test_generate_feedback_gives_no_config_warning(feedback):
    _, _, log = feedback
    assert "display_data_priority" not in log and "not recognized" not in log


# Issue 26, item 8: the page shows what the student typed, and the notes grading added, never the line it ran.

def answer_boxes(page: str) -> dict[str, str]:
    """The visible text of each answer cell's code box, by the exercise it answers."""
    boxes = re.findall(r'<span class="nbgrader-label">Your answer to ([^<]*)</span>.*?<div class="input_area">(.*?)'
                       r'</div>\s*</div>\s*</div>', page, flags=re.DOTALL)
    return {html.unescape(exercise): visible_text(box).strip() for exercise, box in boxes}


@pytest.mark.parametrize("student", [STUDENT, OWN_WAY])
def test_each_answer_box_shows_exactly_what_the_student_typed(course, student):
    root, _ = course
    typed = {**sample_submissions(LESSON)[STUDENT]["answers"], **(OWN_WAY_ANSWERS if student == OWN_WAY else {})}
    shown = answer_boxes(feedback_page(root, student).read_text())
    assert sorted(shown.values()) == sorted(answer.strip() for grade_id, answer in typed.items()
                                            if grade_id.startswith("answer_"))
    assert not [box for box in shown.values() if "print(" in box]


def test_what_grading_left_out_is_still_said_under_the_answer(course):
    root, _ = course
    text = visible_text(feedback_page(root, OWN_WAY).read_text())
    assert '"Z" is not among the choices' in text
    assert "This answer is not a plain value" in text and "owners scores 0" in text
    assert "Exercise 5: who is missing? — 0.33 of 1 point" in text  # A right, B right, Z a wrong pick


# The page at a laptop's width, in Chromium (issue 26, item 8): nothing scrolls sideways, nothing is hidden.
ARTIFACTS = COURSE_ROOT / "test-artifacts" / "feedback"
#: Each exercise heading's scoring rule, and whether anything of the cell's body is drawn over it.
RULES_COVERED = """() => [...document.querySelectorAll('.nbgrader_cell .panel-heading p')].map((rule) => {
    const box = rule.getBoundingClientRect(), body = rule.closest('.nbgrader_cell').querySelector('.panel-body');
    return {rule: rule.textContent.slice(0, 40), covered: body.getBoundingClientRect().top < box.bottom - 1};
})"""


@pytest.mark.parametrize("student", [STUDENT, OWN_WAY])
def test_the_page_fits_a_laptop_and_hides_no_scoring_rule(course, browser, student):
    root, _ = course
    path = feedback_page(root, student)
    page = browser.new_page(viewport=LAPTOP)
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    try:
        page.goto(path.as_uri())
        assert page.evaluate(SIDEWAYS) == []
        rules = page.evaluate(RULES_COVERED)
        assert len(rules) == len(autograded_tests()) and not [rule for rule in rules if rule["covered"]], rules
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.locator(".nbgrader_cell").filter(has_text="Your answer to Exercise 3").scroll_into_view_if_needed()
        page.screenshot(path=ARTIFACTS / f"{LESSON}-{student}-1366px.png")  # its longest answer and how it scored
    finally:
        page.close()
