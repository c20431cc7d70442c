"""`medialit grade` learns each student's outcome from the gradebook, never from nbgrader's log (issue 25, class 6).

The hostile class of simulated_class.py is graded by `medialit grade`; one
student forges nbgrader's log lines (in a grade id and in a file name) to make
honest students look failed and a failed one look graded, under an id full of
terminal escapes. Nothing the teacher is shown may carry a control character.
"""

from __future__ import annotations

import unicodedata

from medialit.classroom.cli import main
from medialit.content.wording import for_terminal
from simulated_class import FORGER, HOSTILE, LESSON

BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def acted_on_by_a_terminal(text: str) -> list[str]:
    """The characters in ``text`` a terminal would act on instead of showing (line breaks aside)."""
    return [c for c in text if c != "\n" and (unicodedata.category(c) == "Cc" or c in BIDI)]


def test_every_outcome_is_the_gradebooks_whatever_the_log_says(hostile_class):
    _, _, batch = hostile_class
    assert batch["status"] == {student: 0 if case.autograded else 1
                               for student, case in HOSTILE.items() if case.folder == LESSON}


def test_each_student_is_shown_once_with_nothing_a_terminal_acts_on(hostile_class):
    _, _, batch = hostile_class
    progress = batch["said"][1:]
    total = len(batch["status"])
    assert [line.split("]")[0] for line in progress] == [f"[{n}/{total}" for n in range(1, total + 1)]
    shown = sorted(line.split("] ", 1)[1].split(": ", 1)[0] for line in progress)
    progress = [line.split("] ", 1)[1] for line in progress]
    assert shown == sorted(for_terminal(student, one_line=True) for student in batch["status"])
    assert not acted_on_by_a_terminal("\n".join(batch["said"]))
    assert f"{for_terminal(FORGER, one_line=True)}: graded" in progress


def test_the_report_printed_for_the_teacher_has_no_control_characters(hostile_class, tmp_path, capsys):
    root, _, _ = hostile_class
    assert main(["report", LESSON, "--course", str(root), "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "writes_forged_log_lines" in printed and not acted_on_by_a_terminal(printed)
