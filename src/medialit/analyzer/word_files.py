"""Reading the analyzer's word-list files (``data/*.txt``): one entry per line; lines starting with "#" are the file's
own notes on where its words came from, and blank lines only space it out."""

from __future__ import annotations

from pathlib import Path


def entries(path: Path) -> list[str]:
    """The file's entries, stripped, without its blank lines and "#" notes."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
