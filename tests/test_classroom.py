"""`medialit class-setup` and `medialit start` on a machine set up for a class (medialit/classroom.py).

The whole class, on real accounts and in the browser, is tests/test_jupyterhub_class.py; here are the pieces.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from medialit.classroom import cli
from medialit.classroom.class_setup import COURSE_ID, MARK, SetupProblem, set_up_class
from medialit.keys.in_class import in_a_class
from medialit.classroom.course import course_config

import pytest


def test_setup_makes_an_exchange_every_account_can_use_and_the_shared_settings(tmp_path):
    done = set_up_class(tmp_path / "exchange", tmp_path / "etc")
    assert (tmp_path / "exchange").stat().st_mode & 0o777 == 0o777
    settings = (tmp_path / "etc" / "nbgrader_config.py").read_text()
    assert settings.startswith(MARK)
    assert f"c.Exchange.root = {str(tmp_path / 'exchange')!r}" in settings
    assert "c.CourseDirectory.course_id = 'medialit'" in settings
    assert len(done) == 2


def test_the_course_id_a_class_install_carries_is_the_courses(course_root):
    """class-setup runs from a class install, which has no nbgrader_config.py to read the id from."""
    assert course_config(course_root).CourseDirectory.course_id == COURSE_ID


def test_running_setup_again_changes_nothing(tmp_path):
    set_up_class(tmp_path / "exchange", tmp_path / "etc")
    before = (tmp_path / "etc" / "nbgrader_config.py").read_bytes()
    set_up_class(tmp_path / "exchange", tmp_path / "etc")
    assert (tmp_path / "etc" / "nbgrader_config.py").read_bytes() == before


def test_setup_never_overwrites_settings_someone_else_wrote_and_says_what_to_add(tmp_path):
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "nbgrader_config.py").write_text("c = get_config()\nc.Exchange.timezone = 'UTC'\n")
    with pytest.raises(SetupProblem, match="add these two lines") as problem:
        set_up_class(tmp_path / "exchange", tmp_path / "etc")
    assert "c.Exchange.root" in str(problem.value)
    assert (tmp_path / "etc" / "nbgrader_config.py").read_text().endswith("'UTC'\n")


def test_a_file_in_the_way_is_one_sentence_from_the_command(tmp_path):
    (tmp_path / "taken").write_text("")
    done = subprocess.run([sys.executable, "-m", "medialit.classroom.cli", "class-setup", f"--exchange={tmp_path / 'taken' / 'x'}",
                           f"--config-dir={tmp_path / 'etc'}"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "could not be made" in done.stderr and "--exchange" in done.stderr
    assert "Traceback" not in done.stderr


def test_start_in_a_class_opens_the_lab_and_points_to_the_assignment_list(tmp_path, monkeypatch, capsys):
    set_up_class(tmp_path / "exchange", tmp_path / "etc")
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(tmp_path / "etc"))
    assert in_a_class()
    assert cli.main(["start", "--no-lab", "--dir", str(tmp_path / "mine")]) == 0
    assert "Assignment List" in capsys.readouterr().out
    assert (tmp_path / "mine").is_dir() and not list((tmp_path / "mine").iterdir())  # no self-study copies


def test_start_alone_copies_the_lessons(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(tmp_path / "nothing"))
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path / "nothing-either"))
    assert not in_a_class()
    assert cli.main(["start", "--no-lab", "--dir", str(tmp_path / "mine")]) == 0
    assert (tmp_path / "mine" / "00-start-here" / "00-start-here.ipynb").is_file()


def test_the_lab_starts_in_the_learners_folder(tmp_path, monkeypatch):
    """nbgrader's Assignment List fetches into the server's working folder, so that must be the learner's."""
    from medialit.classroom import selfstudy

    seen = {}
    monkeypatch.setattr(selfstudy.subprocess, "call", lambda command, **options: seen.update(options) or 0)
    selfstudy.open_lab(tmp_path)
    assert Path(seen["cwd"]) == tmp_path
    assert seen["env"]["JUPYTER_CONFIG_DIR"] == str(selfstudy.learner_profile())


def test_the_wheel_a_class_installs_has_the_learner_view_and_no_lessons_or_answers(tmp_path, course_root):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                            "-w", str(tmp_path), str(course_root)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    import zipfile

    [wheel] = tmp_path.glob("medialit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "medialit/jupyter/learner/labconfig/page_config.json" in names
    assert "medialit/source_texts/press-tv-hajin.txt" in names
    assert not [n for n in names if n.startswith(("solutions/", "lessons/")) or "/solutions/" in n or "/lessons/" in n]
