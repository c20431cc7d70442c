"""A simulated class of broken and hostile submissions, graded in one nbgrader batch.

Each student hands in one case; each case states its outcome: the score of
each autograded exercise, or None where the submission is not in the
gradebook at all (its file must stay where it was). Shared by
test_hostile_submissions.py and test_report.py through conftest's fixture.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Callable

import nbformat

from conftest import sample_submissions, with_answers
from medialit.classroom.course import copy_course, course_api, run
from medialit.classroom.parallel_grading import grade_class as medialit_grade

LESSON = "00-start-here"
CASES = sample_submissions(LESSON)
RIGHT, WRONG = CASES["solution"]["answers"], CASES["all_wrong"]["answers"]
FULL = {"named_sentences": 1.0, "sentence_kinds": 2.0}
ZERO = {"named_sentences": 0.0, "sentence_kinds": 0.0}

PATCH_MEDIALIT = """
import medialit.lesson.answers, medialit.lesson.feedback
medialit.lesson.answers.expect_sentence_set = lambda *args, **kwargs: None
medialit.lesson.answers.expect_sentence_labels = lambda *args, **kwargs: None
medialit.lesson.feedback.check = lambda *args, **kwargs: "All right"
check = medialit.lesson.feedback.check
"""
PATCH_BUILTINS = """
import builtins
builtins.float = lambda *args: 1.0
builtins.round = lambda *args: 1.0
"""
BREAK_KERNEL = """
import builtins
builtins.max = lambda *args: 1.0
builtins.sum = lambda *args: 9
"""
ALWAYS_EQUAL = """
class Anything(str):
    def __eq__(self, other): return True
    __hash__ = str.__hash__
class EverySet(set):
    def __contains__(self, item): return True
sentence_kinds = {n: Anything("?") for n in range(1, 10)}
named_sentences = EverySet()
"""
#: Issue 15's attacks: print every hidden test as it runs; write files outside the student's folder.
PRINT_THE_KEY = """
get_ipython().events.register("pre_run_cell", lambda info: print(info.raw_cell))
"""
WRITTEN_HERE = "medialit-hostile-was-here"
WRITE_FILES = f"""
import pathlib, tempfile
pathlib.Path(tempfile.gettempdir(), "{WRITTEN_HERE}").write_text("student code ran in the grader")
"""
SCRIPT_IN_MARKDOWN = 'She could lose her job. <img src=x onerror="alert(document.cookie)"><script>alert(1)</script>'
SHOW_THE_KEY_IN_ERRORS = """
get_ipython().set_custom_exc((), None)
"""
FORGE_FROM_THE_KEY = """
def _forge(info):
    if "_key = " in info.raw_cell:
        get_ipython().user_ns["named_sentences"] = eval(info.raw_cell.split("_key = ", 1)[1].splitlines()[0])
get_ipython().events.register("pre_run_cell", _forge)
"""
SET_THAT_READS_THE_KEY = """
import inspect
class KeySet(set):
    def __iter__(self):
        frame = inspect.currentframe().f_back
        return iter(frame.f_globals.get("_key", ()))
named_sentences = KeySet()
"""
HARM_THE_CLASS = """
import os, pathlib, medialit.classroom.grading
pathlib.Path(medialit.classroom.grading.__file__).open("a").write("\\n# tampered\\n")
for name in ("gradebook.db", "../../../gradebook.db"):
    if os.path.exists(name):
        os.remove(name)
"""
STARTUP_FILE = "00-medialit-hostile.py"
LEAVE_TRACES = f"""
import os, pathlib, sqlite3, subprocess, urllib.request
startup = pathlib.Path.home() / ".ipython" / "profile_default" / "startup"
startup.mkdir(parents=True, exist_ok=True)
(startup / "{STARTUP_FILE}").write_text("named_sentences = {{2, 3, 8}}")
for db in ("gradebook.db", "../../../gradebook.db"):
    if os.path.exists(db):
        sqlite3.connect(db).execute("update grade set auto_score = 0")
subprocess.Popen(["setsid", "sleep", "6061"])
try:
    urllib.request.urlopen("http://127.0.0.1:9", timeout=1)
except OSError:
    pass
big = bytearray(1 << 30)
print("x" * 50_000_000)
"""
REWRITE_OTHERS = """
import glob, pathlib
for other in glob.glob("../../../submitted/*/00-start-here/*.ipynb") + glob.glob("../../*/00-start-here/*.ipynb"):
    pathlib.Path(other).write_text("{}")
"""
HIJACK_DISPLAY = """
get_ipython().display_formatter.formatters["text/plain"].for_type(float, lambda value, printer, cycle: printer.text("1.0"))
"""


def index_of(nb, grade_id: str) -> int:
    return next(i for i, cell in enumerate(nb.cells) if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def without(*grade_ids):
    def build(nb):
        nb = with_answers(nb, RIGHT)
        nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in grade_ids]
        return nb
    return build


def moved_test_above_answer(nb):
    nb = with_answers(nb, RIGHT)
    test = nb.cells.pop(index_of(nb, "sentence_kinds"))
    nb.cells.insert(index_of(nb, "answer_sentence_kinds"), test)
    return nb


def edited_read_only_tests(nb):
    nb = with_answers(nb, WRONG)
    for grade_id in FULL:
        nb.cells[index_of(nb, grade_id)].source = "1.0"
    return nb


def outputs_faked(nb):
    nb = with_answers(nb, WRONG)
    for grade_id, points in FULL.items():
        cell = nb.cells[index_of(nb, grade_id)]
        cell.execution_count = 1
        cell.outputs = [nbformat.v4.new_output("execute_result", {"text/plain": str(points)}, execution_count=1)]
    return nb


def prefixed(code: str, answers: dict[str, str]):
    return lambda nb: with_answers(nb, {key: code + "\n" + value for key, value in answers.items()})


def enormous_output(nb):
    nb = with_answers(nb, RIGHT)
    nb.cells[index_of(nb, "answer_named_sentences")].source += "\nfor i in range(300_000):\n    print('spam', i)"
    return nb


# Issue 25, class 5 (grading side): a bad answer or a broken cell costs one exercise, never the notebook ----------
def as_saved(nb) -> bytes:
    """The notebook's file as JupyterLab would save it, with nothing nbformat corrects on writing (cell ids twice)."""
    return json.dumps(nb, indent=1, ensure_ascii=True).encode()


def nbgrader_cell(cell, grade_id, *, grade=False, solution=False, locked=False, points=None):
    cell.metadata["nbgrader"] = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
                                 "solution": solution, "task": False, **({"points": points} if points else {})}
    return cell


def unwritable_text(nb):
    """Lone surrogates (JSON allows them; UTF-8 does not) in an answer, a written answer, an added cell, metadata."""
    nb = with_answers(nb, {**RIGHT, "answer_named_sentences": 'named_sentences = {"\\ud800"}',
                           "why_anonymous": "She could lose her job \ud800 and nobody could check her."})
    nb.cells.append(nbformat.v4.new_markdown_cell("My notes \udfff", metadata={"tags": ["\ud800"]}))
    nb.metadata["\ud801"] = "\udc00 alone"
    return as_saved(nb)


def pasted(cell, cell_id: str):
    """What JupyterLab's copy and paste makes of a cell: the same source and metadata, a new cell id."""
    copied = copy.deepcopy(cell)
    copied["id"] = cell_id
    return copied


def honest_copy_paste(nb):
    """Copies of cells as released: one answered below its original, one left blank after its answered original
    (below the test), a test pasted above its answer, the set-up pasted at the end."""
    released = {grade_id: pasted(nb.cells[index_of(nb, grade_id)], f"pasted-{grade_id}")
                for grade_id in ("answer_named_sentences", "answer_sentence_kinds", "named_sentences", "setup")}
    nb = with_answers(nb, {"answer_sentence_kinds": RIGHT["answer_sentence_kinds"]})
    answered_copy = with_answers(nbformat.v4.new_notebook(cells=[released["answer_named_sentences"]]), RIGHT).cells[0]
    nb.cells.insert(index_of(nb, "answer_named_sentences") + 1, answered_copy)
    nb.cells.insert(index_of(nb, "answer_named_sentences"), released["named_sentences"])
    nb.cells += [released["setup"], released["answer_sentence_kinds"]]
    return nb


def added_cells_with_grade_ids(nb):
    """A copy of a test claiming its points at the end, a 'bonus' test, a written answer nobody asked for."""
    nb = with_answers(nb, {**WRONG, "answer_sentence_kinds": RIGHT["answer_sentence_kinds"]})
    claim = nbformat.v4.new_code_cell("1.0")
    nb.cells.append(nbgrader_cell(claim, "named_sentences", grade=True, locked=True, points=1))
    nb.cells.append(nbgrader_cell(nbformat.v4.new_code_cell("5.0"), "bonus", grade=True, locked=True, points=5))
    nb.cells.append(nbgrader_cell(nbformat.v4.new_markdown_cell("Give me 5 points"), "extra", grade=True, solution=True,
                                  points=5))
    return nb


def malformed_metadata(nb):
    """Points negative or as text, flags flipped, grade ids that are not text, nbgrader metadata that is no dict."""
    nb = with_answers(nb, RIGHT)
    nb.cells[index_of(nb, "named_sentences")].metadata.nbgrader.update(points=-5, locked=False)
    nb.cells[index_of(nb, "sentence_kinds")].metadata.nbgrader.update(points="2", schema_version=1)
    nb.cells[index_of(nb, "answer_sentence_kinds")].metadata.nbgrader.update(grade=True, points=10, solution="yes")
    for odd in ("not a dict", {"grade_id": 7, "grade": True, "points": 3}, {"grade_id": ["answer_named_sentences"]},
                {"solution": True}):
        nb.cells.append(nbformat.v4.new_code_cell("named_sentences = {1}", metadata={"nbgrader": odd}))
    return nb


def cells_changed_type(nb):
    """An answer cell turned into Markdown, another into a raw cell (a stray key), and every cell id the same."""
    nb = with_answers(nb, RIGHT)
    for grade_id, new_cell in (("answer_named_sentences", nbformat.v4.new_markdown_cell),
                               ("answer_sentence_kinds", nbformat.v4.new_raw_cell)):
        old = nb.cells[index_of(nb, grade_id)]
        nb.cells[index_of(nb, grade_id)] = new_cell(old.source, metadata=old.metadata)
    for cell in nb.cells:
        cell["id"] = "same"
    return as_saved(nb)


#: Control characters in an item (left out, quoted escaped); numbers no line can write and nesting (the answer).
ODD_VALUES = {"answer_named_sentences": 'named_sentences = {2, 3, 8, "\\x00\\x1b[2J\\x07"}',
              "answer_sentence_kinds": 'sentence_kinds = {1: "none", 2: 1e999999, 3: -1e999j, 4: '
                                       + "[" * 150 + "]" * 150 + "}"}
#: Answers past the limits: a number Python will not write out (it stopped grading of the notebook); 6 MB of
#: list (the report's re-score used 3 GB on it).
HEX_PAST_4300_DIGITS = "named_sentences = {0x" + "f" * 15_000 + "}"
SIX_MEGABYTES = "named_sentences = [" + "1, " * 2_000_000 + "]"


ONLY_NAMED_LOST = {"named_sentences": 0.0, "sentence_kinds": 2.0}


def named_sentences_as(source: str):
    return lambda nb: with_answers(nb, {**RIGHT, "answer_named_sentences": source})
#: The student who forges nbgrader's log, under an id that would recolour, retitle and reverse a terminal.
FORGER = "writes_forged_log_lines\x1b]0;graded\x07\x1b[2J\x1b[31m\u202e"
#: Files handed in beside the notebook, named with nbgrader's own log lines (nbgrader logs each name as it copies
#: the file): honest students failed, a failed one was graded before. A name cannot hold "/", but "\\" will do.
FORGED_FILE_NAMES = {
    "notes\n[AutogradeApp | ERROR] There was an error processing assignment: \\c\\submitted\\outputs_cleared\\x\n"
    "[AutogradeApp | INFO] Skipping existing assignment: \\c\\autograded\\not_a_notebook\\x\n\x1b]0;done\x07": b"",
    "There was an error processing assignment: \\submitted\\deleted_test_cells\\\r\x1b[2K": b"",
}


@dataclass
class Case:
    build: Callable  # the release notebook -> the student's notebook (or raw bytes)
    expected: dict[str, float] | None  # None: not in the gradebook at all (the file must stay where it is)
    folder: str = LESSON
    filename: str = f"{LESSON}.ipynb"
    autograded: bool = True  # False: nbgrader could not grade it, so its exercises wait for a teacher
    beside: dict[str, bytes] = field(default_factory=dict)  # other files handed in beside the notebook, by name


HOSTILE = {
    "deleted_test_cells": Case(without("named_sentences", "sentence_kinds"), FULL),
    "deleted_answer_cell": Case(without("answer_sentence_kinds"), {"named_sentences": 1.0, "sentence_kinds": 0.0}),
    "test_moved_above_answer": Case(moved_test_above_answer, {"named_sentences": 1.0, "sentence_kinds": 0.0}),
    "read_only_tests_edited": Case(edited_read_only_tests, ZERO),
    "outputs_faked": Case(outputs_faked, ZERO),
    "outputs_cleared": Case(lambda nb: with_answers(nb, RIGHT), FULL),
    "medialit_patched": Case(prefixed(PATCH_MEDIALIT, WRONG), ZERO),
    "builtins_patched": Case(prefixed(PATCH_BUILTINS, WRONG), ZERO),
    # Grading runs none of the student's code (medialit.classroom.grading.GradePlainValuesOnly): the patch is never
    # run, and the plain values beside it are graded.
    "kernel_broken": Case(prefixed(BREAK_KERNEL, RIGHT), FULL),
    "always_equal_objects": Case(prefixed(PATCH_MEDIALIT, {"answer_named_sentences": ALWAYS_EQUAL}), ZERO),
    # nbgrader reads scores from the kernel's display; the hijack is never run, so the wrong answers score 0.
    "display_hijacked": Case(prefixed(HIJACK_DISPLAY, WRONG), ZERO),
    "hook_prints_the_key": Case(prefixed(PRINT_THE_KEY, RIGHT), FULL),
    "writes_files": Case(prefixed(WRITE_FILES, WRONG), ZERO),
    "errors_quote_the_key": Case(prefixed(SHOW_THE_KEY_IN_ERRORS, WRONG), ZERO),
    "forged_from_the_key": Case(prefixed(FORGE_FROM_THE_KEY, WRONG), ZERO),
    "set_that_reads_the_key": Case(lambda nb: with_answers(nb, {**WRONG, "answer_named_sentences": SET_THAT_READS_THE_KEY}),
                                   ZERO),
    "harms_the_class": Case(prefixed(HARM_THE_CLASS, RIGHT), FULL),
    "rewrites_other_submissions": Case(prefixed(REWRITE_OTHERS, RIGHT), FULL),
    # A startup file for every later student, zeroed scores, a child left running, a call home, 1 GiB, 50 MB of output.
    "leaves_traces": Case(prefixed(LEAVE_TRACES, WRONG), ZERO),
    "script_in_written_answer": Case(lambda nb: with_answers(nb, {**RIGHT, "why_anonymous": SCRIPT_IN_MARKDOWN}), FULL),
    # An honest typo: a list inside a set is not a value Python can build, so it is not a plain value.
    "unhashable_typo": Case(lambda nb: with_answers(nb, {**RIGHT, "answer_named_sentences": "named_sentences = {[2, 3, 8]}"}),
                            {"named_sentences": 0.0, "sentence_kinds": 2.0}),
    "enormous_output": Case(enormous_output, FULL),
    # nbgrader records the submission, cannot read it, scores it 0 and says so in its log.
    "not_a_notebook": Case(lambda nb: b"\x89PNG this is a picture, not a notebook", ZERO, autograded=False),
    "wrong_assignment_name": Case(lambda nb: with_answers(nb, RIGHT), None, folder="00-start-her"),
    "renamed_notebook": Case(lambda nb: with_answers(nb, RIGHT), ZERO, filename=f"{LESSON} (1).ipynb", autograded=False),
    # Issue 25, class 5 (grading side): each costs at most its own exercise, and an honest copy costs nothing.
    "hex_integer_past_4300_digits": Case(named_sentences_as(HEX_PAST_4300_DIGITS), ONLY_NAMED_LOST),
    "six_megabyte_list": Case(named_sentences_as(SIX_MEGABYTES), ONLY_NAMED_LOST),
    "unwritable_text": Case(unwritable_text, ONLY_NAMED_LOST),
    "odd_values": Case(lambda nb: with_answers(nb, ODD_VALUES), {"named_sentences": 1.0, "sentence_kinds": 0.0}),
    "honest_copy_paste": Case(honest_copy_paste, FULL),
    "added_cells_with_grade_ids": Case(added_cells_with_grade_ids, ONLY_NAMED_LOST),
    "malformed_metadata": Case(malformed_metadata, FULL),
    "cells_changed_type": Case(cells_changed_type, FULL),
    # Class 6 (forged log lines): nbgrader's log quotes the names of files handed in, so they carry lines in
    # nbgrader's own words saying honest students failed and a failed one was graded before; the student id
    # itself carries terminal escapes and a right-to-left override. `medialit grade` must still learn every
    # outcome from the gradebook and show the teacher no control character.
    FORGER: Case(lambda nb: with_answers(nb, RIGHT), FULL, beside=FORGED_FILE_NAMES),
}


# Issue 25, class 1 (a student's script runs in the teacher's browser) and the HTML half of class 5: everything a
# student can put into a notebook, spelled every way that could run a script in the formgrader or a feedback page.
# Each payload would set the global `medialitXss` (the written-to-the-course one also writes XSS_FILE through the
# contents API, with the teacher's session); tests/test_formgrader_browser.py opens these students in Chromium.
XSS_STUDENTS = ("xss_in_written_answer", "xss_in_added_cells", "xss_oversized_answer")
XSS = "top.medialitXss=1"
XSS_FILE = "written-by-a-student-script.txt"
XSS_WRITES_A_FILE = (XSS + ";fetch('/api/contents/" + XSS_FILE + "',{method:'PUT',headers:{'X-XSRFToken':"
                     "document.cookie.replace(/.*_xsrf=([^;]*).*/,'$1')},body:JSON.stringify({type:'file',"
                     "format:'text',content:'the student ran a script as the teacher'})})")
XSS_SEEN = "She could lose her job."  # the written answer's own words, which must still show
XSS_SPELLINGS = f"""{XSS_SEEN}

[a Markdown link](javascript:{XSS}) [upper case](JaVaScRiPt:{XSS}) [an entity](&#106;avascript:{XSS})
[a reference][away] [an escaped colon](javascript&#58;{XSS}) [data](data:text/html;base64,PHNjcmlwdD50b3AubWVkaWFsaXRYc3M9MTwvc2NyaXB0Pg==)
<javascript:{XSS}> ![a picture](javascript:{XSS}) ![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InRvcC5tZWRpYWxpdFhzcz0xIi8+)

[away]: javascript:{XSS}

<a href="jav&#x09;ascript:{XSS}">a tab</a> <a href=" javascript:{XSS}">spaces</a> <a href="#" onclick="{XSS}">onclick</a>
<img src=x onerror={XSS}> <IMG SRC=x OnErRoR={XSS}> <svg onload={XSS}><script>{XSS}</script></svg>
<iframe srcdoc="<script>{XSS}</script>"></iframe> <object data="javascript:{XSS}"></object> <embed src="javascript:{XSS}">
<details open ontoggle={XSS}>details</details> <form><button formaction="javascript:{XSS}">go</button></form>
<math><mtext><table><mglyph><style><img src=x onerror={XSS}></style></mglyph></table></mtext></math>
<noscript><p title="</noscript><img src=x onerror={XSS}>"></noscript> <!--><img src=x onerror={XSS}>-->
<div style="background:url(javascript:{XSS})">style url</div> <p style="width: expression({XSS})">expression</p>
<style>body {{ background: url("javascript:{XSS}") }}</style> <meta http-equiv="refresh" content="0;url=javascript:{XSS}">
<base href="javascript:{XSS}//"> <input autofocus onfocus={XSS}> <video><source onerror={XSS}></video>

$\\href{{javascript:{XSS}}}{{maths link}}$ and $$\\unicode{{<img src=x onerror={XSS}>}}$$

<div>

[after a blank line inside HTML](javascript:{XSS}) &lt;img src=x onerror={XSS}&gt;

</div>
"""
XSS_ADDED_NOTE = "An added note stays visible."
#: Markup typed after an answer's value, as a comment: the formgrader and the feedback show what a student typed in
#: an answer cell (issue 26, item 8), as code.
XSS_IN_ANSWER_CODE = f"  # typed in an answer cell: </pre></div><script>{XSS}</script><img src=x onerror={XSS}>"


def with_added_cells(nb):
    """Cells a student adds (one of them a written answer with a grade id of its own), edits of the lesson's
    own (unlocked) text, metadata the templates print, and markup typed in an answer cell."""
    nb = with_answers(nb, {**RIGHT, "answer_named_sentences": RIGHT["answer_named_sentences"] + XSS_IN_ANSWER_CODE})
    svg = "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0idG9wLm1lZGlhbGl0WHNzPTEiLz4="
    added = [
        nbformat.v4.new_markdown_cell(f'{XSS_ADDED_NOTE} <img src=x onerror="{XSS_WRITES_A_FILE}">'),
        nbformat.v4.new_markdown_cell(f"## Exercise 3 <img src=x onerror={XSS}> [x](javascript:{XSS})"),
        nbformat.v4.new_markdown_cell("![a picture](attachment:evil.svg) ![gone](attachment:missing.png)",
                                      attachments={"evil.svg": {"image/svg+xml": svg}}),
        nbformat.v4.new_raw_cell(f"<script>{XSS}</script><img src=x onerror={XSS}>"),
        nbformat.v4.new_raw_cell(f"<img src=x onerror={XSS}>", metadata={"raw_mimetype": "text/html"}),
        nbformat.v4.new_markdown_cell(f"<img src=x onerror={XSS}> (tagged)", metadata={"tags": [f'"><img src=x onerror={XSS}>']}),
        nbgrader_cell(nbformat.v4.new_markdown_cell(f"<img src=x onerror={XSS}> [x](javascript:{XSS})"),
                      f"<img src=x onerror={XSS}>", grade=True, solution=True, points=5),
    ]
    written = index_of(nb, "why_anonymous")
    nb.cells[written:written] = added
    nb.cells[0].source = nb.cells[0].source.replace("# 0. Start here", f"# 0. Start here <script>{XSS}</script>")
    nb.metadata["title"] = f"</title><script>{XSS}</script>"
    nb.metadata["kernelspec"]["display_name"] = f"<img src=x onerror={XSS}>"
    return nb


#: Issue 25, class 5: nested unclosed tags made the cleaner quadratic (1 MB: about an hour).
XSS_NESTED_TAGS = "<b><i><div><a><p>" * 60_000

HOSTILE.update({
    "xss_in_written_answer": Case(lambda nb: with_answers(nb, {**RIGHT, "why_anonymous": XSS_SPELLINGS}), FULL),
    "xss_in_added_cells": Case(with_added_cells, FULL),
    "xss_oversized_answer": Case(lambda nb: with_answers(nb, {**RIGHT, "why_anonymous": XSS_SEEN + XSS_NESTED_TAGS}),
                                 FULL),
})


def grade_class(root):
    """Hand in every case under its own student id and grade the lot once with `medialit grade` (nbgrader's command
    line, in one batch); returns (files handed in, batch result: success, nbgrader's log, each student's status and
    every line the teacher was shown)."""
    copy_course(root)
    with (root / "nbgrader_config.py").open("a") as config:
        config.write("\nc.Execute.timeout = 8\n")
    api = course_api(root)
    run(api.generate_assignment(LESSON))
    release = nbformat.read(root / "lessons" / LESSON / f"{LESSON}.ipynb", as_version=4)
    handed_in = {}
    for student, case in HOSTILE.items():
        made = case.build(copy.deepcopy(release))
        data = made if isinstance(made, bytes) else nbformat.writes(made).encode()
        path = root / "submitted" / student / case.folder / case.filename
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
        for name, extra in case.beside.items():
            (path.parent / name).write_bytes(extra)
        handed_in[student] = (path, data)
    said: list[str] = []
    status = medialit_grade(root, LESSON, workers=1, say=said.append)
    log = (root / "autograde-logs" / LESSON / "worker-1.log").read_text()
    return handed_in, {"success": not any(status.values()), "log": log, "status": status, "said": said}
