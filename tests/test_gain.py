"""`medialit gain` on a simulated class whose gains are known in advance, in a real nbgrader gradebook.

24 students take both skill checks, half form A first and half form B first.
Each student's first-form share per skill is drawn with a fixed seed; the
second-form share is that plus a gain drawn around a known true mean gain
per skill. Every expected value below is computed from those drawn numbers,
not from the gradebook or from medialit.classroom.gain. Three more students cannot be
paired (one form only; equal hand-in times; no hand-in time) and carry full
marks, so counting them by mistake would move every mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image
from scipy import stats

from medialit.classroom.cli import main
from medialit.classroom.course import put_environment_on_path
from medialit.classroom.gain import (
    INTERVAL_IN_PLAIN_WORDS,
    SUMMARY_COLUMNS,
    GainError,
    gain_by_order,
    gain_summary,
    how_sure,
    most_missed,
    pair_forms,
    paired_items,
    read_skill_checks,
    student_scores,
    summary_text,
    write_gain_report,
)

A, B = "skill-check-a", "skill-check-b"
#: A 95 % interval misses the true mean gain in about 1 class in 20 (seed 20250901 is one such class, for
#: framing); this seed is one where it does not, and the coverage test below checks many seeds.
SEED = 20250902
#: Item points per skill; the grade id is "<skill>_<item>" in both forms.
ITEMS = {"sources": {"named": 2, "unnamed": 1}, "framing": {"loaded": 2, "technique": 3},
         "figures": {"unsourced": 1, "promise": 2}}
POINTS = {skill: sum(items.values()) for skill, items in ITEMS.items()}
#: The true mean gain per skill, in percentage points; the gains are drawn around it.
TRUE_GAIN = {"sources": 20, "framing": 10, "figures": 0}
TRUE_OVERALL_GAIN = sum(TRUE_GAIN[s] * POINTS[s] for s in ITEMS) / sum(POINTS.values())
SPREAD = 8
#: Chance that a student's second form fills the skill's first item before its second.
FILLS_FIRST_ITEM = {"sources": 0.85, "framing": 0.5, "figures": 0.15}
#: Students whose figures gain is set to exactly 0, so "same" is known to be at least this.
NO_FIGURES_GAIN = {"s03", "s17"}
#: Grade cells that are not skill items: a teacher's written question and another autograded cell.
OTHER_CELLS = {"reflection_why": 4, "bonus_quiz": 2}
EARLY, LATE = datetime(2025, 9, 1, 9, 0), datetime(2025, 11, 10, 9, 0)


@dataclass
class Taker:
    """One student: their forms, each with a hand-in time and a score per grade cell (None: waiting)."""

    id: str
    forms: dict[str, tuple[datetime | None, dict[str, float | None]]]
    first_name: str | None = None
    last_name: str | None = None
    first_form: str | None = None
    pre: dict[str, float] = field(default_factory=dict)  # share per skill, 0-1
    gain: dict[str, int] = field(default_factory=dict)  # percentage points per skill


def pre_items(shares: dict[str, float]) -> dict[str, float]:
    """First form: each item gets the skill's share of its points, so no item has full marks."""
    return {f"{skill}_{item}": shares[skill] * points for skill, items in ITEMS.items() for item, points in items.items()}


def post_items(shares: dict[str, float], first_item_first: dict[str, bool]) -> dict[str, float]:
    """Second form: the skill's points are filled one item at a time, so some items reach full marks."""
    scores = {}
    for skill, items in ITEMS.items():
        left = shares[skill] * POINTS[skill]
        order = list(items) if first_item_first[skill] else list(reversed(items))
        for item in order:
            scores[f"{skill}_{item}"] = min(items[item], left)
            left -= scores[f"{skill}_{item}"]
    return scores


def others(waiting: bool = True) -> dict[str, float | None]:
    """The cells the report must ignore: the written one waits for a teacher, the other has full marks."""
    return {"reflection_why": None if waiting else OTHER_CELLS["reflection_why"], "bonus_quiz": OTHER_CELLS["bonus_quiz"]}


def simulated_class(seed: int = SEED) -> list[Taker]:
    rng = np.random.default_rng(seed)
    takers = []
    for number in range(1, 25):
        sid = f"s{number:02d}"
        first, second = (A, B) if number <= 12 else (B, A)
        pre = {skill: rng.uniform(0.3, 0.55) for skill in ITEMS}
        gain = {skill: int(round(TRUE_GAIN[skill] + SPREAD * np.clip(rng.standard_normal(), -2.5, 2.5))) for skill in ITEMS}
        if sid in NO_FIGURES_GAIN:
            gain["figures"] = 0
        post = {skill: pre[skill] + gain[skill] / 100 for skill in ITEMS}
        fills = {skill: bool(rng.random() < FILLS_FIRST_ITEM[skill]) for skill in ITEMS}
        forms = {first: (EARLY + timedelta(minutes=number), pre_items(pre) | others()),
                 second: (LATE + timedelta(minutes=number), post_items(post, fills) | others())}
        takers.append(Taker(sid, forms, first_form=first, pre=pre, gain=gain))
    full = {f"{skill}_{item}": points for skill, items in ITEMS.items() for item, points in items.items()} | others(False)
    takers += [
        Taker("only_b", {B: (EARLY, full)}, "Noor", "Haddad"),
        Taker("same_time", {A: (LATE, full), B: (LATE, full)}, "Lea", "Brandt"),
        Taker("no_time", {A: (EARLY, full), B: (None, full)}, "Tomás", "Ruiz"),
    ]
    return takers


def build_gradebook(root: Path, takers: list[Taker], forms=(A, B), cells: dict[str, int] | None = None) -> Path:
    """A real nbgrader gradebook, filled the way autograding fills it: one submission per form, a score per cell."""
    from nbgrader.api import Gradebook

    put_environment_on_path()  # a new gradebook makes nbgrader start `alembic`
    cells = cells or ({f"{skill}_{item}": points for skill, items in ITEMS.items() for item, points in items.items()}
                      | OTHER_CELLS)
    root.mkdir(parents=True, exist_ok=True)
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        for form in forms:
            gradebook.add_assignment(form)
            gradebook.add_notebook(form, form)
            for name, points in cells.items():
                gradebook.add_grade_cell(name, form, form, max_score=points,
                                         cell_type="markdown" if name.startswith("reflection") else "code")
        for taker in takers:
            gradebook.add_student(taker.id, first_name=taker.first_name, last_name=taker.last_name)
            for form, (when, scores) in taker.forms.items():
                gradebook.add_submission(form, taker.id, **({"timestamp": when} if when else {}))
                for name, score in scores.items():
                    grade = gradebook.find_grade(name, form, form, taker.id)
                    grade.auto_score = score
                    grade.needs_manual_grade = score is None
        gradebook.db.commit()
    return root


TAKERS = simulated_class()
PAIRED = [taker for taker in TAKERS if taker.first_form]


def expected_summary(takers: list[Taker] | None = None) -> pd.DataFrame:
    """Class means and gains from the drawn numbers alone, per skill and overall (weighted by points)."""
    takers = PAIRED if takers is None else takers
    rows = {}
    for skill in (*ITEMS, "overall"):
        if skill == "overall":
            before = [sum(t.pre[s] * POINTS[s] for s in ITEMS) / sum(POINTS.values()) * 100 for t in takers]
            gain = [sum(t.gain[s] * POINTS[s] for s in ITEMS) / sum(POINTS.values()) for t in takers]
        else:
            before = [t.pre[skill] * 100 for t in takers]
            gain = [t.gain[skill] for t in takers]
        after = [b + g for b, g in zip(before, gain)]
        interval = stats.ttest_rel(after, before).confidence_interval(0.95)
        rows[skill] = {"n": len(takers), "mean_before": np.mean(before), "mean_after": np.mean(after),
                       "mean_gain": np.mean(gain), "ci_low": interval.low, "ci_high": interval.high,
                       "improved": sum(g > 0 for g in gain), "same": sum(g == 0 for g in gain),
                       "worse": sum(g < 0 for g in gain)}
    return pd.DataFrame.from_dict(rows, orient="index")


EXPECTED = expected_summary()


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    return build_gradebook(tmp_path_factory.mktemp("skill-check"), TAKERS)


@pytest.fixture(scope="module")
def summary(course) -> pd.DataFrame:
    handed_in, grades = read_skill_checks(course)
    pairs, _ = pair_forms(handed_in)
    return gain_summary(student_scores(paired_items(grades, pairs))).set_index("skill")


@pytest.fixture(scope="module")
def report(course, tmp_path_factory):
    """The printed text and the files written, for the whole simulated class."""
    return write_gain_report(course, tmp_path_factory.mktemp("reports"))


def test_the_simulated_class_is_what_the_tests_assume():
    """Half of the paired students took each form first, and the drawn gains vary (some fell, some stayed)."""
    assert len(PAIRED) == 24 and sum(t.first_form == B for t in PAIRED) == 12
    assert EXPECTED.loc["figures", "worse"] > 0 and EXPECTED.loc["figures", "same"] >= len(NO_FIGURES_GAIN)
    assert all(0 < t.pre[s] + t.gain[s] / 100 < 1 for t in PAIRED for s in ITEMS), "no share was clipped"


def test_class_means_and_mean_gains_match_the_drawn_scores(summary):
    assert list(summary.index) == ["sources", "framing", "figures", "overall"]
    for skill, expected in EXPECTED.iterrows():
        assert summary.loc[skill, "n"] == 24
        for column in ("mean_before", "mean_after", "mean_gain"):
            assert summary.loc[skill, column] == pytest.approx(expected[column], abs=1e-9), (skill, column)


def test_the_interval_is_the_paired_t_interval_and_holds_the_true_mean_gain(summary):
    for skill, expected in EXPECTED.iterrows():
        assert summary.loc[skill, "ci_low"] == pytest.approx(expected["ci_low"], abs=1e-9)
        assert summary.loc[skill, "ci_high"] == pytest.approx(expected["ci_high"], abs=1e-9)
        true_gain = TRUE_OVERALL_GAIN if skill == "overall" else TRUE_GAIN[skill]
        assert summary.loc[skill, "ci_low"] < true_gain < summary.loc[skill, "ci_high"], skill
    assert summary.loc["sources", "ci_low"] > 0, "a gain of 20 points with a spread of 8 is clearly above 0"
    assert summary.loc["figures", "ci_low"] < 0 < summary.loc["figures", "ci_high"], "no true gain: the interval holds 0"


def test_across_many_classes_the_interval_holds_the_true_mean_gain_about_95_times_in_100():
    """The single class above is one draw; over 300 simulated classes the interval must catch the truth ~95 %."""
    caught, classes = {skill: 0 for skill in ITEMS}, range(300)
    for seed in classes:
        rows = [{"student": t.id, "skill": skill, "before": t.pre[skill] * 100,
                 "after": t.pre[skill] * 100 + t.gain[skill], "gain": float(t.gain[skill])}
                for t in simulated_class(seed) if t.first_form for skill in ITEMS]
        summary = gain_summary(pd.DataFrame(rows)).set_index("skill")
        for skill in ITEMS:
            caught[skill] += summary.loc[skill, "ci_low"] < TRUE_GAIN[skill] < summary.loc[skill, "ci_high"]
    for skill, hits in caught.items():
        assert 0.91 <= hits / len(classes) <= 0.99, (skill, hits)


def test_improved_same_and_worse_are_counted_per_student(summary):
    for skill, expected in EXPECTED.iterrows():
        counts = summary.loc[skill, ["improved", "same", "worse"]].tolist()
        assert counts == expected[["improved", "same", "worse"]].tolist(), skill
        assert sum(counts) == 24


def test_which_form_came_first_is_read_from_the_hand_in_times(course):
    handed_in, grades = read_skill_checks(course)
    pairs, _ = pair_forms(handed_in)
    pairs = pairs.set_index("student")
    scores = student_scores(paired_items(grades, pairs.reset_index())).set_index(["student", "skill"])
    for taker in PAIRED:
        assert pairs.loc[taker.id, "pre_form"] == taker.first_form
        assert scores.loc[(taker.id, "sources"), "before"] == pytest.approx(taker.pre["sources"] * 100)
        assert scores.loc[(taker.id, "sources"), "gain"] == pytest.approx(taker.gain["sources"])
    b_first = next(t for t in PAIRED if t.first_form == B)
    assert pairs.loc[b_first.id, ["pre_form", "post_form"]].tolist() == [B, A]


def test_the_gain_is_shown_for_each_order_of_the_forms(course, report):
    """A-first and B-first students apart, each group from its own drawn numbers, in the text and a CSV."""
    handed_in, grades = read_skill_checks(course)
    pairs, _ = pair_forms(handed_in)
    by_order = gain_by_order(student_scores(paired_items(grades, pairs)), pairs)
    assert by_order.columns.tolist() == ["first_form", *SUMMARY_COLUMNS]
    text, files = report
    table = pd.read_csv(next(f for f in files if f.name == "skill-check-gain-by-order.csv"))
    for form in (A, B):
        expected = expected_summary([t for t in PAIRED if t.first_form == form])
        theirs = by_order[by_order["first_form"] == form].set_index("skill")
        saved = table[table["first_form"] == form].set_index("skill")
        for skill, row in expected.iterrows():
            for column in SUMMARY_COLUMNS[1:]:
                assert theirs.loc[skill, column] == pytest.approx(row[column], abs=1e-9), (form, skill, column)
                assert saved.loc[skill, column] == pytest.approx(row[column], abs=0.0051), (form, skill, column)
        assert f"12 students took {form} first:" in text
    assert expected_summary([t for t in PAIRED if t.first_form == A]).loc["sources", "mean_gain"] != pytest.approx(
        expected_summary([t for t in PAIRED if t.first_form == B]).loc["sources", "mean_gain"]), "the groups differ"


def test_a_harder_form_shows_as_a_difference_between_the_orders_and_cancels_in_their_average(tmp_path):
    """Form B 40 points harder, the lessons worth +10: A-first students seem to lose 30, B-first gain 50."""
    takers = [Taker(f"a{n}", {A: (EARLY, {"sources_named": 6.0}), B: (LATE, {"sources_named": 3.0})}) for n in range(5)]
    takers += [Taker(f"b{n}", {B: (EARLY, {"sources_named": 2.0}), A: (LATE, {"sources_named": 7.0})}) for n in range(6)]
    root = build_gradebook(tmp_path, takers, cells={"sources_named": 10})
    text, _ = write_gain_report(root, tmp_path / "out")
    table = pd.read_csv(tmp_path / "out" / "skill-check-gain-by-order.csv").set_index(["first_form", "skill"])
    assert table.loc[(A, "overall"), ["n", "mean_gain"]].tolist() == [5, -30.0]
    assert table.loc[(B, "overall"), ["n", "mean_gain"]].tolist() == [6, 50.0]
    assert "5 students took skill-check-a first:" in text and "6 students took skill-check-b first:" in text
    assert ("Averaged over the two orders, the overall gain is +10.0 points: a difference between the forms counts "
            "once for and once against, so it cancels out.") in text
    assert "The two orders differ by 80.0 points" in text


def test_students_who_cannot_be_paired_are_listed_by_name_with_their_forms(course, report):
    handed_in, _ = read_skill_checks(course)
    _, unpaired = pair_forms(handed_in)
    problems = {item.student: item.problem for item in unpaired}
    assert set(problems) == {"Noor Haddad (only_b)", "Lea Brandt (same_time)", "Tomás Ruiz (no_time)"}
    assert problems["Noor Haddad (only_b)"] == f"took only {B}; {A} is missing"
    assert "same hand-in time (2025-11-10 09:00)" in problems["Lea Brandt (same_time)"]
    assert f"no hand-in time for {B}" in problems["Tomás Ruiz (no_time)"]
    text, _ = report
    for student, problem in problems.items():
        assert f"  - {student}: {problem}" in text


def test_most_missed_items_are_those_without_full_marks_on_the_second_form(course, report):
    handed_in, grades = read_skill_checks(course)
    pairs, _ = pair_forms(handed_in)
    table = most_missed(paired_items(grades, pairs))
    second = {t.id: t.forms[B if t.first_form == A else A][1] for t in PAIRED}
    cells = {f"{s}_{i}": p for s, items in ITEMS.items() for i, p in items.items()}
    missed = {cell: sum(second[t][cell] < points for t in second) / len(second) for cell, points in cells.items()}
    expected_order = sorted(missed, key=lambda cell: (-missed[cell], cell))
    assert table["item"].tolist() == expected_order
    assert table["missed"].tolist() == pytest.approx([missed[cell] for cell in expected_order])
    assert len(set(missed.values())) > 3, "the simulated class gives the items different shares"
    text, _ = report
    listed = text.split("Items most students still miss")[1]
    top = [cell for cell in expected_order if missed[cell] > 0][:5]
    assert [line.split(":")[0].strip() for line in listed.strip().splitlines()[1:]] == top


def test_the_csv_has_one_row_per_skill_and_overall(report):
    _, files = report
    table = pd.read_csv(next(f for f in files if f.suffix == ".csv")).set_index("skill")
    assert ["skill", *table.columns] == SUMMARY_COLUMNS
    assert list(table.index) == ["sources", "framing", "figures", "overall"]
    for skill, expected in EXPECTED.iterrows():
        for column in SUMMARY_COLUMNS[1:]:
            # rounded to 2 decimals; gains are multiples of 1/24, so some sit exactly on a half
            assert table.loc[skill, column] == pytest.approx(expected[column], abs=0.0051), (skill, column)


def test_the_chart_has_every_value_in_its_text_alternative(report):
    _, files = report
    with Image.open(next(f for f in files if f.suffix == ".png")) as chart:
        assert chart.width > 300
        assert chart.info["Title"].startswith("Skill check")
        description = chart.info["Description"]
    for skill, expected in EXPECTED.iterrows():
        assert f"{skill} (n=24), before: {expected['mean_before']:.0f}%" in description
        assert f"{skill} (n=24), after: {expected['mean_after']:.0f}%" in description


def test_the_text_explains_the_interval_and_shows_the_table(report):
    text, _ = report
    assert "24 students paired: 12 took skill-check-a first, 12 took skill-check-b first." in text
    assert "95 times in 100" in text
    for skill, expected in EXPECTED.iterrows():
        line = next(line for line in text.splitlines() if line.lstrip().startswith(f"{skill} "))
        numbers = [float(word.rstrip("%")) for word in line.split()[1:] if word != "to"]
        shown = dict(zip(["n", "mean_before", "mean_after", "mean_gain", "ci_low", "ci_high", "improved", "same", "worse"], numbers))
        for column, value in shown.items():
            assert value == pytest.approx(expected[column], abs=0.051), (skill, column)  # one decimal shown


def test_the_text_says_where_the_order_of_the_forms_comes_from(report):
    """From the times the teacher's collect recorded: a forged timestamp.txt is tried in test_exchange_accounts.py."""
    text, _ = report
    assert ("Which form came first: for each student, the one handed in earlier, by the time this computer's clock "
            "gave each hand-in when your collect took it (never by the timestamp.txt a student writes).") in text.splitlines()


def test_an_answer_waiting_for_a_teacher_leaves_its_item_out_of_both_forms(tmp_path):
    first = {"sources_named": 1.0, "sources_unnamed": 0.0, "framing_loaded": 1.0}
    second = {"sources_named": None, "sources_unnamed": 1.0, "framing_loaded": 2.0}
    takers = [Taker("kim", {A: (EARLY, first), B: (LATE, second)}), Taker("ali", {A: (LATE, first), B: (EARLY, second)})]
    root = build_gradebook(tmp_path, takers, cells={"sources_named": 2, "sources_unnamed": 1, "framing_loaded": 2})
    text, _ = write_gain_report(root, tmp_path / "out")
    table = pd.read_csv(tmp_path / "out" / "skill-check-gain.csv").set_index("skill")
    # kim: sources 0 of 1 -> 1 of 1 (sources_named left out); framing 1 of 2 -> 2 of 2. ali took B first.
    assert table.loc["sources", ["mean_before", "mean_after"]].tolist() == [50.0, 50.0]
    assert table.loc["sources", ["improved", "worse"]].tolist() == [1, 1]
    assert table.loc["overall", "mean_gain"] == pytest.approx(0.0)
    assert "2 answers are still waiting for a teacher" in text


def test_the_command_prints_the_report_and_writes_its_files(course, tmp_path, capsys):
    assert main(["gain", "--course", str(course), "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "Not paired, so not counted above:" in printed and "Noor Haddad (only_b)" in printed
    assert (tmp_path / "skill-check-gain.csv").is_file() and (tmp_path / "skill-check-gain.png").is_file()


def _one_plain_sentence(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err and err.rstrip().endswith(".")


def test_without_a_gradebook_the_command_says_what_to_do(tmp_path, capsys):
    assert main(["gain", "--course", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "There is no gradebook" in err and _one_plain_sentence(err)


def test_a_course_without_skill_checks_gets_a_sentence_not_a_crash(tmp_path, capsys):
    lesson = Taker("kim", {"00-start-here": (EARLY, {"named_sentences": 1.0})})
    root = build_gradebook(tmp_path, [lesson], forms=["00-start-here"], cells={"named_sentences": 1})
    with pytest.raises(GainError):
        write_gain_report(root, tmp_path / "out")
    assert main(["gain", "--course", str(root), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"Nobody has handed in {A} or {B}" in err and _one_plain_sentence(err)


def test_forms_without_skill_items_get_a_sentence(tmp_path, capsys):
    root = build_gradebook(tmp_path, [Taker("kim", {A: (EARLY, {"bonus_quiz": 1.0})})], cells={"bonus_quiz": 1})
    assert main(["gain", "--course", str(root), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "no autograded items whose names start with sources_, framing_, figures_" in err and _one_plain_sentence(err)


def test_when_nobody_can_be_paired_the_report_says_so_and_lists_everyone(tmp_path, capsys):
    takers = [Taker("kim", {A: (EARLY, {"sources_named": 1.0})}), Taker("ali", {B: (EARLY, {"sources_named": 2.0})})]
    root = build_gradebook(tmp_path, takers, cells={"sources_named": 2})
    assert main(["gain", "--course", str(root), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "Nobody can be paired yet" in printed
    assert f"  - kim: took only {A}; {B} is missing" in printed and f"  - ali: took only {B}; {A} is missing" in printed
    assert pd.read_csv(tmp_path / "out" / "skill-check-gain.csv").columns.tolist() == SUMMARY_COLUMNS


def test_a_file_that_is_not_a_gradebook_gets_a_sentence(tmp_path, capsys):
    (tmp_path / "gradebook.db").write_text("these are my notes, not a database\n" * 100)
    assert main(["gain", "--course", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "could not be read as nbgrader's gradebook" in err and _one_plain_sentence(err)



def _interval_cells(text: str) -> dict[str, str]:
    """The 95% interval column of a printed summary table, by skill."""
    header, *rows = text.splitlines()
    start, end = header.index("gain") + len("gain"), header.index("improved")
    return {row.split()[0]: row[start:end].strip() for row in rows}


def test_two_students_with_the_same_gain_are_told_the_class_is_too_small_not_a_zero_width_interval(tmp_path, capsys):
    """What the issue saw: "+66.7 to +66.7" beside "unlikely to be luck", for two students."""
    takers = [Taker(student, {A: (EARLY, {"sources_named": 1.0}), B: (LATE, {"sources_named": 3.0})})
              for student in ("kim", "ali")]
    root = build_gradebook(tmp_path, takers, cells={"sources_named": 3})
    assert main(["gain", "--course", str(root), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "With 2 paired students the class is too small to tell luck from learning" in printed
    assert "+66.7 to +66.7" not in printed and "unlikely to be luck" not in printed
    table = pd.read_csv(tmp_path / "out" / "skill-check-gain.csv").set_index("skill")
    assert table.loc["overall", "mean_gain"] == pytest.approx(66.67) and table[["ci_low", "ci_high"]].isna().all().all()


def _class_of(gains: dict[str, list[float]]) -> pd.DataFrame:
    """Per-student scores (as student_scores gives them), each student starting at 20 % in every skill."""
    rows = [{"student": f"s{number}", "skill": skill, "before": 20.0, "after": 20.0 + gain, "gain": gain}
            for skill, theirs in gains.items() for number, gain in enumerate(theirs)]
    return pd.DataFrame(rows)


@pytest.mark.parametrize(("gains", "said", "cells"), [
    ({"overall": [66.7, 66.7]}, ["With 2 paired students the class is too small to tell luck from learning, so no 95% "
                                 "interval is shown (it takes at least 5)."], {"overall": "too few to tell"}),
    ({"overall": [60.0, 73.3]}, ["With 2 paired students the class is too small"], {"overall": "too few to tell"}),
    ({"overall": [10.0, 0.0, 25.0, 5.0]}, ["With 4 paired students the class is too small"],
     {"overall": "too few to tell"}),
    ({"overall": [50.0]}, ["With 1 paired student the class is too small"], {"overall": "too few to tell"}),
    ({"sources": [66.7] * 6, "overall": [66.7] * 6},
     ["Every paired student gained the same in sources (+66.7 points) and overall (+66.7 points), so there is no "
      "spread to tell luck from learning, and no 95% interval is shown for them."],
     {"sources": "all the same", "overall": "all the same"}),
    ({"figures": [0.0] * 6}, ["Every paired student gained the same in figures (+0.0 points)"],
     {"figures": "all the same"}),
    ({"framing": [200 / 3 - 100 / 3, 100 - 200 / 3] * 3},  # the same gain, as floating point leaves it
     ["Every paired student gained the same in framing (+33.3 points)"],
     {"framing": "all the same"}),
    ({"sources": [10.0, 20.0, 30.0], "overall": [10.0, 20.0, 30.0, 40.0, 50.0]},
     ["With 3 paired students in sources the class is too small", INTERVAL_IN_PLAIN_WORDS],
     {"sources": "too few to tell"}),
])
def test_no_interval_where_the_class_is_too_small_or_every_gain_is_the_same(gains, said, cells):
    """A zero-width interval ("+66.7 to +66.7") beside "unlikely to be luck", or a t interval from a handful of
    students, claims a certainty such a class cannot give: the report says so in a plain sentence instead."""
    summary = gain_summary(_class_of(gains)).set_index("skill")
    text = "\n".join([summary_text(summary.reset_index()), *how_sure(summary.reset_index())])
    for sentence in said:
        assert sentence in text, text
    shown = _interval_cells(summary_text(summary.reset_index()))
    assert {skill: shown[skill] for skill in cells} == cells
    assert summary.loc[list(cells), ["ci_low", "ci_high"]].isna().all().all()
    assert ("unlikely to be luck" in text) == (INTERVAL_IN_PLAIN_WORDS in said)
    for skill, theirs in gains.items():
        assert summary.loc[skill, "mean_gain"] == pytest.approx(np.mean(theirs))


def test_from_five_students_with_different_gains_the_interval_is_shown():
    gains = [10.0, 0.0, 25.0, 5.0, 40.0]
    summary = gain_summary(_class_of({"overall": gains}))
    low, high = stats.ttest_1samp(gains, 0).confidence_interval(0.95)
    assert _interval_cells(summary_text(summary))["overall"] == f"{low:+.1f} to {high:+.1f}"
    assert how_sure(summary) == [INTERVAL_IN_PLAIN_WORDS]


def test_the_guides_counterbalanced_recipe_is_commands_this_medialit_accepts_for_both_forms():
    """The recipe cannot run here without student accounts (test_exchange_accounts.py runs release, collect and
    grade on both forms): each of its lines must at least be a medialit command that parses, on a form that exists,
    with both forms released before anything is collected, and gain last."""
    from medialit.classroom.cli import parser
    from medialit.classroom.course import COURSE_ROOT

    page = (COURSE_ROOT / "docs" / "teach" / "skill-check.md").read_text(encoding="utf-8")
    section = page.split("**The counterbalanced recipe,**")[1].split("## Reading `medialit gain`")[0]
    typed = [line.strip() for block in re.findall(r"```bash\n(.*?)```", section, re.DOTALL)
             for line in block.splitlines() if line.strip()]
    prefix = "/opt/medialit/bin/medialit "
    assert typed and all(line.startswith(prefix) for line in typed), typed
    steps = []
    for line in typed:
        args = parser().parse_args(line.removeprefix(prefix).split())
        lesson = getattr(args, "lesson", None)
        assert lesson is None or (COURSE_ROOT / "solutions" / lesson).is_dir(), line
        steps.append((line.split()[1], lesson))
    assert steps[:2] == [("release", A), ("release", B)]
    assert {lesson for step, lesson in steps if step in ("collect", "grade")} == {A, B}
    assert steps[-1] == ("gain", None)
