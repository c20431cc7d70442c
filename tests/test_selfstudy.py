"""Working alone: `medialit start` never loses a learner's work; `medialit progress` reads it without running it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import pytest

from conftest import fill_answers, sample_submissions
from medialit.keys.answer_hashes import CHECKS_DIR
from medialit.classroom.cli import main
from medialit.lesson.feedback import check
from medialit.classroom.selfstudy import LESSONS_DIR, copy_lessons, progress, progress_text

LESSON = "00-start-here"
NOTEBOOK = f"{LESSON}/{LESSON}.ipynb"


def one_lesson_released(tmp_path: Path) -> Path:
    """A lessons folder holding one lesson, its notebook reading "version 1"."""
    lessons = tmp_path / "lessons"
    (lessons / LESSON).mkdir(parents=True)
    (lessons / NOTEBOOK).write_text("version 1")
    return lessons


def test_first_start_copies_every_lesson(tmp_path):
    done = copy_lessons(tmp_path)
    sources = sorted(p.relative_to(LESSONS_DIR) for p in LESSONS_DIR.rglob("*") if p.is_file())
    assert sorted(p.relative_to(tmp_path) for p in done["copied"]) == sources and not done["updates"]


def test_a_learners_work_is_never_overwritten_and_an_update_arrives_beside_it(tmp_path):
    lessons = one_lesson_released(tmp_path)
    mine = tmp_path / "mine"
    copy_lessons(mine, lessons)
    (mine / NOTEBOOK).write_text("my answers")
    (lessons / NOTEBOOK).write_text("version 2")
    first = copy_lessons(mine, lessons)
    again = copy_lessons(mine, lessons)
    assert (mine / NOTEBOOK).read_text() == "my answers"
    [(yours, beside)] = first["updates"]
    assert not again["updates"] and again["kept"] == [mine / NOTEBOOK], "offered once"
    assert yours == mine / NOTEBOOK and beside.read_text() == "version 2" and beside.name.startswith(f"{LESSON}.update-")
    assert len(list((mine / LESSON).iterdir())) == 2


def test_progress_reads_saved_answers_and_asks_check(tmp_path):
    copy_lessons(tmp_path)
    answers = sample_submissions(LESSON)["half_right"]["answers"] | {
        "answer_sentence_kinds": sample_submissions(LESSON)["solution"]["answers"]["answer_sentence_kinds"]}
    nbformat.write(fill_answers(LESSONS_DIR / NOTEBOOK, answers), tmp_path / NOTEBOOK)
    rows = {(r["lesson"], r["exercise"]): (r["status"], r["right"]) for r in progress(tmp_path)}
    assert rows[(LESSON, "sentence_kinds")] == ("passes check()", "9 of 9")
    assert rows[(LESSON, "named_sentences")] == ("keep going", "1 of 3")
    assert rows[("06-your-own-article", "machine_mistakes")] == ("not answered yet", None)


def test_progress_lists_every_lesson_and_says_only_which_skill_check_items_are_answered(tmp_path):
    """The skill check is not coached: progress never says whether a skill-check answer is right."""
    copy_lessons(tmp_path)
    form = "skill-check-a"
    nbformat.write(fill_answers(LESSONS_DIR / form / f"{form}.ipynb", sample_submissions(form)["half_right"]["answers"]),
                   tmp_path / form / f"{form}.ipynb")
    rows = progress(tmp_path)
    assert {r["lesson"] for r in rows} >= {"01-unnamed-sources", "02-state-media-framing", "03-unsupported-figures",
                                          "05-capstone", "skill-check-a", "skill-check-b"}
    checked = {r["exercise"]: r for r in rows if r["lesson"] == form}
    assert len(checked) == 6 and all(r["right"] is None for r in checked.values())
    assert {r["status"] for r in checked.values()} == {"answered (a skill check is not checked here)"}
    assert {r["status"] for r in rows if r["lesson"] == "skill-check-b"} == {"not answered yet"}


def test_progress_copes_with_a_missing_or_broken_lesson(tmp_path):
    copy_lessons(tmp_path)
    (tmp_path / NOTEBOOK).write_text("{ not a notebook")
    (tmp_path / "06-your-own-article" / "06-your-own-article.ipynb").unlink()
    statuses = {r["lesson"]: r["status"] for r in progress(tmp_path)}
    assert statuses[LESSON].startswith("could not read the saved notebook")
    assert statuses["06-your-own-article"] == "lesson not found (run medialit start)"


def test_the_commands(tmp_path, capsys):
    assert main(["start", "--dir", str(tmp_path), "--no-lab"]) == 0
    assert "files copied" in capsys.readouterr().out
    assert main(["progress", "--dir", str(tmp_path)]) == 0
    exercises = sum(len(json.loads(path.read_text())["exercises"]) for path in CHECKS_DIR.glob("*.json"))
    assert exercises >= 6 and f"0 of {exercises} exercises pass check()" in capsys.readouterr().out


def test_a_link_at_a_lessons_path_is_never_written_through(tmp_path):
    """A link, even one that leads nowhere, is treated as the learner's file: the lesson arrives beside it."""
    lessons = one_lesson_released(tmp_path)
    mine, outside = tmp_path / "mine", tmp_path / "outside.ipynb"
    (mine / LESSON).mkdir(parents=True)
    (mine / NOTEBOOK).symlink_to(outside)
    done = copy_lessons(mine, lessons)
    assert not outside.exists() and (mine / NOTEBOOK).is_symlink()
    [(_, beside)] = done["updates"]
    assert beside.read_text() == "version 1"


@pytest.mark.parametrize("depth", ["lesson folder", "folder inside a lesson"])
def test_a_linked_folder_is_never_written_through(tmp_path, capsys, monkeypatch, depth):
    """A lesson folder (or one inside it) that is a link to another place is left alone, with one sentence."""
    lessons = tmp_path / "lessons"
    (lessons / LESSON / "texts").mkdir(parents=True)
    (lessons / NOTEBOOK).write_text("version 1")
    (lessons / LESSON / "texts" / "article.txt").write_text("an article")
    (lessons / "01-next").mkdir()
    (lessons / "01-next" / "01-next.ipynb").write_text("the next lesson")
    mine, outside = tmp_path / "mine", tmp_path / "outside"
    outside.mkdir()
    linked = mine / LESSON if depth == "lesson folder" else mine / LESSON / "texts"
    linked.parent.mkdir(parents=True)
    linked.symlink_to(outside, target_is_directory=True)
    done = copy_lessons(mine, lessons)
    assert not list(outside.iterdir())
    assert done["linked"] == [linked] and mine / "01-next" / "01-next.ipynb" in done["copied"]

    monkeypatch.setattr("medialit.classroom.selfstudy.LESSONS_DIR", lessons)
    assert main(["start", "--dir", str(mine), "--no-lab"]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if "is a link" in line]
    assert said == [f"  {linked.relative_to(mine)} is a link to another place, so nothing was copied into it: rename "
                    "the link and run medialit start again."]
    assert not list(outside.iterdir())


def test_a_link_at_the_temporary_name_is_never_written_through(tmp_path):
    """The name a lesson is first written under is made afresh: a link waiting there is not followed."""
    lessons = one_lesson_released(tmp_path)
    mine, outside = tmp_path / "mine", tmp_path / "outside.ipynb"
    (mine / LESSON).mkdir(parents=True)
    (mine / LESSON / f".{LESSON}.ipynb.partial-{os.getpid()}").symlink_to(outside)
    with pytest.raises(FileExistsError):
        copy_lessons(mine, lessons)
    assert not outside.exists()


def test_a_full_disk_leaves_no_half_lesson(tmp_path, monkeypatch):
    """The next run must not take a truncated file for the learner's work."""
    lessons = one_lesson_released(tmp_path)
    real_write = os.write

    def disk_full(handle, data):
        real_write(handle, data[:3])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(OSError):
        copy_lessons(tmp_path / "mine", lessons)
    monkeypatch.undo()
    assert not list((tmp_path / "mine" / LESSON).iterdir())
    assert copy_lessons(tmp_path / "mine", lessons)["copied"] == [tmp_path / "mine" / NOTEBOOK]


@pytest.mark.parametrize("case", ["a file where the folder should be", "no lessons", "no home folder"])
def test_start_explains_what_went_wrong_in_one_sentence(tmp_path, monkeypatch, capsys, case):
    target = tmp_path / "target"
    if case == "a file where the folder should be":
        target.write_text("not a folder")
    elif case == "no lessons":
        empty = tmp_path / "empty"
        empty.mkdir()
        monkeypatch.setattr("medialit.classroom.selfstudy.LESSONS_DIR", empty)
    else:
        monkeypatch.setattr(type(tmp_path), "expanduser", lambda self: (_ for _ in ()).throw(RuntimeError("no home")))
    assert main(["start", "--dir", str(target), "--no-lab"]) == 1
    said = capsys.readouterr().out.strip()
    assert len(said.splitlines()) == 1 and "Traceback" not in said
    assert {"a file where the folder should be": "Choose another folder", "no lessons": "No lessons were found",
            "no home folder": "Your home folder could not be found"}[case] in said


def test_working_alone_check_counts_what_is_right_and_in_class_only_reads_the_form(tmp_path, monkeypatch):
    """`medialit start` brings the keys for working alone; a class, with only the package, gets the form alone."""
    right = {2, 3, 8}
    copy_lessons(tmp_path / "alone")
    monkeypatch.chdir(tmp_path / "alone" / LESSON)
    assert check("named_sentences", right).passed
    import medialit.keys.answer_hashes as answer_hashes

    monkeypatch.setattr(answer_hashes, "_self_study_checks", lambda near: None)  # a class install: no checkout
    in_class = check("named_sentences", right)
    assert not in_class.passed and "does not say whether it is right" in in_class.text
    assert "form the grader can read" in check("named_sentences", {1, 4}).text  # same reply, right or wrong
    assert "not a sentence number" in check("named_sentences", ["one"]).text


def test_as_root_jupyterlab_starts_with_allow_root_and_says_so(tmp_path, monkeypatch, capsys):
    from medialit.classroom.selfstudy import lab_command

    monkeypatch.setattr("os.geteuid", lambda: 0)
    assert lab_command(tmp_path)[-1] == "--allow-root"
    assert "working as root" in capsys.readouterr().out
    monkeypatch.setattr("os.geteuid", lambda: 1000)
    assert "--allow-root" not in lab_command(tmp_path)


def test_ctrl_c_stops_jupyterlab_with_one_sentence_not_a_traceback(tmp_path, monkeypatch, capsys):
    from medialit.classroom import selfstudy

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(selfstudy.subprocess, "call", interrupted)
    assert selfstudy.open_lab(tmp_path) == 0
    assert f"JupyterLab has stopped. Your work is saved in {tmp_path}." in capsys.readouterr().out


@pytest.mark.parametrize(("exercise", "answer", "slip"), [
    ("owners", {"Press TV": "state media", "Tom": "monitor"}, "'Tom' is not in the list"),
    ("missing_voices", {"A", "Z"}, '"Z"'),
    ("named_sentences", {2, 99}, "99"),
])
def test_in_class_check_names_the_slips_the_visible_test_names(monkeypatch, exercise, answer, slip):
    """The form-only checks carry what the student's screen shows (the names, the letters, the text), so in
    class check() names a misspelt name, a letter not offered or a sentence the text does not have, as the
    visible test does, and still never says whether the answer is right."""
    import medialit.keys.answer_hashes as answer_hashes

    monkeypatch.setattr(answer_hashes, "_self_study_checks", lambda near: None)
    said = check(exercise, answer)
    assert slip in said.text and "does not say whether it is right" in said.text and not said.passed


def _answered(path, answers):
    """The learner's work: answers typed into the copied lesson, as JupyterLab would save it."""
    nbformat.write(fill_answers(path, answers), path)


def test_a_second_start_with_nothing_new_offers_nothing(tmp_path, capsys):
    """A learner who worked in lessons and starts again, with no newer lessons, is told of no update and gets
    no copy of a blank lesson beside their work."""
    assert main(["start", "--dir", str(tmp_path), "--no-lab"]) == 0
    _answered(tmp_path / NOTEBOOK, sample_submissions(LESSON)["half_right"]["answers"])
    skill_check = tmp_path / "skill-check-a" / "skill-check-a.ipynb"
    _answered(skill_check, sample_submissions("skill-check-a")["half_right"]["answers"])
    capsys.readouterr()
    assert main(["start", "--dir", str(tmp_path), "--no-lab"]) == 0
    said = capsys.readouterr().out
    assert "A newer" not in said and "0 files copied" in said
    assert not list(tmp_path.rglob("*.update-*"))


def test_a_newer_lesson_is_offered_once_beside_the_learners_work_in_one_plain_sentence(tmp_path, capsys, monkeypatch):
    lessons, mine = one_lesson_released(tmp_path), tmp_path / "mine"
    monkeypatch.setattr("medialit.classroom.selfstudy.LESSONS_DIR", lessons)
    assert main(["start", "--dir", str(mine), "--no-lab"]) == 0
    (mine / NOTEBOOK).write_text("my answers")
    (lessons / NOTEBOOK).write_text("version 2")
    capsys.readouterr()
    assert main(["start", "--dir", str(mine), "--no-lab"]) == 0
    [beside] = list((mine / LESSON).glob("*.update-*"))
    said = [line.strip() for line in capsys.readouterr().out.splitlines() if "A newer" in line]
    assert said == [f"A newer version of {NOTEBOOK} has come out: it is beside your own as {beside.name}, a fresh "
                    f"copy without your answers, and your own {LESSON}.ipynb with your work in it is untouched."]
    assert beside.read_text() == "version 2" and (mine / NOTEBOOK).read_text() == "my answers"
    beside.unlink()  # the learner had a look and did not want it: it is not offered again
    assert main(["start", "--dir", str(mine), "--no-lab"]) == 0
    assert "A newer" not in capsys.readouterr().out and not list((mine / LESSON).glob("*.update-*"))
    (lessons / NOTEBOOK).write_text("version 3")  # a release newer still is offered, once
    assert main(["start", "--dir", str(mine), "--no-lab"]) == 0
    assert "A newer" in capsys.readouterr().out and len(list((mine / LESSON).glob("*.update-*"))) == 1
    assert (mine / NOTEBOOK).read_text() == "my answers"


def test_a_folder_copied_before_starts_were_recorded_is_offered_only_a_changed_lesson(tmp_path):
    """A folder from before `medialit start` kept its record: a lesson the learner worked in counts as the same
    lesson while the cells they do not write in (instructions, set-up, tests) are all still there."""
    from medialit.classroom.selfstudy import RECORD

    copy_lessons(tmp_path)
    (tmp_path / RECORD).unlink()
    _answered(tmp_path / NOTEBOOK, sample_submissions(LESSON)["half_right"]["answers"])
    lesson = nbformat.read(tmp_path / NOTEBOOK, as_version=4)
    lesson.cells.insert(3, nbformat.v4.new_markdown_cell("my own notes"))
    nbformat.write(lesson, tmp_path / NOTEBOOK)
    assert not copy_lessons(tmp_path)["updates"]

    (tmp_path / RECORD).unlink()
    lessons = tmp_path / "newer-lessons"
    release = nbformat.read(LESSONS_DIR / NOTEBOOK, as_version=4)
    release.cells[0].source += "\n\nA sentence added to the lesson."
    (lessons / LESSON).mkdir(parents=True)
    nbformat.write(release, lessons / NOTEBOOK)
    assert [beside.name for _, beside in copy_lessons(tmp_path, lessons)["updates"]] == [
        next((tmp_path / LESSON).glob("*.update-*")).name]


def test_a_link_at_the_records_name_is_never_written_through(tmp_path):
    from medialit.classroom.selfstudy import RECORD

    lessons = one_lesson_released(tmp_path)
    mine, outside = tmp_path / "mine", tmp_path / "outside.json"
    mine.mkdir()
    (mine / RECORD).symlink_to(outside)
    copy_lessons(mine, lessons)
    assert not outside.exists() and not (mine / RECORD).is_symlink()
    (mine / NOTEBOOK).write_text("my answers")
    assert not copy_lessons(mine, lessons)["updates"]


def test_in_class_progress_says_an_answer_is_readable_never_keep_going(tmp_path, monkeypatch):
    """Issue 26, item 12: without the keys (a class), check() reads only the form, so progress cannot tell a right
    answer from a wrong one and must not say "keep going" to both."""
    import medialit.keys.answer_hashes as answer_hashes

    copy_lessons(tmp_path)
    nbformat.write(fill_answers(LESSONS_DIR / NOTEBOOK, sample_submissions(LESSON)["solution"]["answers"]),
                   tmp_path / NOTEBOOK)
    monkeypatch.setattr(answer_hashes, "_self_study_checks", lambda near: None)  # a class install: no keys
    rows = {r["exercise"]: (r["status"], r["right"]) for r in progress(tmp_path) if r["lesson"] == LESSON}
    assert rows["named_sentences"] == ("in a form the grader can read (in class, check() does not say if it is right)",
                                       None)
    assert "pass check()" not in progress_text(progress(tmp_path))
