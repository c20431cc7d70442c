"""`nbgrader collect` (medialit's CollectOwnWorkOnly) takes only plain files and folders, with a time it saw itself.

Every way a hand-in can reach past itself is one student in ONE run of nbgrader's real command line, on an
exchange where everyone is one account (``check_owner = False``): links, hard links, pipes, sizes and names
do not need accounts. Between real accounts (owners, a link filed under another student's name, grading and
`medialit gain`), see test_exchange_accounts.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from nbgrader.utils import parse_utc

from medialit.classroom.course import copy_course, put_environment_on_path

LESSON = "01-unnamed-sources"
NOTEBOOK = f"{LESSON}.ipynb"
HANDED_IN = "2025-09-01 09:00:00.000000 UTC"
MAX_DIR_KB = 200
#: Each student hands in one way of reaching past the hand-in; each must be refused with a line naming them.
REFUSED = {
    "solution_link": "holds a link (01-unnamed-sources.ipynb)",
    "linked_entry": "is a link, not a folder",
    "hard_link": "a hard link",
    "deep_link": "holds a link (work/more/01-unnamed-sources.ipynb)",
    "linked_folder": "holds a link (work)",
    "ignored_link": "holds a link (cache.pyc)",
    "pipe": "which is not a plain file or folder",
    "too_many": "holds more than 1000 files and folders",
    "too_big": f"is larger than CourseDirectory.max_dir_size ({MAX_DIR_KB * 1000:,} bytes)",
    "too_deep": "is nested more than 16 folders deep",
    "not_a_folder": "is not a folder",
    "no_time": "has no hand-in time nbgrader can read in its name",
}


def hand_in(inbound: Path, student: str, time: str = HANDED_IN) -> Path:
    """An inbound entry as `nbgrader submit` makes one: named student+lesson+time+random, with its time file."""
    entry = inbound / f"{student}+{LESSON}+{time}+{os.urandom(6).hex()}"
    entry.mkdir()
    (entry / "timestamp.txt").write_text(time)
    return entry


def build_exchange(inbound: Path, course: Path) -> None:
    solution = course / "solutions" / LESSON / NOTEBOOK
    honest = solution.read_text()

    entry = hand_in(inbound, "honest")
    (entry / NOTEBOOK).write_text(honest)
    (entry / "timestamp.txt").write_text("garbage \x00 not a time")  # the student's own: never read

    (hand_in(inbound, "solution_link") / NOTEBOOK).symlink_to(solution)
    elsewhere = inbound.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / NOTEBOOK).write_text(honest)
    (inbound / f"linked_entry+{LESSON}+{HANDED_IN}+x").symlink_to(elsewhere)
    os.link(solution, hand_in(inbound, "hard_link") / NOTEBOOK)  # protected_hardlinks would stop a student; not every machine has it
    deep = hand_in(inbound, "deep_link") / "work" / "more"
    deep.mkdir(parents=True)
    (deep / NOTEBOOK).symlink_to(solution)
    (hand_in(inbound, "linked_folder") / "work").symlink_to(solution.parent)
    (hand_in(inbound, "ignored_link") / "cache.pyc").symlink_to(solution)  # a name collect would leave out
    os.mkfifo(hand_in(inbound, "pipe") / NOTEBOOK)  # reading it would wait for ever
    many = hand_in(inbound, "too_many")
    for number in range(1001):
        (many / f"{number}.txt").touch()
    (hand_in(inbound, "too_big") / NOTEBOOK).write_bytes(b"x" * (MAX_DIR_KB * 1000 + 1))
    deepest = hand_in(inbound, "too_deep")
    for _ in range(18):
        deepest = deepest / "d"
    deepest.mkdir(parents=True)
    (inbound / f"not_a_folder+{LESSON}+{HANDED_IN}+x").write_text(honest)
    (hand_in(inbound, "no_time", "half past nine") / NOTEBOOK).write_text(honest)
    (hand_in(inbound, "eve\x1b[2J") / NOTEBOOK).symlink_to(solution)  # her name would clear the teacher's screen


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """One collect of every case, by nbgrader's command line in the course folder; returns (course, its log)."""
    base = tmp_path_factory.mktemp("collect")
    course, inbound = copy_course(base / "course"), base / "exchange" / "medialit" / "inbound"
    inbound.mkdir(parents=True)
    with (course / "nbgrader_config.py").open("a") as settings:
        settings.write(f"\nc.Exchange.root = {str(base / 'exchange')!r}\nc.ExchangeCollect.check_owner = False\n"
                       f"c.CourseDirectory.max_dir_size = {MAX_DIR_KB}\n")
    build_exchange(inbound, course)
    put_environment_on_path()
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    done = subprocess.run([sys.executable, "-m", "nbgrader", "collect", LESSON], cwd=course, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return course, done.stdout + done.stderr, started


def test_an_honest_hand_in_is_collected_with_the_time_collect_saw(collected):
    course, _, started = collected
    copy = course / "submitted" / "honest" / LESSON
    assert (copy / NOTEBOOK).read_bytes() == (course / "solutions" / LESSON / NOTEBOOK).read_bytes()
    seen = parse_utc((copy / "timestamp.txt").read_text())
    assert started - timedelta(minutes=5) < seen <= datetime.now(timezone.utc).replace(tzinfo=None)


@pytest.mark.parametrize("student", REFUSED)
def test_a_hand_in_that_reaches_past_itself_is_refused_and_the_log_names_the_student(collected, student):
    course, log, _ = collected
    assert not (course / "submitted" / student).exists()
    assert f"Not collected: {student}'s hand-in " in log
    line = next(line for line in log.splitlines() if f"Not collected: {student}'s hand-in " in line)
    assert REFUSED[student] in line


def test_nothing_was_followed_or_left_behind(collected):
    course, _, _ = collected
    assert sorted(p.name for p in (course / "submitted").iterdir()) == ["honest"]
    assert not list(course.glob(".collecting-*"))


def test_control_characters_in_a_name_never_reach_the_teachers_terminal(collected):
    _, log, _ = collected
    assert "\x1b" not in log and "\x00" not in log
    assert "Not collected: 'eve\\x1b[2J''s hand-in" in log
