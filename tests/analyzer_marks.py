"""What the analyzer marks in a short text, in the shapes the analyzer's tests compare: one place for the projections
the attribution and framing tests share."""

from __future__ import annotations

from medialit.analyzer.analyzer import analyze


def source_marks(text: str) -> list[tuple[str, str, str]]:
    """Each source found: its text, kind and rule."""
    return [(a["text"], a["kind"], a["rule"]) for a in analyze(text)["attributions"]]


def source_texts(text: str) -> list[str]:
    """The text of each source found, as a student reads it."""
    return [a["text"] for a in analyze(text)["attributions"]]


def framing_texts(text: str) -> list[str]:
    """The text of each framing mark."""
    return [f["text"] for f in analyze(text)["framing"]]


def framing_marks(text: str) -> list[tuple[str, str, str | None]]:
    """Each framing mark: its category, text and speaker (None for the outlet's own words)."""
    return [(f["category"], f["text"], f["speaker"]) for f in analyze(text)["framing"]]


def explained(text: str, marked: str) -> str:
    """The explanation of the one framing mark whose text is ``marked``."""
    found = [f for f in analyze(text)["framing"] if f["text"] == marked]
    assert len(found) == 1, analyze(text)["framing"]
    return found[0]["explanation"]
