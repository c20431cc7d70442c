"""Small pieces of English every message needs: counts, and text made safe to show on a terminal."""

from __future__ import annotations

import re
import unicodedata


def counted(count: float, noun: str, plural: str | None = None) -> str:
    """``count`` and the noun in the number it needs: "1 exercise", "3 exercises", "0.5 points".

    Only exactly one takes the singular ("1 point", but "0.5 points" and
    "0 points"). ``plural`` is for nouns that do not just add an "s"
    ("1 is", "2 are"; "1 entry", "2 entries"). A count that is a whole float
    is written without its ".0".
    """
    number = f"{count:g}" if isinstance(count, float) else str(count)
    return f"{number} {noun if count == 1 else plural or noun + 's'}"


#: Terminal escape sequences (CSI such as colours and cursor moves, OSC such as window titles and links, and the
#: other ESC ones), removed whole so no half of one is left to read.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|.?)"
                      r"|\x9b[0-?]*[ -/]*[@-~]?", re.DOTALL)

#: Marks that reorder the text around them (right-to-left overrides, embeddings and isolates), so what the
#: teacher reads is not what is there.
_BIDI = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def for_terminal(text: str, one_line: bool = False) -> str:
    """``text`` with nothing in it a terminal would act on instead of showing: every medialit command prints
    through this, because student ids, file names and nbgrader's own messages can carry anything.

    Escape sequences and bidi marks go; every other control character (a
    carriage return, a bell, a backspace...) becomes a space, except line
    breaks, which stay unless ``one_line`` asks for one line.
    """
    kept = "\n" if not one_line else ""
    text = _ESCAPES.sub("", text).translate(_BIDI)
    return "".join(c if c in kept or unicodedata.category(c) != "Cc" else " " for c in text)
