"""A class of real Unix accounts set up by the teacher guide's recipe, for the tests that run a class.

The recipe's commands are read from the guide (fresh_install.py) and typed as the guide says: the
administrator's as root, the teacher's as the teacher in the course folder, each in a shell whose PATH holds
no virtual environment. Everyone runs the class install (the ``class_install`` fixture: a plain install of a
fresh clone, which every account can read); the teacher's course folder is a clone of that clone.

As root, each person is a real Unix account, made for the test and removed after it (marked by its comment
field, so a stopped run's accounts are removed by the next). Elsewhere everyone is the same account with a
separate home, nbgrader cache and user name.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import expect

from fresh_install import NEWCOMERS_PATH, follow, recipe, type_in
from jupyterlab_session import IDLE, open_lab, prepare_lesson

TEST_ACCOUNT = "medialit test account"  # the comment field that marks accounts this test made
#: The lesson the guide's class recipe names in its commands; a test puts another in its place.
RECIPE_LESSON = "01-unnamed-sources"


@dataclass
class Person:
    """Someone in the class: an account name (also the nbgrader student id) and a home folder."""

    name: str
    home: Path
    settings: Path
    bin: Path
    run_as: list[str] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        """What the recipe gives every account: a PATH without the install (commands name it in full) and the
        shared settings (here in the test's folder, where the recipe has /etc/jupyter)."""
        return {"HOME": str(self.home), "USER": self.name, "LOGNAME": self.name, "PATH": NEWCOMERS_PATH,
                "JUPYTER_CONFIG_PATH": str(self.settings)}

    def run(self, *command: str, cwd: Path | None = None, input: str | None = None) -> subprocess.CompletedProcess:
        full = [*self.run_as, "env", "-i", *(f"{k}={v}" for k, v in self.env().items()), *command]
        return subprocess.run(full, cwd=cwd or self.home, input=input, capture_output=True, text=True)

    def nbgrader(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
        """nbgrader's own command, as a student's Assignment List runs it."""
        done = self.run(str(self.bin / "nbgrader"), *args, cwd=cwd)
        assert done.returncode == 0, f"{self.name}: nbgrader {' '.join(args)}\n{done.stdout}\n{done.stderr}"
        return done


def remove_test_accounts() -> None:
    """Accounts a stopped run left behind, and this run's: every process killed, then the account."""
    for entry in pwd.getpwall():
        if entry.pw_gecos == TEST_ACCOUNT:
            subprocess.run(["pkill", "-KILL", "-u", entry.pw_name], capture_output=True)
            subprocess.run(["userdel", entry.pw_name], capture_output=True)


def _real_accounts_possible() -> str | None:
    """None when real accounts can be made and can run this install; else why not."""
    if os.geteuid() != 0:
        return "not running as root, so no accounts can be made"
    if not (shutil.which("useradd") and shutil.which("runuser")):
        return "useradd or runuser is missing"
    return None


def _make_account(name: str, home: Path) -> list[str]:
    subprocess.run(["useradd", "--no-create-home", "--home-dir", str(home), "--comment", TEST_ACCOUNT,
                    "--shell", "/bin/sh", name], check=True, capture_output=True)
    shutil.chown(home, name, name)
    return ["runuser", "-u", name, "--"]


@dataclass
class Class:
    base: Path
    exchange: Path
    teacher: Person
    course: Path
    students: dict[str, Person]
    real_accounts: str | None  # None when real, else why not
    places: dict[str, str]  # the test's places for the guide's (see fresh_install.py)
    browser_text: dict[str, str] = field(default_factory=dict)
    collect_log: str = ""
    autograde: subprocess.CompletedProcess | None = None

    @property
    def bin(self) -> Path:
        return self.teacher.bin

    def teacher_types(self, step: str, lesson: str = RECIPE_LESSON, check: bool = True):
        """The teacher types the guide's block ``step`` in the course folder, for ``lesson``: what it printed
        (with ``check``, every line must succeed), else the last line's CompletedProcess."""
        lines = [line.replace(RECIPE_LESSON, lesson) for line in recipe(step, self.places)]
        if check:
            return follow(lines, self.course, self.teacher.env(), self.teacher.run_as)
        return [type_in(line, self.course, self.teacher.env(), self.teacher.run_as) for line in lines][-1]


def set_up(base: Path, students: list[str], install: dict) -> Class:
    """The recipe: class-setup typed by the administrator, homes, accounts, the teacher's course folder (a
    clone); ``install`` is the class install (fresh_install.class_install)."""
    exchange, settings = base / "srv" / "exchange", base / "etc" / "jupyter"
    places = {**install["places"], "class-setup": f"class-setup --exchange={exchange} --config-dir={settings}"}
    follow(recipe("shared-machine setup", places), base, {"PATH": NEWCOMERS_PATH, "HOME": str(base)})
    why_not = _real_accounts_possible()
    tag = f"mlc{os.getpid() % 100000}"
    people = {}
    for role in ["teacher", *students]:
        home = base / "home" / role
        home.mkdir(parents=True, mode=0o700)
        people[role] = Person(f"{tag}{role}" if why_not is None else role, home, settings, install["bin"])
    if why_not is None:
        for person in people.values():
            person.run_as = _make_account(person.name, person.home)
        probe = people["teacher"].run(str(install["bin"] / "python"), "-c", "import medialit")
        if probe.returncode != 0:
            why_not = f"the other accounts cannot run the class install ({install['bin']}): {probe.stderr}"
            remove_test_accounts()
            for person in people.values():
                person.run_as, person.name = [], person.name.removeprefix(tag)
    teacher = people.pop("teacher")
    course = teacher.home / "medialit-course"  # the guide's JupyterHub recipe names it so
    subprocess.run(["git", "clone", "--quiet", install["places"]["/path/to/medialit"], str(course)], check=True)
    if teacher.run_as:
        subprocess.run(["chown", "-R", f"{teacher.name}:{teacher.name}", str(course)], check=True)
    os.chmod(course, 0o700)  # the guide: where students cannot read
    return Class(base, exchange, teacher, course, people, why_not, places)


def open_assignment_list(page, base: str, token: str):
    """The learner's only route into nbgrader: Nbgrader > Assignment List."""
    open_lab(page, f"{base}/lab?token={token}&reset")
    page.locator("#jp-MainMenu").get_by_text("Nbgrader", exact=True).click()
    page.locator("#jp-mainmenu-nbgrader .lm-Menu-item", has_text="Assignment List").click()
    assignments = page.locator(".jp-MainAreaWidget:not(.lm-mod-hidden)", has=page.locator("#released_assignments_list"))
    expect(assignments.locator("#released_assignments_list_loading")).to_be_hidden(timeout=30_000)
    return assignments


def write_as(person: Person, path: Path, text: str) -> None:
    """Write a file as its owner would: a file root wrote would be one the student cannot hand in."""
    done = person.run(str(person.bin / "python"), "-c", "import sys; open(sys.argv[1], 'w').write(sys.stdin.read())", str(path),
                      input=text)
    assert done.returncode == 0, done.stderr


#: Held while a class of test accounts exists: each class removes every test account when it starts and ends, so
#: two at once (two test workers, or two runs) would remove each other's. Every process on the machine sees it.
ACCOUNTS_LOCK = Path(tempfile.gettempdir()) / "medialit-test-accounts.lock"


@contextlib.contextmanager
def class_folder():
    """A folder every account can pass through (homes inside stay private); it and the test accounts go afterwards.
    One class at a time on the machine: this waits for any other to end."""
    with ACCOUNTS_LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        base = Path(tempfile.mkdtemp(prefix="medialit-class-"))
        os.chmod(base, 0o755)
        remove_test_accounts()
        try:
            yield base
        finally:
            remove_test_accounts()
            shutil.rmtree(base, ignore_errors=True)


def answer_in_the_browser(page, base: str, token: str, lesson: str, answers: dict[str, str]) -> None:
    """A student: Assignment List > Fetch, answer in the notebook and save (no answers: hand it in blank), Submit."""
    assignments = open_assignment_list(page, base, token)
    released = assignments.locator("#released_assignments_list > .list_item")
    expect(released).to_have_count(1, timeout=30_000)
    expect(released.locator(".item_name")).to_have_text(lesson)
    released.locator(".item_status button", has_text="Fetch").click()
    expect(assignments.locator("#fetched_assignments_list > .list_item")).to_have_count(1, timeout=30_000)

    if answers:
        prepare_lesson(page, base, token, lesson, answers)
        page.keyboard.press("Control+s")
        expect(page.locator(".lm-TabBar-tab.jp-mod-current.jp-mod-dirty")).to_have_count(0)
        page.wait_for_selector(IDLE)

    assignments = open_assignment_list(page, base, token)
    fetched = assignments.locator("#fetched_assignments_list > .list_item")
    fetched.locator(".item_status button", has_text="Submit").click()
    expect(assignments.locator("#submitted_assignments_list > .list_item")).to_have_count(1, timeout=30_000)


def fetch_feedback_in_the_browser(page, base: str, token: str, home: Path, lesson: str) -> str:
    """A student: Assignment List > Fetch Feedback, then the feedback page their server now holds, as text."""
    assignments = open_assignment_list(page, base, token)
    submitted = assignments.locator("#submitted_assignments_list")
    # One row per hand-in this account made; each row's button fetches the feedback of the whole lesson.
    fetch = submitted.locator("button", has_text="Fetch Feedback").first
    expect(fetch).to_be_visible(timeout=30_000)
    fetch.click()
    expect(submitted.get_by_text("view feedback").first).to_be_visible(timeout=30_000)
    [page_file] = (home / lesson / "feedback").glob(f"*/{lesson}.html")
    page.goto(f"{base}/files/{page_file.relative_to(home).as_posix()}?token={token}")
    return page.locator("body").inner_text()
