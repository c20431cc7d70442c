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

SYNTAX_HELP = (
    "Python could not read this cell. Check that every bracket { [ ( is closed, that items are "
    'separated by commas, and that words are in "quotes". The line and the ^ below show where it got stuck:'
)


def _name_help(error: NameError) -> str:
    """An unknown word typed inside an answer ({two, three}) needs other advice than a cell run out of order."""
    from .last_run import _ASSIGNED, _running

    name = getattr(error, "name", None) or str(error)
    assigned = _ASSIGNED.findall(_running["source"])
    if assigned and name not in assigned:
        return (f"Python does not know {name!r}: inside an answer, write sentence numbers as digits, like {{2, 3}}, "
                'and labels or letters in quotes, like "named" or "A".')
    return (
        f"Python does not know {name!r} yet. Run the cells above this one, from the top, and check "
        f"that your answer cell starts with {name} = spelt exactly like that."
    )


def _show_friendly(shell, etype, evalue, tb, tb_offset=None):
    from .analyzer import AnalysisError
    from .answers import AnswerProblem
    from .ownership import OutletNotFound

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

    from .analyzer import AnalysisError
    from .answers import AnswerProblem
    from .ownership import OutletNotFound

    shell = get_ipython()
    if shell is None or getattr(shell.showsyntaxerror, "medialit", False):
        return
    shell.set_custom_exc((AnswerProblem, AnalysisError, OutletNotFound, NameError), _show_friendly)
    shell.showsyntaxerror = _show_syntax_error(shell)
