"""Feedback follows the answer cell: when the cell that sets an answer failed on its last run, say so.

A student who breaks a right answer (``named_sentences = {2, 8`` with its
bracket missing) sees the error under the cell, but the kernel still holds the
old, right value: ``check()`` and the form test would praise it, and the saved
notebook would score 0. So each run of a cell is watched (IPython's
``pre_run_cell``/``post_run_cell`` events): for every name the cell assigns
(``name = …`` at the start of a line), the last run's failure is remembered,
and cleared by the next run that works. ``check()`` and the visible tests ask
here first and name the real problem in one sentence.

The tools follow the answer cell too: a tagger or highlighter bound to an
answer name (``bind``) is handed the value each working run of that answer's
cell sets. After Restart and Run All the tool's cell runs before the answer
cell, and without this the tool would sit empty beside a full answer.
"""

from __future__ import annotations

import re

_ASSIGNED = re.compile(r"^\s*([A-Za-z]\w*)\s*=(?!=)", re.MULTILINE)  # answers; never a test's own _names

#: Answer name -> what went wrong the last time its cell ran.
_failed: dict[str, str] = {}
#: The source of the cell running now (a test cell asks whether its answers are stale).
_running = {"source": ""}
#: Answer name -> the tool showing it (the newest made for that name); it has ``show_answer(value)``.
_tools: dict[str, object] = {}


def watch() -> None:
    """Start watching cell runs in the running IPython kernel (once; nothing outside IPython or while grading).

    While nbgrader grades, answer cells are plain values that cannot fail, and a failing test cell must
    never make the next test fail too.
    """
    from IPython import get_ipython

    from ..content.grading_view import during_grading

    shell = get_ipython()
    if during_grading():
        return
    if shell is None or getattr(shell, "_medialit_watching", False):
        return
    shell.events.register("pre_run_cell", _before)
    shell.events.register("post_run_cell", _after)
    shell._medialit_watching = True


def _before(info) -> None:
    _running["source"] = info.raw_cell or ""


def _after(result) -> None:
    error = result.error_before_exec or result.error_in_exec
    for name in _ASSIGNED.findall(result.info.raw_cell or ""):
        if error is None:
            _failed.pop(name, None)
            if name in _tools:
                _tools[name].show_answer(current_answer(name))
        else:
            _failed[name] = _reason(error)


def bind(name: str, tool) -> object | None:
    """From now on, hand ``tool.show_answer`` each value a working run of ``name``'s answer cell sets.

    Returns the tool bound to ``name`` until now (None if none), so a tool made again by re-running its cell
    can keep the clicks the student made in the old one and has not pasted yet. Only where cell runs are
    watched (an IPython kernel, not grading): elsewhere there is no answer cell to follow.
    """
    if not watching():
        return None
    previous = _tools.get(name)
    _tools[name] = tool
    return previous


def watching() -> bool:
    """Whether cell runs are watched here: an IPython kernel, not grading (see :func:`watch`)."""
    from IPython import get_ipython

    return getattr(get_ipython(), "_medialit_watching", False)


def current_answer(name: str, missing: object = None) -> object:
    """What ``name`` holds in the running kernel now (``missing`` outside IPython or before its answer cell ran)."""
    from IPython import get_ipython

    shell = get_ipython()
    return missing if shell is None else shell.user_ns.get(name, missing)


def _reason(error: BaseException) -> str:
    """The failure in words a student can act on."""
    if isinstance(error, SyntaxError):
        return ("Python could not read it: check that every bracket { [ ( is closed, that items are separated by "
                'commas and that words are in "quotes"')
    if isinstance(error, NameError):
        name = getattr(error, "name", None) or "a word"
        return (f"Python does not know {name!r}: write sentence numbers as digits, like {{2, 3}}, and labels in "
                'quotes, like "named"')
    return f"it stopped with {type(error).__name__}: {error}"


def problem_with(name: str) -> str | None:
    """One sentence if the last run of ``name``'s answer cell failed; None if it ran (or was never run here).

    Only where an earlier run set a real answer does an old one still count here: a cell that failed on its first
    run (or after the placeholder ``...``) has set none."""
    if name not in _failed:
        return None
    held = current_answer(name, ...)
    until = ("the old answer still counts here" if held is not ... else f"there is no answer called {name} here")
    return (f"Your answer cell for {name} did not run the last time: {_failed[name]}. Fix it and run it again; "
            f"until then {until}, and the saved notebook scores 0 for it.")


def problem_in_running_cell() -> str | None:
    """For a test cell: the first answer it reads whose cell failed on its last run."""
    source = _running["source"]
    return next((problem_with(name) for name in _failed if re.search(rf"\b{re.escape(name)}\b", source)), None)
