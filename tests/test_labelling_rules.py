"""One rule per technique across the module (issue 27, item 4): every lesson's key agrees with the one rules file."""

from __future__ import annotations

import copy

import nbformat
import pytest

from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.test_cells import hidden_key, hidden_reasons
from medialit.classroom.labelling_rules import check_rules, derived_keys, load_rules

SOLUTIONS = COURSE_ROOT / "solutions"
RULES = load_rules(SOLUTIONS)


def hidden_tests() -> dict[str, str]:
    return {cell.metadata["nbgrader"]["grade_id"]: cell.source
            for path in sorted(SOLUTIONS.glob("*/*.ipynb")) for cell in nbformat.read(path, as_version=4).cells
            if cell.metadata.get("nbgrader", {}).get("grade") and hidden_key(cell.source) is not None}


def test_every_lessons_key_is_the_one_the_rules_give():
    """A claim or sentence scores the same in every lesson that asks about it: the keys are written from one file."""
    tests = hidden_tests()
    for exercise, (key, why) in derived_keys(RULES).items():
        assert hidden_key(tests[exercise]) == key, f"{exercise}: run `make lessons`"
        assert hidden_reasons(tests[exercise]) == why, f"{exercise}: run `make lessons`"


@pytest.mark.parametrize(("exercise", "item", "label", "weight"), [
    ("vouchers", "S2a", "named", 0.5),
])
def test_the_labels_the_issue_names_have_their_weight(exercise, item, label, weight):
    assert derived_keys(RULES)[exercise][0][item][label] == weight


def test_a_group_described_but_not_named_is_vague_or_unnamed_in_every_text():
    """SANA's "Local sources" and "The sources" in the capstone are the same kind of voice as lesson 1's groups."""
    key = derived_keys(RULES)["audit_speakers"][0]
    assert key[3] == key[4] == [{"vague"}, {"unnamed"}]


def test_a_claims_right_kind_must_be_admitted_for_its_sentence():
    rules = copy.deepcopy(RULES)
    rules["claims"]["S1"]["sources"] = {"named": 1}
    with pytest.raises(ValueError, match="not admitted for its sentence"):
        check_rules(rules)


def test_part_credit_without_a_reason_stops_the_build():
    rules = copy.deepcopy(RULES)
    del rules["reasons"]["S2:sources:named"]
    with pytest.raises(ValueError, match="needs a reason"):
        check_rules(rules)
