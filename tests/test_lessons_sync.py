"""lessons/ is exactly what nbgrader makes from solutions/ (never edited by hand)."""

from __future__ import annotations

from medialit.keys.answer_hashes import SELF_STUDY_CHECKS
from medialit.classroom.course import copy_course, generate_lessons


def test_committed_lessons_match_a_fresh_generation(tmp_path, course_root):
    fresh_root = copy_course(tmp_path)
    names = generate_lessons(fresh_root)
    committed = {p.relative_to(course_root / "lessons") for p in (course_root / "lessons").rglob("*")
                 if p.is_file() and SELF_STUDY_CHECKS not in p.parts}  # the keys for working alone: test_keys.py
    generated = {p.relative_to(fresh_root / "lessons") for p in (fresh_root / "lessons").rglob("*") if p.is_file()}
    assert names and committed == generated, "run `make lessons`"
    for relative in generated:
        assert (course_root / "lessons" / relative).read_bytes() == (fresh_root / "lessons" / relative).read_bytes(), (
            f"lessons/{relative} is stale: run `make lessons`"
        )
