"""The outlet data set: a fixed schema, and every row cites where its facts come from."""

from __future__ import annotations

import json
from pathlib import Path

import medialit

DATA = json.loads((Path(medialit.__file__).parent / "data" / "outlets.json").read_text(encoding="utf-8"))
FIELDS = {"name", "aliases", "country", "owner", "type", "citations"}


def test_every_row_has_the_schema_and_a_citation():
    assert DATA["outlets"]
    for row in DATA["outlets"]:
        assert set(row) == FIELDS, row["name"]
        assert all(isinstance(row[f], str) and row[f].strip() for f in FIELDS - {"aliases", "citations"})
        assert row["aliases"] and all(isinstance(a, str) and a for a in row["aliases"])
        assert row["citations"] and all(c.get("source", "").strip() for c in row["citations"]), row["name"]


def test_names_and_aliases_do_not_collide():
    seen = [alias.lower() for row in DATA["outlets"] for alias in {row["name"], *row["aliases"]}]
    assert len(seen) == len(set(seen))
