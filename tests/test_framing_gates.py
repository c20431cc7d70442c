"""Framing round 10 of issue 30: the gates on real news. A word for a building that names an institution ("the
senator's office", "the House") does not make a drama verb literal; a loaded label before a thing classifies the
thing ("the Paris terrorist attacks", "the Islamic State extremist group") and is not marked, but before words said or a
plan it judges the person behind them ("misogynist rhetoric", "racist policies") and is. Only a label after a name,
a date or someone's is read as part of a known thing's name ("the Paris terrorist attacks"): without one, the
outlet chose the label for what happened ("continued terrorist operations"), as in the lessons' war reports.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_texts


@pytest.mark.parametrize(("text", "marked"), [
    ("The senator's office slammed the lawsuit as baseless.", "slammed"),
    ("Protesters hijacked the floor of the House for a day.", "hijacked"),
    ("The White House blasted the report on Friday.", "blasted"),
])
def test_an_office_or_the_house_that_names_an_institution_is_no_physical_scene(text, marked):
    assert marked in framing_texts(text)


@pytest.mark.parametrize(("text", "unmarked"), [
    ("The storm slammed into the house.", "slammed"),
    ("The fire gutted the office on Main Street.", "gutted"),
    ("Gunmen hijacked a bus near the house.", "hijacked"),
])
def test_a_building_in_a_physical_scene_still_makes_the_verb_literal(text, unmarked):
    assert unmarked not in framing_texts(text)


@pytest.mark.parametrize(("text", "unmarked"), [
    ("Police said the Madrid terrorist attacks killed nine.", "terrorist"),
    ("Schools closed after the 2005 terrorist attacks.", "terrorist"),
    ("The state listed the Black Hand extremist group last year.", "extremist"),
    ("The mayor spoke of Bristol's radical roots.", "radical"),
])
def test_a_label_after_a_name_before_a_thing_is_part_of_the_things_name(text, unmarked):
    assert unmarked not in framing_texts(text)


@pytest.mark.parametrize(("text", "marked"), [
    ("His misogynist rhetoric angered voters.", "misogynist"),
    ("The racist policies hurt families.", "racist"),
    ("They are racist thugs.", "racist"),
    ("The terrorists attacked the village.", "terrorists"),
    ("Radical Muslims and fascist dictators were named.", "fascist"),
    ("The mayor is a racist.", "racist"),
    ("The report condemned continued terrorist operations in the east.", "terrorist"),
    ("Police said the terrorist attacks killed nine.", "terrorist"),
    ("He told the rally to ignore the lamestream media.", "lamestream"),
    ("Baxter's cronies pour foreign money into local groups.", "cronies"),  # a plural label names people
])
def test_a_label_for_a_person_or_for_words_said_still_judges(text, marked):
    assert marked in framing_texts(text)
