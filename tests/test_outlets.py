"""The outlet data set: a fixed schema, a documented typology, and every row cites where its facts come from."""

from __future__ import annotations

import json

import pytest

from medialit.answers import OUTLET_GROUPS
from medialit.ownership import DATA_FILE, TYPE_GROUPS, OutletNotFound, find_outlet, outlet_rows, outlets

ROWS = json.loads(DATA_FILE.read_text(encoding="utf-8"))["outlets"]
REQUIRED = {"name", "aliases", "country", "owner", "funding", "type", "type_source", "citations"}
SMM_MODELS = {t for t in TYPE_GROUPS if t[0].isupper()}


def test_there_are_enough_rows_across_the_range_of_ownership():
    assert len(ROWS) >= 19  # the four the case article needs, three monitors and a dozen more
    assert {TYPE_GROUPS[row["type"]] for row in ROWS} == set(OUTLET_GROUPS)
    assert {row["name"] for row in ROWS} >= {"Press TV", "SANA", "Human Rights Watch", "Airwars",
                                             "Syrian Observatory for Human Rights", "Russian Foreign Ministry"}


@pytest.mark.parametrize("row", ROWS, ids=[row["name"] for row in ROWS])
def test_every_row_has_the_schema_a_known_type_and_a_citation(row):
    assert REQUIRED <= set(row) <= REQUIRED | {"notes"}
    assert all(isinstance(row[f], str) and row[f].strip() for f in set(row) - {"aliases", "citations"})
    assert row["aliases"] and all(isinstance(a, str) and a.strip() for a in row["aliases"])
    assert row["type"] in TYPE_GROUPS
    assert row["citations"] and all(c.get("source", "").strip() for c in row["citations"])


@pytest.mark.parametrize("row", ROWS, ids=[row["name"] for row in ROWS])
def test_a_type_says_who_assigned_it(row):
    if row["type_source"] == "State Media Monitor":
        assert row["type"] in SMM_MODELS
        assert any("statemediamonitor.com" in c.get("url", "") or "State Media Monitor" in c["source"]
                   for c in row["citations"])
    elif row["type"] in SMM_MODELS:
        assert row["type_source"].startswith("this module, applying the State Media Matrix criteria")
    else:
        assert row["type_source"] == "this module"


def test_names_and_aliases_do_not_collide():
    seen = [alias.lower() for row in ROWS for alias in {row["name"], *row["aliases"]}]
    assert len(seen) == len(set(seen))


def test_every_voice_of_the_lesson_2_exercise_can_be_looked_up_by_the_name_students_see():
    for name in ["Press TV", "SANA", "Syrian Foreign Ministry", "Russian Foreign Ministry", "BBC", "Reuters",
                 "Fox News", "Airwars"]:
        assert find_outlet(name)["group"] in OUTLET_GROUPS


def test_lookup_ignores_case_and_spacing():
    assert find_outlet("  the associated   PRESS ")["name"] == "Associated Press"


def test_an_unknown_name_says_what_to_do():
    with pytest.raises(OutletNotFound, match="Look it up yourself .* or use one of: Press TV"):
        find_outlet("Daily Planet")


def test_the_table_shows_groups_and_written_out_sources():
    table = outlets()
    assert len(table) == len(outlet_rows())
    assert list(table.columns) == ["country", "owner", "funding", "type", "group", "type_source", "sources"]
    press_tv = outlets("presstv").loc["Press TV"]
    assert press_tv["group"] == "state media" and "Ofcom" in press_tv["sources"]


def test_the_table_shows_as_a_labelled_region_with_every_column_headed():
    page = outlets()._repr_html_()
    assert page.startswith('<div class="medialit-outlets" role="region" tabindex="0" aria-label="Outlets and sources')
    assert "<th></th>" not in page and "<th>name</th>" in page
    assert type(outlets().head(2)).__name__ == "OutletTable"  # pandas operations keep the display
