"""The student's side is pure Python: every cell of every lesson runs where the server-only libraries cannot load.

A lesson also runs in a browser (JupyterLite's Pyodide kernel, issue 29),
which has none of the libraries below; on a server, importing them costs
seconds. So each lesson's student version (lessons/) runs, cell by cell, in
an IPython shell in a fresh Python whose imports of them are refused. Blank
answers make the checking cells fail, as they do for a student who has not
answered yet; what must never happen is a cell failing because it reached for
one of these libraries.
"""

from __future__ import annotations

import json
import subprocess
import sys

from medialit.classroom.course import COURSE_ROOT

#: Libraries a lesson must never need: the teacher's and the server's (grading, gradebook, tables, charts).
SERVER_ONLY = ("pandas", "matplotlib", "numpy", "scipy", "bleach", "nbgrader", "jupyterlab", "psycopg", "spacy")

_RUN_EVERY_LESSON = r'''
import importlib.abc, json, os, sys

refused = set()


class RefuseServerOnly(importlib.abc.MetaPathFinder):
    """Answers every import of a server-only library as a browser kernel would: there is no such module."""

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in SERVER_ONLY:
            refused.add(name.partition(".")[0])
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


SERVER_ONLY = set(json.loads(sys.argv[1]))
sys.meta_path.insert(0, RefuseServerOnly())

import nbformat  # reads the notebooks only: the lessons' own code never imports it
from IPython.core.interactiveshell import InteractiveShell

shell = InteractiveShell.instance()
failures = []
for path in json.loads(sys.argv[2]):
    os.chdir(os.path.dirname(path))
    shell.reset(new_session=False)
    for number, cell in enumerate(nbformat.read(path, as_version=4).cells):
        if cell.cell_type != "code":
            continue
        error = shell.run_cell(cell.source, silent=False).error_in_exec
        if isinstance(error, ImportError):
            failures.append(f"{os.path.basename(path)}, cell {number}: {error!r}")
print(json.dumps({"failures": failures, "refused": sorted(refused)}))
'''


def test_every_lesson_cell_runs_without_the_server_only_libraries():
    lessons = sorted(str(path) for path in (COURSE_ROOT / "lessons").glob("*/*.ipynb"))
    assert len(lessons) >= 9
    done = subprocess.run([sys.executable, "-c", _RUN_EVERY_LESSON, json.dumps(SERVER_ONLY), json.dumps(lessons)],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["failures"] == [], result
    assert result["refused"] == [], f"a lesson tried to import {result['refused']} (and coped without it)"
