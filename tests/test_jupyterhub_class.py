"""A class on a real JupyterHub on loopback, set up by the teacher guide's recipes, run in Chromium.

The shared-machine and JupyterHub recipes, their commands read from the guide (class_accounts.py): one plain
install of a fresh clone that every account can run, `medialit class-setup` (the exchange open to every
account and the settings every account reads), a private home per student, the course in the teacher's home;
JupyterHub and the PostgreSQL driver installed into the same place by the guide's command, the hub started by
the guide's command as root with a PATH that does not hold the install, under
deploy/jupyterhub/jupyterhub_config.py with what a loopback test needs on top: configurable-http-proxy (npm)
from .venv/node, and a test-only login (JupyterHub's DummyAuthenticator, one shared password); the default
LocalProcessSpawner runs each server as its own Unix account.

One teacher and four students, each a real Unix account made for the test. The teacher generates and releases
lesson 1 in the formgrader, in its own browser tab as the guide says (JupyterHub 4.1 and later keep it out of
frames); ada, ben and cleo log in in Chromium, fetch it from the Assignment List, answer (right, half right,
blank) and submit; dev hands in a file that is not a notebook, and ben also hands in his notebook filed under
ada's name, from the command line; the teacher collects in the formgrader, grades with `medialit grade
--workers 2` into a gradebook on PostgreSQL (nbgrader's db_url, on a throwaway server), then generates and
releases feedback in the formgrader; ada, ben and cleo fetch and read their own feedback in the browser. The
gradebook's address and the teacher's course folder are the guide's lines with the test's places in them. The
hub and every server are stopped, and the accounts removed, in a `finally`.
"""

from __future__ import annotations

import re
import secrets
import shutil
import subprocess
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import expect, sync_playwright

from class_accounts import (Class, answer_in_the_browser, class_folder, fetch_feedback_in_the_browser,
                            open_assignment_list, set_up, write_as)
from conftest import key_fragments, sample_submissions, visible_text
from fresh_install import follow, newcomers_env, recipe
from jupyterlab_session import free_port, launch_chromium, serving
from postgres_server import throwaway_postgres
from medialit.classroom.course import COURSE_ROOT

LESSON = "01-unnamed-sources"
CASES = {"ada": "solution", "ben": "half_right", "cleo": "untouched"}
#: dev hands in a file that is not a notebook: it is flagged, and the rest of the class is graded.
BROKEN = b'{"cells": [ this is not a notebook'
ALL = [*CASES, "dev"]
PASSWORD = secrets.token_hex(8)


def configurable_http_proxy() -> str:
    """JupyterHub's proxy: `make test` installs it from npm into .venv/node."""
    found = shutil.which("configurable-http-proxy") or COURSE_ROOT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
    assert Path(found).exists(), "configurable-http-proxy is missing: npm install configurable-http-proxy"
    return str(found)


def hub_config(folder: Path, port: int, settings: Path) -> Path:
    """The recipe's own jupyterhub_config.py, with what a loopback test needs on top."""
    config = folder / "jupyterhub_test_config.py"
    config.write_text(f"""
import os
c = get_config()  # noqa: F821
load_subconfig({str(COURSE_ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py")!r})  # noqa: F821
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {PASSWORD!r}
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [{configurable_http_proxy()!r}]
c.JupyterHub.db_url = "sqlite:///{folder / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = {str(folder / 'cookie_secret')!r}
c.JupyterHub.pid_file = {str(folder / 'jupyterhub.pid')!r}
c.Spawner.start_timeout = c.Spawner.http_timeout = 120
# The recipe's settings live in /etc/jupyter; here they are in the test's folder.
view = c.Spawner.environment["JUPYTER_CONFIG_PATH"]
c.Spawner.environment["JUPYTER_CONFIG_PATH"] = lambda spawner: view(spawner) + os.pathsep + {str(settings)!r}
""")
    return config


def log_in(browser, url: str, name: str):
    """A fresh browser session for ``name``, logged in and with their server started; returns the page."""
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{url}/hub/login")
    page.locator("#username_input").fill(name)
    page.locator("#password_input").fill(PASSWORD)
    page.locator("#login_submit").click()
    page.wait_for_url(f"**/user/{name}/lab**", timeout=120_000)
    return page


@pytest.fixture(scope="module")
def hub_class(class_install):
    with class_folder() as base, throwaway_postgres(["gradebook"]) as databases:
        school = set_up(base, ALL, class_install)
        if school.real_accounts is not None:
            pytest.skip(f"JupyterHub starts each server as its own account, which needs real accounts: {school.real_accounts}.")
        teacher, course = school.teacher, school.course
        follow(recipe("hub install", school.places), base, newcomers_env(base))  # as root, step 1
        [gradebook] = recipe("postgres settings", {"postgresql:///medialit": databases["gradebook"]})
        with (course / "nbgrader_config.py").open("a") as settings:  # step 5: the gradebook on PostgreSQL
            settings.write(f"\n{gradebook}\n")
        teacher.run("mkdir", "-p", str(teacher.home / ".jupyter"))  # step 4: where the course is
        [where] = recipe("hub teacher-settings", {"/home/teacher1/medialit-course": str(course)})
        write_as(teacher, teacher.home / ".jupyter" / "nbgrader_config.py", f"{where}\n")
        hub_folder = base / "hub"
        hub_folder.mkdir()
        url = f"http://127.0.0.1:{free_port()}"
        config = hub_config(hub_folder, int(url.rsplit(":", 1)[1]), teacher.settings)
        [start] = recipe("hub start", {**school.places, "/etc/jupyterhub/jupyterhub_config.py": str(config),
                                       "teacher1": teacher.name})
        seen = {"feedback": {}, "menus": {}, "others": {}, "gradebook": databases["gradebook"]}
        # Step 2, as root in a new shell (bash runs the one command in its own place, so SIGTERM reaches the hub,
        # which then stops every user's server and its proxy).
        with serving(["bash", "-c", start], cwd=hub_folder, name="JupyterHub", env=newcomers_env(hub_folder),
                     log=hub_folder / "jupyterhub.log", ready=f"{url}/hub/health", timeout=90, grace=30):
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                cases = sample_submissions(LESSON)
                teacher_page = log_in(browser, url, teacher.name)
                formgrader = open_formgrader(teacher_page, f"{url}/user/{teacher.name}")
                seen["formgrader"] = {"assign": in_the_formgrader(formgrader, "assign"),
                                      "release": in_the_formgrader(formgrader, "release")}
                pages = {}
                for name, case in CASES.items():
                    student = school.students[name]
                    pages[name] = page = log_in(browser, url, student.name)
                    answers = cases[case]["answers"] if case != "untouched" else {}
                    answer_in_the_browser(page, f"{url}/user/{student.name}", "", LESSON, answers)
                for name, page in [("teacher", teacher_page), ("ada", pages["ada"])]:
                    seen["menus"][name] = _nbgrader_menu(page)
                other = school.students["ben"].name
                response = pages["ada"].goto(f"{url}/user/{other}/lab")
                seen["others"]["ada"] = (response.status, pages["ada"].url)

                dev = school.students["dev"]
                dev.nbgrader("fetch_assignment", LESSON)
                write_as(dev, dev.home / LESSON / f"{LESSON}.ipynb", BROKEN.decode())
                dev.nbgrader("submit", LESSON)
                ada_name = school.students["ada"].name  # ben hands in his notebook under ada's name, after her
                school.students["ben"].nbgrader("submit", LESSON, f"--CourseDirectory.student_id={ada_name}")

                school.collect_log = in_the_formgrader(formgrader, "collect")
                school.autograde = school.teacher_types("hub grade", check=False)
                for step in ("generate-feedback", "release-feedback"):
                    seen["formgrader"][step] = in_the_formgrader(formgrader, step)
                for name, page in pages.items():
                    student = school.students[name]
                    seen["feedback"][name] = fetch_feedback_in_the_browser(
                        page, f"{url}/user/{student.name}", "", student.home, LESSON)
                browser.close()
            yield school, seen


def open_formgrader(teacher_page, server: str):
    """The formgrader's Manage Assignments page, in its own tab of the teacher's browser."""
    page = teacher_page.context.new_page()
    page.goto(f"{server}/formgrader/manage_assignments")
    expect(_row(page).locator("td.assign a")).to_be_visible(timeout=60_000)
    return page


def _row(page):
    return page.locator("tr", has=page.locator("td.name", has_text=re.compile(rf"^\s*{LESSON}\s*$")))


def in_the_formgrader(page, button: str) -> str:
    """Click one of the lesson's buttons (the column: assign, release, collect, generate-feedback,
    release-feedback) as a teacher does; return what its dialog says, after checking that it succeeded."""
    _row(page).locator(f"td.{button} a").click()
    dialog = page.locator("#success-modal, #error-modal")
    expect(dialog).to_be_visible(timeout=180_000)
    said = dialog.inner_text()
    assert dialog.get_attribute("id") == "success-modal", said
    dialog.locator(".modal-footer button").click()
    expect(dialog).to_have_count(0)
    return said


def _nbgrader_menu(page) -> list[str]:
    """The items of the Nbgrader menu this person's JupyterLab shows."""
    open_assignment_list(page, page.url.split("/lab")[0], "")
    page.locator("#jp-MainMenu").get_by_text("Nbgrader", exact=True).click()
    items = page.locator("#jp-mainmenu-nbgrader .lm-Menu-item:not(.lm-mod-hidden) .lm-Menu-itemLabel")
    expect(items.first).to_be_visible()
    labels = items.all_inner_texts()
    page.locator("#jp-mainmenu-nbgrader").press("Escape")  # to the menu itself, wherever the focus is (test_browser)
    expect(page.locator("#jp-mainmenu-nbgrader")).to_be_hidden()
    return labels


def test_each_student_is_graded_for_what_they_handed_in(hub_class):
    school, seen = hub_class
    cases = sample_submissions(LESSON)
    assert not (school.course / "gradebook.db").exists(), "the grades belong in PostgreSQL, not in SQLite"
    with Gradebook(seen["gradebook"]) as gradebook:
        for name, case in CASES.items():
            for grade_id, expected in cases[case]["scores"].items():
                grade = gradebook.find_grade(grade_id, LESSON, LESSON, school.students[name].name)
                assert grade.score == pytest.approx(expected, abs=1e-3), (name, grade_id)


def test_each_student_reads_their_own_feedback_in_the_browser(hub_class):
    """Each page's heading holds that student's own score, as the teacher's copy of their page says."""
    school, seen = hub_class
    headings = {}
    for name in CASES:
        own = visible_text((school.course / "feedback" / school.students[name].name / LESSON / f"{LESSON}.html").read_text())
        headings[name] = re.search(rf"Your feedback on {LESSON}: [\d.]+ of [\d.]+ points", own).group(0)
        assert headings[name] in seen["feedback"][name], name
    assert len(set(headings.values())) == len(CASES)  # right, half right and blank score differently


def test_the_teacher_has_the_formgrader_and_students_only_the_assignment_list(hub_class):
    _, seen = hub_class
    assert "Formgrader" in seen["menus"]["teacher"]
    assert seen["menus"]["ada"] == ["Assignment List"]


def test_the_teacher_releases_collects_and_returns_feedback_in_the_formgrader(hub_class):
    _, seen = hub_class
    said = seen["formgrader"]
    assert f"Successfully created the student version of '{LESSON}'" in said["assign"]
    assert f"Successfully released '{LESSON}'." in said["release"]
    assert f"Successfully generated feedback of '{LESSON}'." in said["generate-feedback"]
    assert f"Successfully released feedback of '{LESSON}'." in said["release-feedback"]


def test_a_student_cannot_open_another_students_server(hub_class):
    school, seen = hub_class
    status, landed = seen["others"]["ada"]
    assert status == 403 or f"/user/{school.students['ben'].name}/lab" not in landed, (status, landed)


def _own_page(school: Class, name: str) -> bytes:
    """The feedback page the teacher generated for ``name``."""
    return (school.course / "feedback" / school.students[name].name / LESSON / f"{LESSON}.html").read_bytes()


def test_the_setup_gives_every_account_the_exchange_and_the_course(hub_class):
    school, _ = hub_class
    settings = (school.teacher.settings / "nbgrader_config.py").read_text()
    assert f"c.Exchange.root = {str(school.exchange)!r}" in settings
    assert "c.CourseDirectory.course_id = 'medialit'" in settings
    assert school.exchange.stat().st_mode & 0o777 == 0o777


def test_every_student_hands_in_and_the_teacher_collects_every_submission(hub_class):
    school, _ = hub_class
    for student in school.students.values():
        assert (school.course / "submitted" / student.name / LESSON / f"{LESSON}.ipynb").is_file(), student.name


def test_each_student_fetches_their_own_feedback_and_no_one_elses(hub_class):
    school, _ = hub_class
    for name in CASES:
        student = school.students[name]
        [fetched] = (student.home / LESSON / "feedback").glob(f"*/{LESSON}.html")
        assert fetched.read_bytes() == _own_page(school, name), name
        others = [_own_page(school, other) for other in CASES if other != name]
        assert fetched.read_bytes() not in others, name


def test_a_broken_file_is_flagged_and_the_rest_of_the_class_is_graded(hub_class):
    school, _ = hub_class
    dev = school.students["dev"].name
    assert (school.course / "submitted" / dev / LESSON / f"{LESSON}.ipynb").read_bytes() == BROKEN
    assert school.autograde.returncode != 0, "medialit grade should report the submission it could not read"
    assert f"{dev}: NOT graded" in school.autograde.stdout + school.autograde.stderr
    assert not (school.course / "autograded" / dev / LESSON).exists()
    for name in CASES:
        assert (school.course / "autograded" / school.students[name].name / LESSON / f"{LESSON}.ipynb").is_file()


def test_no_feedback_page_holds_the_answer_key(hub_class):
    school, _ = hub_class
    for name in CASES:
        text = visible_text(_own_page(school, name).decode())
        leaked = [f for f in key_fragments(LESSON) if f in text and not (name == "ada" and f.startswith("{"))]
        assert not leaked, (name, leaked)


def _ben_tries(school: Class, *command: str) -> subprocess.CompletedProcess:
    return school.students["ben"].run(*command)


def test_work_handed_in_under_another_students_name_is_not_collected(hub_class):
    school, _ = hub_class
    ada, ben = school.students["ada"].name, school.students["ben"].name
    assert f"is filed under {ada} but was handed in by the account {ben}." in school.collect_log
    forged = [f for f in (school.exchange / "medialit" / "inbound").iterdir() if f.name.startswith(f"{ada}+")]
    assert len(forged) == 2  # hers and ben's; only hers was collected, so her score is a full one (above)


def test_a_student_cannot_read_another_students_work(hub_class):
    school, _ = hub_class
    ada_notebook = school.students["ada"].home / LESSON / f"{LESSON}.ipynb"
    assert ada_notebook.is_file()
    assert _ben_tries(school, "cat", str(ada_notebook)).returncode != 0


def test_a_student_cannot_see_the_teachers_course_folder(hub_class):
    school, _ = hub_class
    assert _ben_tries(school, "ls", str(school.course / "solutions")).returncode != 0
    assert _ben_tries(school, "ls", str(school.course)).returncode != 0


def test_a_student_cannot_list_what_others_handed_in_or_their_feedback(hub_class):
    school, _ = hub_class
    for folder in ("inbound", "feedback"):
        assert (school.exchange / "medialit" / folder).is_dir()
        assert _ben_tries(school, "ls", str(school.exchange / "medialit" / folder)).returncode != 0
