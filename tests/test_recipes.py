"""The teacher guide's recipes, followed word for word from a fresh clone, as a new teacher types them.

Every command comes from the teacher's pages in docs/ (the blocks marked ``<!-- recipe: ... -->``, see
fresh_install.py), typed in a shell whose PATH holds no virtual environment:

* *On one machine*: `make teacher` (it builds .venv and opens JupyterLab with the formgrader), then, with
  three students' notebooks put in submitted/, `medialit grade`, `report` and `feedback` on a course that has
  no gradebook yet (the lesson reached the students straight from lessons/).
* *Grading a big class faster*: the PostgreSQL driver installed from the checkout, the gradebook moved to a
  throwaway PostgreSQL server (the guide's ``db_url`` line, with its address), `medialit grade --workers 2`
  on students graded before into gradebook.db, then with ``--force``.
* *A class on one shared machine*, the administrator's part: a plain install of the clone and `medialit
  class-setup`. The rest of that recipe, and the JupyterHub one, need real accounts:
  tests/test_exchange_accounts.py and tests/test_jupyterhub_class.py follow them with the same install.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import fill_answers, sample_submissions
from fresh_install import follow, guide_text, newcomers_env, recipe, type_in
from jupyterlab_session import free_port, serving
from postgres_server import throwaway_postgres

LESSON = "00-start-here"
STUDENTS = ("solution", "half_right", "wrong_form")


def _scores(db_url: str, student: str) -> dict[str, float]:
    """The student's autograded scores (the written answer waits for the teacher)."""
    with Gradebook(db_url, "medialit") as gradebook:
        notebook = gradebook.find_submission_notebook(LESSON, LESSON, student)
        return {grade.name: grade.score for grade in notebook.grades if grade.name in _expected(student)}


def _expected(student: str) -> dict[str, float]:
    return sample_submissions(LESSON)[student]["scores"]


@pytest.fixture(scope="module")
def one_machine(fresh_clone, recipe_folder):
    """The one-machine recipe in the fresh clone: JupyterLab opened and closed, three students graded."""
    course, home = fresh_clone, recipe_folder / "home"
    port, token = free_port(), secrets.token_hex(8)
    env = newcomers_env(home)
    [start] = recipe("one-machine start")
    seen = {}
    # The teacher's JupyterLab: ready once its formgrader answers; `make` builds .venv first (pip, a minute).
    with serving(["bash", "-c", start], cwd=course, name="make teacher", log=recipe_folder / "make-teacher.log",
                 env={**env, "JUPYTER_PORT": str(port), "JUPYTER_TOKEN": token, "BROWSER": "true"},
                 ready=f"http://127.0.0.1:{port}/formgrader/manage_assignments?token={token}", timeout=600, grace=30):
        seen["lab"] = True
    for student in STUDENTS:
        folder = course / "submitted" / student / LESSON
        folder.mkdir(parents=True)
        answers = sample_submissions(LESSON)[student]["answers"]
        nbformat.write(fill_answers(course / "lessons" / LESSON / f"{LESSON}.ipynb", answers), folder / f"{LESSON}.ipynb")
    for step in ("grade", "report", "feedback"):
        seen[step] = follow(recipe(f"one-machine {step}"), course, env)
    return course, env, seen


def test_make_teacher_builds_the_environment_and_opens_jupyterlab_with_the_formgrader(one_machine):
    course, _, seen = one_machine
    assert seen["lab"] and (course / ".venv" / "bin" / "medialit").is_file()


def test_the_first_grading_puts_the_lesson_in_the_gradebook_and_grades_everyone(one_machine):
    """The lesson went out from lessons/ and nothing else was typed: the gradebook is made, with its
    alembic_version table (nbgrader starts alembic, which is not on the PATH), and every student graded."""
    course, _, seen = one_machine
    with sqlite3.connect(course / "gradebook.db") as gradebook:
        assert gradebook.execute("SELECT version_num FROM alembic_version").fetchall()
    for student in STUDENTS:
        assert f"{student}: graded" in seen["grade"]
        assert _scores(f"sqlite:///{course / 'gradebook.db'}", student) == pytest.approx(_expected(student), abs=1e-3)
    assert "Traceback" not in seen["grade"]


def test_the_report_and_the_feedback_pages_follow(one_machine):
    course, _, seen = one_machine
    assert "named_sentences" in seen["report"]
    for student in STUDENTS:
        assert (course / "feedback" / student / LESSON / f"{LESSON}.html").is_file(), student


@pytest.fixture(scope="module")
def on_postgres(one_machine):
    """The PostgreSQL recipe in the same course, after it was graded on gradebook.db."""
    course, env, _ = one_machine
    with throwaway_postgres(["medialit"]) as urls:
        follow(recipe("postgres install"), course, env)
        [setting] = recipe("postgres settings", {"postgresql:///medialit": urls["medialit"]})
        with (course / "nbgrader_config.py").open("a") as config:
            config.write(f"\n{setting}\n")
        [grade] = recipe("postgres grade")
        before = type_in(grade, course, env)
        again = follow(recipe("postgres regrade"), course, env)
        yield {"url": urls["medialit"], "before": before, "again": again}


def test_after_the_switch_students_graded_before_are_not_called_graded_and_force_grades_them(on_postgres):
    before = on_postgres["before"]
    assert before.returncode == 1, before.stdout + before.stderr
    for student in STUDENTS:
        assert f"{student}: NOT graded: graded into another gradebook before (medialit grade --force " in before.stdout
        assert f"{student}: graded" in on_postgres["again"]
        assert _scores(on_postgres["url"], student) == pytest.approx(_expected(student), abs=1e-3)


def test_the_administrators_commands_work_from_a_plain_install(class_install, recipe_folder):
    """Item 1: `medialit class-setup` from an install that has no checkout to read nbgrader_config.py from."""
    exchange, settings = recipe_folder / "exchange", recipe_folder / "etc-jupyter"
    places = {**class_install["places"], "class-setup": f"class-setup --exchange={exchange} --config-dir={settings}"}
    said = follow(recipe("shared-machine setup", places), recipe_folder, newcomers_env(recipe_folder / "home"))
    assert "Traceback" not in said
    written = (settings / "nbgrader_config.py").read_text()
    assert f"c.Exchange.root = {str(exchange)!r}" in written and "c.CourseDirectory.course_id = 'medialit'" in written
    where = type_in(f"{class_install['bin'] / 'python'} -c 'import medialit; print(medialit.__file__)'",
                    recipe_folder, newcomers_env(recipe_folder / "home"))
    assert where.stdout.startswith(str(class_install["bin"].parent)), "the class install is not a plain install"


def test_the_readmes_teacher_commands_are_the_guides(course_root):
    """The README's short list of the one-machine commands says what the tested recipe says."""
    readme = (course_root / "README.md").read_text()
    block = re.search(r"On one machine, from the repository root.*?```bash\n(.*?)```", readme, re.DOTALL).group(1)
    typed = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    tested = {line for step in ("start", "grade", "report", "feedback") for line in recipe(f"one-machine {step}")}
    assert typed and set(typed) == tested


def test_no_recipe_command_calls_nbgrader_or_an_activated_environment():
    """nbgrader typed by hand needs its environment's bin/ on the PATH; every step goes through medialit or make."""
    text = guide_text()
    blocks = re.findall(r"<!-- recipe: [\w-]+ [\w-]+ -->\s*```(?:bash)\n(.*?)```", text, re.DOTALL)
    assert blocks
    for block in blocks:
        for line in block.splitlines():
            assert not re.search(r"(^|[/ ])(nbgrader|activate|source) ", line.strip()), line


# A lesson on your own article (docs/teach/new-case.md) ----------------------------------------------------------

def _lab_recipe(step: str, course, recipe_folder, env, places: dict[str, str], opens: str) -> None:
    """A recipe line that opens JupyterLab: typed, ready once the notebook it opens at is served, then stopped."""
    port, token = free_port(), secrets.token_hex(8)
    [line] = recipe(step, places)
    with serving(["bash", "-c", line], cwd=course, name=step, log=recipe_folder / f"{step.replace(' ', '-')}.log",
                 env={**env, "JUPYTER_PORT": str(port), "JUPYTER_TOKEN": token, "BROWSER": "true"},
                 ready=f"http://127.0.0.1:{port}/api/contents/{opens}?token={token}", timeout=120, grace=30):
        pass


def test_a_lesson_on_the_teachers_own_article_follows_the_guide(one_machine, recipe_folder):
    """new-case, the review (by script: the board is tested in Chromium elsewhere), build, make lessons, and the
    lesson opened as a student, in the fresh clone the one-machine recipe set up."""
    from test_case_lesson import review_as_a_teacher
    from test_new_case import ARTICLE

    course, env, _ = one_machine
    home = Path(env["HOME"])
    places = {"~/Downloads/valmora-flood.txt": str(ARTICLE)}
    _lab_recipe("new-case add", course, recipe_folder, env, places, "reviews/valmora-flood-review.ipynb")
    assert (course / "source_texts" / "valmora-flood.txt").read_bytes() == ARTICLE.read_bytes()
    review_as_a_teacher(course)
    follow(recipe("new-case build") + recipe("new-case release"), course, env)
    assert (course / "lessons" / "valmora-flood" / "valmora-flood.ipynb").is_file()
    assert (course / "lessons" / ".medialit-checks" / "valmora-flood.json").is_file()
    _lab_recipe("new-case try", course, recipe_folder, env, places, "valmora-flood/valmora-flood.ipynb")
    assert (home / "try-valmora-flood" / "valmora-flood" / "valmora-flood.ipynb").is_file()
