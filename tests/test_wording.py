"""Text shown on the teacher's terminal (medialit/wording.py): what a terminal would act on is gone, words stay."""

from __future__ import annotations

import pytest

from medialit.content.wording import for_terminal


@pytest.mark.parametrize("raw, shown", [
    ("\x1b[31mred\x1b[0m alert", "red alert"),                       # colours
    ("a\x1b[2J\x1b[Hb", "ab"),                                       # clear the screen, move the cursor
    ("x\x1b]0;window title\x07y", "xy"),                             # retitle the window
    ("\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),   # a hidden hyperlink
    ("ada\rbob", "ada bob"),                                          # overwrite the line
    ("bell\x07 and back\x08space", "bell  and back space"),
    ("mallory\u202egnp.exe", "mallorygnp.exe"),                       # a right-to-left override
    ("c1\x9b2Jcsi", "c1csi"),                                         # the one-byte CSI
    ("cut off\x1b", "cut off"),
    ("Zoë, 日本, naïve", "Zoë, 日本, naïve"),                           # words in any script stay
])
def test_what_a_terminal_would_act_on_is_removed(raw, shown):
    assert for_terminal(raw) == shown


def test_line_breaks_stay_unless_one_line_is_asked_for():
    assert for_terminal("one\ntwo\tthree") == "one\ntwo three"
    assert for_terminal("one\ntwo", one_line=True) == "one two"
