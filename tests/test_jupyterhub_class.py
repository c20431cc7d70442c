"""A class on a real JupyterHub on loopback, set up by deploy/jupyterhub/jupyterhub_config.py (the guide's recipe).

JupyterHub (PyPI) with configurable-http-proxy (npm), the default LocalProcessSpawner (each server runs as
its own Unix account) and a test-only login (JupyterHub's DummyAuthenticator, one shared password). One
teacher and three students, each a real account: the teacher releases lesson 1; each student logs in in
Chromium, fetches it from the Assignment List, answers (right, half right, blank) and submits; the teacher
collects, autogrades and releases feedback; each student fetches and reads their own feedback. The hub and
every server are stopped, and the accounts removed, in a `finally`.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import expect, sync_playwright

from class_accounts import BIN, answer_in_the_browser, class_folder, fetch_feedback_in_the_browser, open_assignment_list, set_up
from conftest import sample_submissions, visible_text
from jupyterlab_session import free_port, launch_chromium
from medialit.course import COURSE_ROOT, put_environment_on_path

LESSON = "01-unnamed-sources"
CASES = {"ada": "solution", "ben": "half_right", "cleo": "untouched"}
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
c.Spawner.cmd = [{str(BIN / "jupyterhub-singleuser")!r}]
c.Spawner.start_timeout = c.Spawner.http_timeout = 120
# The recipe's settings live in /etc/jupyter; here they are in the test's folder.
view = c.Spawner.environment["JUPYTER_CONFIG_PATH"]
c.Spawner.environment["JUPYTER_CONFIG_PATH"] = lambda spawner: view(spawner) + os.pathsep + {str(settings)!r}
""")
    return config


def start_hub(folder: Path, config: Path, teacher: str, url: str) -> subprocess.Popen:
    put_environment_on_path()
    log = (folder / "jupyterhub.log").open("w")
    hub = subprocess.Popen([str(BIN / "jupyterhub"), "-f", str(config)], cwd=folder, stdout=log, stderr=subprocess.STDOUT,
                           env={**os.environ, "MEDIALIT_TEACHERS": teacher}, start_new_session=True)
    deadline = time.monotonic() + 90
    while True:
        if hub.poll() is not None:
            raise RuntimeError(f"JupyterHub stopped at start-up; see {log.name}")
        try:
            with urllib.request.urlopen(f"{url}/hub/health", timeout=2):
                return hub
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"JupyterHub did not answer within 90 s; see {log.name}") from None
            time.sleep(0.2)  # polling the hub's own health endpoint, not waiting blindly


def stop_hub(hub: subprocess.Popen) -> None:
    """SIGTERM lets the hub stop every user's server and its proxy; SIGKILL if it does not within 30 s."""
    os.killpg(hub.pid, signal.SIGTERM)
    try:
        hub.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(hub.pid, signal.SIGKILL)
        hub.wait()


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
def hub_class():
    with class_folder() as base:
        school = set_up(base, list(CASES))
        if school.real_accounts is not None:
            pytest.skip(f"JupyterHub starts each server as its own account, which needs real accounts: {school.real_accounts}.")
        teacher, course = school.teacher, school.course
        teacher.nbgrader("generate_assignment", LESSON, cwd=course)
        teacher.nbgrader("release_assignment", LESSON, cwd=course)
        hub_folder = base / "hub"
        hub_folder.mkdir()
        url = f"http://127.0.0.1:{free_port()}"
        hub = start_hub(hub_folder, hub_config(hub_folder, int(url.rsplit(":", 1)[1]), teacher.settings), teacher.name, url)
        seen = {"feedback": {}, "menus": {}, "others": {}}
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                cases = sample_submissions(LESSON)
                pages = {}
                for name, case in CASES.items():
                    student = school.students[name]
                    pages[name] = page = log_in(browser, url, student.name)
                    answers = cases[case]["answers"] if case != "untouched" else {}
                    answer_in_the_browser(page, f"{url}/user/{student.name}", "", LESSON, answers)
                teacher_page = log_in(browser, url, teacher.name)
                for name, page in [("teacher", teacher_page), ("ada", pages["ada"])]:
                    seen["menus"][name] = _nbgrader_menu(page)
                other = school.students["ben"].name
                response = pages["ada"].goto(f"{url}/user/{other}/lab")
                seen["others"]["ada"] = (response.status, pages["ada"].url)

                teacher.nbgrader("collect", LESSON, cwd=course)
                teacher.nbgrader("autograde", LESSON, cwd=course)
                teacher.nbgrader("generate_feedback", LESSON, cwd=course)
                teacher.nbgrader("release_feedback", LESSON, cwd=course)
                for name, page in pages.items():
                    student = school.students[name]
                    seen["feedback"][name] = fetch_feedback_in_the_browser(
                        page, f"{url}/user/{student.name}", "", student.home, LESSON)
                browser.close()
            yield school, seen
        finally:
            stop_hub(hub)


def _nbgrader_menu(page) -> list[str]:
    """The items of the Nbgrader menu this person's JupyterLab shows."""
    open_assignment_list(page, page.url.split("/lab")[0], "")
    page.locator("#jp-MainMenu").get_by_text("Nbgrader", exact=True).click()
    items = page.locator("#jp-mainmenu-nbgrader .lm-Menu-item:not(.lm-mod-hidden) .lm-Menu-itemLabel")
    expect(items.first).to_be_visible()
    labels = items.all_inner_texts()
    page.keyboard.press("Escape")
    return labels


def test_each_student_is_graded_for_what_they_handed_in(hub_class):
    school, _ = hub_class
    cases = sample_submissions(LESSON)
    with Gradebook(f"sqlite:///{school.course / 'gradebook.db'}") as gradebook:
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


def test_a_student_cannot_open_another_students_server(hub_class):
    school, seen = hub_class
    status, landed = seen["others"]["ada"]
    assert status == 403 or f"/user/{school.students['ben'].name}/lab" not in landed, (status, landed)
