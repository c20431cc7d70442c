"""Did the lessons help? Each student's two skill checks, compared.

Students take two parallel forms, ``skill-check-a`` and ``skill-check-b``: one
before lesson 1, the other after lesson 5, and a teacher may give half the
class each form first. So which form came first is read from each student's
hand-in times in the gradebook, never assumed. Those times are the teacher's
side's own: medialit's collect replaces the ``timestamp.txt`` a student writes
with the time the teacher's machine saw the hand-in last change (see
:mod:`medialit.classroom.collect`), so no file a student writes swaps before and after.
Both forms hold the same items:
autograded cells whose names start with the skill they measure (``sources_``,
``framing_``, ``figures_``) followed by the item's name.

Scores are shares of points (0–100 %), per skill and overall; a gain is the
second share minus the first, in percentage points, with a paired t interval
for the class mean, where the class can give one: with fewer than
:data:`MIN_PAIRS` students, or with every gain the same (no spread), the
report says plainly that luck cannot be told from learning instead. Students
who cannot be paired are listed, never dropped.

The same summary is given for each order apart (A first, B first), because
a teacher who gives half the class each form first can then see whether
one form is harder: it makes one order's gain too big and the other's too
small, and the average of the two gains cancels it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..content.wording import counted

#: The two parallel forms, as nbgrader assignment names.
FORMS = ("skill-check-a", "skill-check-b")
#: The skills, in the order the report shows them; an item's grade id is ``<skill>_<item>``.
SKILLS = ("sources", "framing", "figures")
OVERALL = "overall"
#: Shares are sums of float scores: a difference smaller than this is no change.
TOLERANCE = 1e-9
#: Fewer paired students than this get no interval: a t interval from so few rests wholly on the gains being
#: spread like a bell curve, which a handful of students cannot show (with 2 it spans most of the scale).
MIN_PAIRS = 5
SUMMARY_COLUMNS = ["skill", "n", "mean_before", "mean_after", "mean_gain", "ci_low", "ci_high",
                   "improved", "same", "worse"]
ORDER_IN_PLAIN_WORDS = (
    "Which form came first: for each student, the one handed in earlier, by the time this computer's clock gave "
    "each hand-in when your collect took it (never by the timestamp.txt a student writes).")
INTERVAL_IN_PLAIN_WORDS = (
    "How sure is the gain? The 95% interval is the range the class's true average gain most likely lies in "
    "(worked out this way, such ranges catch it 95 times in 100); if the whole range is above 0, the "
    "improvement is unlikely to be luck.")


class GainError(Exception):
    """A problem that stops the report, said in one plain sentence."""


@dataclass(frozen=True)
class Unpaired:
    student: str
    problem: str

    def __str__(self) -> str:
        return f"{self.student}: {self.problem}"


def read_skill_checks(root: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every skill-check hand-in (form, student, name, time) and every skill item's grade, from the gradebook.

    Grade cells with other names (a teacher's own questions, say) are not skill
    items and are left out here; grades still waiting for a teacher are kept
    but marked, so the pairing can leave them out of both forms alike.
    """
    from nbgrader.api import Gradebook
    from sqlalchemy.exc import SQLAlchemyError

    from .course import gradebook_url, put_environment_on_path

    put_environment_on_path()  # an empty gradebook.db makes nbgrader start `alembic`
    handed_in, grades = [], []
    try:
        with Gradebook(gradebook_url(root)) as gradebook:
            for assignment in gradebook.assignments:
                if assignment.name not in FORMS:
                    continue
                for submission in assignment.submissions:
                    student = submission.student
                    full_name = " ".join(filter(None, [student.first_name, student.last_name]))
                    handed_in.append({"form": assignment.name, "student": student.id,
                                      "name": f"{full_name} ({student.id})" if full_name else student.id,
                                      "timestamp": submission.timestamp})
                    grades += _skill_grades(assignment.name, student.id, submission)
    except SQLAlchemyError as problem:
        raise GainError(f"The gradebook of {root} could not be read as nbgrader's gradebook "
                        f"({type(problem).__name__}); check that it is the right file or database.") from None
    return (pd.DataFrame(handed_in, columns=["form", "student", "name", "timestamp"]),
            pd.DataFrame(grades, columns=["form", "student", "skill", "item", "score", "points", "waiting"]))


def _skill_grades(form: str, student: str, submission) -> list[dict]:
    """One row per skill item in one hand-in; the item is the part of the grade id after ``<skill>_``."""
    rows = []
    for notebook in submission.notebooks:
        for grade in notebook.grades:
            skill, _, item = grade.name.partition("_")
            if skill in SKILLS and item:
                rows.append({"form": form, "student": student, "skill": skill, "item": grade.name,
                             "score": grade.score, "points": grade.max_score,
                             "waiting": bool(grade.needs_manual_grade)})
    return rows


def pair_forms(handed_in: pd.DataFrame) -> tuple[pd.DataFrame, list[Unpaired]]:
    """Each student's first and second form, by hand-in time; those who cannot be paired, with the reason.

    The first form is the one handed in earlier. With a time missing, or both
    times equal, the order is unknown: the student is listed, not guessed at.
    """
    pairs, unpaired = [], []
    for student, theirs in handed_in.groupby("student", sort=True):
        times = theirs.set_index("form")["timestamp"]
        name = theirs["name"].iloc[0]
        if len(times) < len(FORMS):
            missing = ", ".join(form for form in FORMS if form not in times.index)
            unpaired.append(Unpaired(name, f"took only {', '.join(times.index)}; {missing} is missing"))
        elif times.isna().any():
            unpaired.append(Unpaired(name, f"took both forms, but nbgrader has no hand-in time for "
                                           f"{', '.join(times[times.isna()].index)}, so which came first is unknown"))
        elif times.nunique() < len(times):
            unpaired.append(Unpaired(name, f"took both forms with the same hand-in time ({_when(times.iloc[0])}), "
                                           "so which came first is unknown"))
        else:
            order = times.sort_values()
            pairs.append({"student": student, "name": name, "pre_form": order.index[0], "post_form": order.index[-1],
                          "pre_time": order.iloc[0], "post_time": order.iloc[-1]})
    return pd.DataFrame(pairs, columns=["student", "name", "pre_form", "post_form", "pre_time", "post_time"]), unpaired


def _when(timestamp) -> str:
    return pd.Timestamp(timestamp).strftime("%Y-%m-%d %H:%M")


def paired_items(grades: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per paired student and item, with the first-form and second-form score side by side.

    Only items graded in both of a student's forms are kept, so before and
    after always measure the same items (an answer waiting for a teacher
    leaves that item out of both).
    """
    graded = grades[~grades["waiting"] & (grades["points"] > 0)]  # a 0-point item has no share to compare
    sides = []
    for side in ("pre", "post"):
        chosen = pairs[["student", f"{side}_form"]].rename(columns={f"{side}_form": "form"})
        sides.append(graded.merge(chosen, on=["student", "form"])
                     .rename(columns={"score": f"{side}_score", "points": f"{side}_points"})
                     .drop(columns=["form", "waiting"]))
    return sides[0].merge(sides[1], on=["student", "skill", "item"])


def student_scores(items: pd.DataFrame) -> pd.DataFrame:
    """Per paired student, per skill and overall: share of points before and after (%), and the gain."""
    by_skill = items.groupby(["student", "skill"], as_index=False)[["pre_score", "pre_points", "post_score", "post_points"]].sum()
    overall = by_skill.groupby("student", as_index=False)[["pre_score", "pre_points", "post_score", "post_points"]].sum()
    totals = pd.concat([by_skill, overall.assign(skill=OVERALL)], ignore_index=True)
    return pd.DataFrame({
        "student": totals["student"],
        "skill": totals["skill"],
        "before": totals["pre_score"] / totals["pre_points"] * 100,
        "after": totals["post_score"] / totals["post_points"] * 100,
    }).assign(gain=lambda scores: scores["after"] - scores["before"])


def gain_summary(scores: pd.DataFrame, confidence: float = 0.95) -> pd.DataFrame:
    """Per skill and overall: n, class means before and after, mean gain with its paired t interval, and counts.

    The interval is mean gain ± t × (spread of the gains / √n), with t from
    Student's t distribution on n − 1 degrees of freedom. It is left empty
    (NaN) for fewer than :data:`MIN_PAIRS` students, and where every gain is
    the same: a zero-width interval would claim a certainty nobody has
    (:func:`how_sure` says why in words).
    """
    from scipy import stats

    if scores.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    summary = scores.groupby("skill").agg(
        n=("gain", "size"),
        mean_before=("before", "mean"),
        mean_after=("after", "mean"),
        mean_gain=("gain", "mean"),
        spread=("gain", "std"),
        improved=("gain", lambda gain: int((gain > TOLERANCE).sum())),
        worse=("gain", lambda gain: int((gain < -TOLERANCE).sum())),
    )
    summary["same"] = summary["n"] - summary["improved"] - summary["worse"]
    half_width = stats.t.ppf((1 + confidence) / 2, summary["n"] - 1) * summary["spread"] / summary["n"] ** 0.5
    known = (summary["n"] >= MIN_PAIRS) & (summary["spread"] > TOLERANCE)
    summary["ci_low"] = (summary["mean_gain"] - half_width).where(known)
    summary["ci_high"] = (summary["mean_gain"] + half_width).where(known)
    order = [skill for skill in (*SKILLS, OVERALL) if skill in summary.index]
    return summary.loc[order].reset_index()[SUMMARY_COLUMNS]


def gain_by_order(scores: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """The summary of :func:`gain_summary` once per first form: the students who took A first, then B first.

    If one form is harder, the gain of those who took it first is too big and
    the other group's too small by the same amount; the overall gain hides
    that when the groups are of equal size, these two show it.
    """
    first = scores["student"].map(pairs.set_index("student")["pre_form"])
    parts = [gain_summary(scores[first == form]).assign(first_form=form) for form in FORMS]
    return pd.concat([part for part in parts if len(part)] or parts[:1], ignore_index=True)[["first_form", *SUMMARY_COLUMNS]]


def order_text(by_order: pd.DataFrame) -> list[str]:
    """Each order's table, and what the two overall gains say together when both orders were taken."""
    lines = ["", "By which form came first (each group's own before and after):"]
    for form, part in by_order.groupby("first_form", sort=False):
        n = int(part.loc[part["skill"] == OVERALL, "n"].iloc[0])
        lines += ["", f"{counted(n, 'student')} took {form} first:", summary_text(part.reset_index(drop=True))]
    overall = by_order[by_order["skill"] == OVERALL].set_index("first_form")["mean_gain"]
    if len(overall) == len(FORMS):
        lines += ["", f"Averaged over the two orders, the overall gain is {_signed(overall.mean())} points: a difference "
                  "between the forms counts once for and once against, so it cancels out.",
                  f"The two orders differ by {abs(overall.iloc[0] - overall.iloc[1]):.1f} points: part of that is chance "
                  "and the two groups being different students; a big difference can also mean one form is harder."]
    return lines


def most_missed(items: pd.DataFrame) -> pd.DataFrame:
    """Per item: the share of paired students without full marks on their second form, most missed first."""
    missed = items.assign(missed=items["post_score"] < items["post_points"] - TOLERANCE)
    table = missed.groupby("item", as_index=False).agg(missed=("missed", "mean"), students=("missed", "size"),
                                                       missed_by=("missed", "sum"))
    return table.sort_values(["missed", "item"], ascending=[False, True], ignore_index=True)


def chart(summary: pd.DataFrame, path: Path) -> Path:
    """Before and after bars per skill, hatched and labelled (see :func:`medialit.classroom.report.bar_chart`)."""
    from .report import bar_chart

    labels = [f"{row.skill} (n={row.n})" for row in summary.itertuples()]
    return bar_chart(labels, {"before": summary["mean_before"].tolist(), "after": summary["mean_after"].tolist()},
                     path, title="Skill check: class mean before and after the lessons",
                     xlabel="Mean score, as % of the skill's points", alt_title="Skill check: before and after, per skill")


def _signed(value: float) -> str:
    return "–" if pd.isna(value) else f"{value:+.1f}"


def summary_text(summary: pd.DataFrame) -> str:
    """The summary as a table for the terminal: whole percentages, gains with a sign, the interval as a range."""
    shown = pd.DataFrame({
        "skill": summary["skill"],
        "n": summary["n"],
        "before": summary["mean_before"].map("{:.1f}%".format),
        "after": summary["mean_after"].map("{:.1f}%".format),
        "gain": summary["mean_gain"].map(_signed),
        "95% interval": [_interval(row) for row in summary.itertuples()],
        "improved": summary["improved"],
        "same": summary["same"],
        "worse": summary["worse"],
    })
    return shown.to_string(index=False)


def _interval(row) -> str:
    if pd.notna(row.ci_low):
        return f"{_signed(row.ci_low)} to {_signed(row.ci_high)}"
    return "too few to tell" if row.n < MIN_PAIRS else "all the same"


def how_sure(summary: pd.DataFrame) -> list[str]:
    """What the 95% intervals can say, in plain sentences: how to read them, or why a skill has none."""
    lines = [INTERVAL_IN_PLAIN_WORDS] if summary["ci_low"].notna().any() else []
    too_few = summary[summary["n"] < MIN_PAIRS]
    for n, rows in too_few.groupby("n", sort=True):
        where = "" if OVERALL in set(rows["skill"]) else f" in {_and(rows['skill'])}"  # overall: the whole class
        lines.append(f"With {counted(int(n), 'paired student')}{where} the class is too small to tell luck from "
                     f"learning, so no 95% interval is shown (it takes at least {MIN_PAIRS}).")
    alike = summary[(summary["n"] >= MIN_PAIRS) & summary["ci_low"].isna()]
    if len(alike):
        gains = [f"{row.skill} ({_signed(row.mean_gain)} points)" for row in alike.itertuples()]
        lines.append(f"Every paired student gained the same in {_and(gains)}, so there is no spread to tell luck "
                     f"from learning, and no 95% interval is shown for {'it' if len(alike) == 1 else 'them'}.")
    return lines


def _and(words) -> str:
    words = list(words)
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]


def _left_out(grades: pd.DataFrame, pairs: pd.DataFrame, items: pd.DataFrame) -> list[str]:
    """Lines that say which answers of paired students were not compared, and why."""
    theirs = grades[grades["student"].isin(pairs["student"])]
    lines = []
    waiting = int(theirs["waiting"].sum())
    if waiting:
        lines.append(f"{waiting} {'answer is' if waiting == 1 else 'answers are'} still waiting for a teacher; "
                     "each such item was left out of both of that student's forms.")
    per_form = theirs.groupby("form")["item"].agg(set)
    if len(per_form) == len(FORMS) and per_form.iloc[0] != per_form.iloc[1]:
        only = {form: sorted(per_form[form] - per_form[other]) for form, other in zip(FORMS, reversed(FORMS))}
        lines += [f"Items only in {form}, so never compared: {', '.join(names)}." for form, names in only.items() if names]
    return lines


def write_gain_report(root: Path, out: Path, top: int = 5) -> tuple[str, list[Path]]:
    """The printable gain report, and the files written beside it (summary as CSV, chart as PNG).

    Raises :class:`GainError` when the gradebook holds no skill-check hand-ins
    or no skill items: there is then nothing to compare.
    """
    handed_in, grades = read_skill_checks(root)
    if handed_in.empty:
        raise GainError(f"Nobody has handed in {FORMS[0]} or {FORMS[1]} in this gradebook yet: collect and "
                        "autograde them first, then run this again.")
    if grades.empty:
        raise GainError(f"{FORMS[0]} and {FORMS[1]} have no autograded items whose names start with "
                        f"{', '.join(s + '_' for s in SKILLS)} so there is nothing to compare.")
    pairs, unpaired = pair_forms(handed_in)
    items = paired_items(grades, pairs)
    scores = student_scores(items)
    unpaired += [Unpaired(row.name, "took both forms, but no item has been graded in both yet")
                 for row in pairs.itertuples() if row.student not in set(scores["student"])]
    pairs = pairs[pairs["student"].isin(scores["student"])]
    summary = gain_summary(scores)

    by_order = gain_by_order(scores, pairs)

    out.mkdir(parents=True, exist_ok=True)
    csv, png = out / "skill-check-gain.csv", out / "skill-check-gain.png"
    order_csv = out / "skill-check-gain-by-order.csv"
    summary.round(2).to_csv(csv, index=False)
    by_order.round(2).to_csv(order_csv, index=False)
    files = [csv, order_csv] + ([chart(summary, png)] if len(summary) else [])

    first = pairs["pre_form"].value_counts()
    lines = ["Skill check: each student's first form against their second (share of points; gain in percentage points)",
             ORDER_IN_PLAIN_WORDS]
    if len(summary):
        lines += [f"{counted(len(pairs), 'student')} paired: " + ", ".join(f"{first.get(form, 0)} took {form} first" for form in FORMS) + ".",
                  summary_text(summary), "", *how_sure(summary), *order_text(by_order)]
    else:
        lines += ["Nobody can be paired yet (see below), so there is no gain to show."]
    lines += _left_out(grades, pairs, items)
    lines += ["", "Not paired, so not counted above:"] + ([f"  - {item}" for item in unpaired] or ["  nobody"])
    missed = most_missed(items)
    missed = missed[missed["missed"] > 0].head(top)
    lines += ["", "Items most students still miss on their second form (share without full marks):"]
    lines += [f"  {row.item}: {row.missed:.0%} ({row.missed_by} of {row.students})" for row in missed.itertuples()] or (
        ["  none: every paired student had full marks on every item"] if len(items) else ["  nobody paired yet"])
    return "\n".join(lines), files
