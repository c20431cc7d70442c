"""Show students one plain sentence instead of a Python traceback.

Five errors are common when someone who does not program types an answer:
an answer in the wrong form (our AnswerProblem), a text the analyzer cannot
read (AnalysisError), an outlet the data set does not hold (OutletNotFound),
a name Python does not know yet (a cell run out of
order, or a misspelt answer name), and a line Python cannot read (a missing
bracket or quote). In IPython each becomes a short error
output: JupyterLab shows only our sentence, and nbgrader still sees an error,
so the exercise scores 0 as it should.
"""

from __future__ import annotations

import difflib
import re


class AnswerProblem(AssertionError):
    """An answer in the wrong form. The message is for a student, not a programmer."""


SYNTAX_HELP = (
    "Python could not read this cell. Check that every bracket { [ ( is closed, that items are "
    'separated by commas, and that words are in "quotes". The line and the ^ below show where it got stuck:'
)


def _name_help(error: NameError) -> str:
    """What an unknown name means here, said only where it is true.

    Inside an answer (``{two, three}``) it is a word that needs digits or quotes. In a visible test it is the
    answer's name: its cell failed on its last run (a missing bracket: the error was there, not here), or it set
    another name (``named_sentence =``), or it has not run since the kernel started. Anywhere else it is a name
    the lesson's cells above set up (``article``, ``check``), which a restart forgets.
    """
    from .last_run import _ASSIGNED, _running, problem_with

    name = getattr(error, "name", None) or str(error)
    source = _running["source"]
    assigned = _ASSIGNED.findall(source)
    if assigned and name not in assigned:
        return (f"Python does not know {name!r}: inside an answer, write sentence numbers as digits, like {{2, 3}}, "
                'and labels or letters in quotes, like "named" or "A".')
    if not _is_answer_read_by(source, name):
        return f"Python does not know {name!r} yet: run the cells above this one, from the top, then this one again."
    failed = problem_with(name)
    if failed:
        return failed
    similar = _similar_name(name)
    if similar:
        return (f"Python does not know {name!r}, but it knows {similar!r}: your answer cell must start with {name} =, "
                "spelt exactly like that. Fix it, run it, then run this cell again.")
    return (f"Python does not know {name!r} yet: run your answer cell (it starts with {name} =, spelt exactly like "
            "that), then run this cell again.")


def _is_answer_read_by(source: str, name: str) -> bool:
    """Whether the cell ``source`` is a visible test of the answer ``name`` (it hands ``name`` to an expect_*)."""
    return re.search(rf"\bexpect_\w+\(\s*{re.escape(name)}\b", source) is not None


def _similar_name(name: str) -> str | None:
    """A name the student's cells set that is spelt almost like ``name`` (another letter case, a letter missing)."""
    from IPython import get_ipython

    shell = get_ipython()
    names = [] if shell is None else [n for n in shell.user_ns if not n.startswith("_")]
    by_case = [n for n in names if n.lower() == name.lower()]
    return (by_case or difflib.get_close_matches(name, names, n=1, cutoff=0.85) or [None])[0]


def _show_friendly(shell, etype, evalue, tb, tb_offset=None):
    from ..analyzer.errors import AnalysisError
    from ..content.ownership import OutletNotFound

    if isinstance(evalue, AnswerProblem):
        message = f"Not quite ready: {evalue}"
    elif isinstance(evalue, (AnalysisError, OutletNotFound)):
        message = str(evalue)
    else:
        message = _name_help(evalue)
    shell._showtraceback(etype, evalue, [message])


def _show_syntax_error(shell):
    def show(filename=None, running_compiled_code=False):
        etype, value, _ = shell._get_exc_info()
        shell._showtraceback(etype, value, [SYNTAX_HELP, *shell.SyntaxTB.structured_traceback(etype, value, [])])

    show.medialit = True
    return show


def install_friendly_errors() -> None:
    """Install the friendly displays in the running IPython kernel, if there is one."""
    from IPython import get_ipython

    from ..analyzer.errors import AnalysisError
    from ..content.ownership import OutletNotFound

    shell = get_ipython()
    if shell is None or getattr(shell.showsyntaxerror, "medialit", False):
        return
    shell.set_custom_exc((AnswerProblem, AnalysisError, OutletNotFound, NameError), _show_friendly)
    shell.showsyntaxerror = _show_syntax_error(shell)
