"""After autograding: what the class found hard, and which submissions need a teacher's look.

Item analysis per exercise (mean score, share with full marks, share with
zero) comes from nbgrader's gradebook; a written answer is counted only once
all its answers are marked (a blank one scores 0 at once, and would otherwise
stand for the class while the rest wait). The attention list comes from the
course folders and from an independent re-score (see :mod:`medialit.classroom.rescore`):
files nbgrader could not read, work handed in under the wrong name, and
scores grading gave that a re-check does not (compared with what grading gave,
never with a mark the teacher set by hand).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..content.wording import counted
from . import evidence
from .course import gradebook_url, put_environment_on_path
from .rescore import MAX_NOTEBOOK_BYTES, rescore

#: Fill patterns for the chart, so bars differ by more than colour.
HATCHES = ["", "//", "..", "xx", "\\\\", "++", "oo", "--"]


class CannotReport(Exception):
    """The gradebook cannot be read, or has no grades for what was asked; the message says so in one sentence."""


@dataclass(frozen=True)
class Attention:
    student: str
    lesson: str
    problem: str

    def __str__(self) -> str:
        return f"{self.student} / {self.lesson}: {self.problem}"


COLUMNS = ["lesson", "student", "exercise", "score", "auto_score", "points", "waiting_for_teacher", "by_hand"]


def grades_table(root: Path, lesson: str | None = None) -> pd.DataFrame:
    """One row per student, exercise and lesson, straight from the gradebook.

    ``score`` is what counts (a teacher's mark where there is one), ``auto_score`` what grading gave, and
    ``by_hand`` says the exercise is one a person marks (a written answer).
    """
    rows = []
    with _gradebook(root) as gradebook:
        for assignment in gradebook.assignments:
            if lesson not in (None, assignment.name):
                continue
            for submission in assignment.submissions:
                for notebook in submission.notebooks:
                    released = notebook.notebook
                    by_hand = {cell.name for cell in (*released.solution_cells, *released.task_cells)}
                    for grade in notebook.grades:
                        rows.append({
                            "lesson": assignment.name,
                            "student": submission.student.id,
                            "exercise": grade.name,
                            "score": grade.score,
                            "auto_score": grade.auto_score,
                            "points": grade.max_score,
                            "waiting_for_teacher": bool(grade.needs_manual_grade),
                            "by_hand": grade.name in by_hand,
                        })
    return pd.DataFrame(rows, columns=COLUMNS)


def lessons_in(root: Path) -> list[str]:
    """The lessons the gradebook knows (nbgrader adds one when it is generated or first graded)."""
    with _gradebook(root) as gradebook:
        return sorted(assignment.name for assignment in gradebook.assignments)


@contextmanager
def _gradebook(root: Path):
    """The course's gradebook, opened by nbgrader, or :class:`CannotReport` with one sentence saying why not."""
    from nbgrader.api import Gradebook
    from sqlalchemy.exc import SQLAlchemyError

    put_environment_on_path()  # an empty gradebook makes nbgrader start `alembic`, from this environment's bin/
    try:
        with Gradebook(gradebook_url(root)) as gradebook:
            yield gradebook
    except SQLAlchemyError as problem:
        raise CannotReport(f"The gradebook of {root} could not be read as nbgrader's gradebook "
                           f"({type(problem).__name__}); check that it is the right file or database.") from None


def item_analysis(grades: pd.DataFrame) -> pd.DataFrame:
    """Per exercise: its points, how many students were graded, mean score, the shares with full marks and with
    zero, and how many answers wait for marking.

    A written answer (``by_hand``) with any answer still waiting has no mean and no shares yet (NaN): its
    graded answers so far are the blank ones, scored 0 at once, which say nothing of how hard it was. An
    autograded exercise keeps them: what waits there is a notebook nbgrader could not read.
    """
    waiting = grades["waiting_for_teacher"].astype(bool)
    keys = ["lesson", "exercise"]
    per_exercise = grades.groupby(keys, sort=True).agg(points=("points", "max"), by_hand=("by_hand", "any"),
                                                       waiting_for_teacher=("waiting_for_teacher", "sum"))
    graded = grades[~waiting].assign(full=lambda g: g["score"] >= g["points"], none=lambda g: g["score"] == 0)
    scores = graded.groupby(keys).agg(students=("student", "nunique"), mean_score=("score", "mean"),
                                      full_marks=("full", "mean"), zero=("none", "mean"))
    table = per_exercise.join(scores).fillna({"students": 0})
    unmarked = table["by_hand"] & (table["waiting_for_teacher"] > 0)
    table.loc[unmarked, ["mean_score", "full_marks", "zero"]] = float("nan")
    table = table.astype({"students": int, "waiting_for_teacher": int})
    return table.reset_index()[[*keys, "students", "points", "mean_score", "full_marks", "zero", "waiting_for_teacher"]]


def needs_attention(root: Path, lesson: str | None = None, grades: pd.DataFrame | None = None) -> list[Attention]:
    """Submissions a teacher should open by hand, each with the reason in plain words.

    ``grades`` is :func:`grades_table`'s result when the caller already has it.
    """
    lessons = {p.name for p in (root / "lessons").iterdir() if p.is_dir()}
    grades = grades_table(root, lesson) if grades is None else grades
    found = []
    for folder in sorted((root / "submitted").glob("*/*")):
        student, name = folder.parent.name, folder.name
        if lesson not in (None, name) and name in lessons:
            continue
        if name not in lessons:
            found.append(Attention(student, name, f"handed in under a lesson name that does not exist ({name!r}); "
                                   "rename the folder and grade again"))
            continue
        expected = {p.name for p in (root / "lessons" / name).glob("*.ipynb")}
        handed_in = {p.name for p in folder.glob("*.ipynb")}
        for missing in sorted(expected - handed_in):
            extra = ", ".join(sorted(handed_in - expected)) or "nothing"
            found.append(Attention(student, name, f"{missing} is missing (handed in instead: {extra}); counted as not handed in"))
        for notebook in sorted(expected & handed_in):
            if not (root / "autograded" / student / name / notebook).is_file():
                found.append(Attention(student, name, f"{notebook} could not be autograded (it is not a readable "
                                       "notebook, or its code stopped the grader); nbgrader's log has the details"))
                continue
            found += _rescore_mismatches(root, grades, student, name, folder / notebook)
    return found


def _rescore_mismatches(root: Path, grades: pd.DataFrame, student: str, lesson: str, submitted: Path) -> list[Attention]:
    """Re-score the copy that was graded (see :mod:`medialit.classroom.evidence`) and compare with the gradebook."""
    found = []
    graded = evidence.graded_copy(submitted)
    if graded is None and evidence.has_record(submitted):
        return [Attention(student, lesson, f"the kept copy of {submitted.name} no longer matches its hash, so it was "
                          "not re-checked; grade this lesson again")]
    if graded is not None and evidence.sha256(submitted) != evidence.sha256(graded):
        found.append(Attention(student, lesson, f"{submitted.name} in submitted/ changed after grading; the report "
                               "re-checked the copy that was graded"))
    solution = root / "solutions" / lesson / submitted.name
    # What grading gave, not a mark the teacher set by hand: a re-check can only speak for grading.
    mine = grades[(grades["student"] == student) & (grades["lesson"] == lesson)].set_index("exercise")["auto_score"]
    size = (graded or submitted).stat().st_size
    if size > MAX_NOTEBOOK_BYTES:  # checked before reading: parsing is what costs memory
        return found + [Attention(student, lesson, f"{submitted.name} is {size / 1e6:.0f} MB, larger than any lesson "
                                  "notebook, so it was not re-checked; look at it by hand")]
    try:
        rescored = rescore(graded or submitted, solution)
    except Exception as problem:  # any answer, however odd, gives a flagged item and never stops the report
        return found + [Attention(student, lesson, f"{submitted.name} could not be re-checked ({type(problem).__name__}); "
                                  "look at it by hand")]
    for exercise, score in rescored.items():
        given = mine.get(exercise)
        if given is None or pd.isna(given):  # not graded by nbgrader (it waits for a person): nothing to compare
            continue
        if score is None and given > 0:
            found.append(Attention(student, lesson, f"{exercise}: {counted(given, 'point')} for an answer that is not a plain "
                                   "value, so it cannot be re-checked; look at it by hand"))
        elif score is not None and abs(given - score) > 1e-6:
            found.append(Attention(student, lesson, f"{exercise}: nbgrader gave {given:g} and a re-check of the answer "
                                   f"handed in gives {score:g}; cells moved or deleted, or a key changed since "
                                   "grading, can do this, so look at it by hand"))
    return found


def bar_chart(labels: list[str], series: dict[str, list[float]], path: Path, *, title: str, xlabel: str,
              alt_title: str) -> Path:
    """Horizontal bars on a 0–100 % scale that read without colour: hatched, each with its value written on it.

    With one series each bar gets its own hatch; with several (say before and
    after), each series keeps one hatch and the legend names it. The PNG's
    Title and Description metadata carry every value, as a text alternative.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(series)
    height = 0.8 / len(names)
    figure, axes = plt.subplots(figsize=(8, 0.6 * len(labels) * len(names) + 1.5))
    for number, name in enumerate(names):
        offsets = [row + (number - (len(names) - 1) / 2) * height for row in range(len(labels))]
        bars = axes.barh(offsets, series[name], height=height, color="white", edgecolor="black",
                         label=name if len(names) > 1 else None)
        for row, (bar, value) in enumerate(zip(bars, series[name])):
            bar.set_hatch(HATCHES[(row if len(names) == 1 else number) % len(HATCHES)])
            axes.text(min(value, 88) + 1, bar.get_y() + bar.get_height() / 2, f"{value:.0f}%", va="center",
                      bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})  # readable over a hatch
    axes.set_yticks(range(len(labels)), labels)
    axes.set_xlim(0, 100)
    axes.invert_yaxis()
    axes.set_xlabel(xlabel)
    axes.set_title(title)
    if len(names) > 1:
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=len(names), frameon=False)
    figure.tight_layout()
    values = [f"{label}{f', {name}' if len(names) > 1 else ''}: {series[name][row]:.0f}%"
              for row, label in enumerate(labels) for name in names]
    figure.savefig(path, dpi=100, bbox_inches="tight", metadata={"Title": alt_title, "Description": "; ".join(values)})
    plt.close(figure)
    return path


def chart(analysis: pd.DataFrame, path: Path) -> Path:
    """Mean score per exercise as a share of its points: hatched bars with the value written on each.

    An exercise without a mean yet (written answers still waiting for your marking, see :func:`item_analysis`)
    is left out, not drawn as 0 %: it is not hard, only unmarked.
    """
    graded = analysis[analysis["mean_score"].notna()]
    waiting = len(analysis) - len(graded)
    labels = [f"{row.lesson}: {row.exercise}" for row in graded.itertuples()]
    shares = (graded["mean_score"] / graded["points"] * 100).tolist()
    title = "Which exercises the class found hard (shorter bar = harder)"
    if waiting:
        title += f"\n{counted(waiting, 'exercise')} waiting for your marking not shown"
    return bar_chart(labels, {"mean score": shares}, path, title=title,
                     xlabel="Mean score, as % of the exercise's points", alt_title="Mean score per exercise")


def student_totals(grades: pd.DataFrame) -> pd.DataFrame:
    """Per student and lesson: points so far out of the points graded so far, and what still waits for you."""
    graded = grades[~grades["waiting_for_teacher"]]
    totals = graded.groupby(["lesson", "student"]).agg(score=("score", "sum"), graded_points=("points", "sum"))
    waiting = grades.groupby(["lesson", "student"])["waiting_for_teacher"].sum().rename("waiting_for_teacher")
    table = totals.join(waiting, how="outer").fillna({"score": 0, "graded_points": 0, "waiting_for_teacher": 0})
    table["percent"] = (table["score"] / table["graded_points"] * 100).where(table["graded_points"] > 0)
    return table.reset_index()


def _percent(value: float) -> str:
    return "-" if pd.isna(value) else f"{value:.0f}%"


def exercises_text(analysis: pd.DataFrame) -> str:
    """The exercises as a table for the terminal (shares as % of the points), then what waits for marking."""
    if analysis.empty:
        return "  no grades yet"
    shown = pd.DataFrame({
        "lesson": analysis["lesson"], "exercise": analysis["exercise"], "points": analysis["points"],
        "graded": analysis["students"],
        "mean": (analysis["mean_score"] / analysis["points"] * 100).map(_percent),
        "full marks": (analysis["full_marks"] * 100).map(_percent),
        "zero": (analysis["zero"] * 100).map(_percent),
        "waiting for marking": analysis["waiting_for_teacher"],
    })
    waiting = analysis[analysis["waiting_for_teacher"] > 0]
    lines = [shown.to_string(index=False), "", "Waiting for your marking (Formgrader, Manual Grading):"]
    lines += [f"  {row.lesson} / {row.exercise}: {row.waiting_for_teacher} "
              f"{'answer waits' if row.waiting_for_teacher == 1 else 'answers wait'} for your marking"
              for row in waiting.itertuples()] or ["  nothing"]
    return "\n".join(lines)


def write_report(root: Path, lesson: str | None, out: Path) -> tuple[str, list[Path]]:
    """The printable report, and the files written beside it (tables as CSV, chart as PNG).

    Raises :class:`CannotReport` when the gradebook cannot be read, or has no grades for ``lesson`` (or for any
    lesson).
    """
    grades = grades_table(root, lesson)
    if grades.empty:
        raise CannotReport(_nothing_graded(root, lesson))
    out.mkdir(parents=True, exist_ok=True)
    stem = f"report-{lesson or 'all'}"
    analysis = item_analysis(grades)
    totals = student_totals(grades)
    csv, students_csv, png = out / f"{stem}.csv", out / f"{stem}-students.csv", out / f"{stem}.png"
    analysis.to_csv(csv, index=False)
    totals.to_csv(students_csv, index=False)
    chart(analysis, png)
    people = pd.DataFrame({
        "lesson": totals["lesson"], "student": totals["student"],
        "score": totals["score"].round(2).astype(str) + " of " + totals["graded_points"].round(2).astype(str),
        "percent": totals["percent"].map(_percent), "waiting for marking": totals["waiting_for_teacher"].astype(int),
    })
    attention = needs_attention(root, lesson, grades)
    lines = ["Exercises (mean, full marks and zero as % of the students graded; '-' = not yet, because answers "
             "wait for your marking):", exercises_text(analysis), ""]
    lines += ["Students (points so far, of the points graded so far; for the gradebook as a spreadsheet, "
              "run nbgrader export):", people.to_string(index=False), ""]
    lines += ["Needs your attention:"] + ([f"  - {item}" for item in attention] or ["  nothing"])
    return "\n".join(lines), [csv, students_csv, png]


def _nothing_graded(root: Path, lesson: str | None) -> str:
    """Why the report is empty, in one sentence that says what to do."""
    if lesson is None:
        return (f"Nothing has been graded yet in {root}: grade a lesson first (medialit grade LESSON), then run "
                "medialit report again.")
    known = lessons_in(root)
    if lesson not in known:
        return (f"There is no lesson called {lesson!r} in the gradebook of {root} (it has "
                + (", ".join(known) if known else "no lessons yet") + "), so nothing of it has been graded.")
    return f"Nothing of {lesson} has been graded yet: grade it first (medialit grade {lesson}), then run medialit report again."
