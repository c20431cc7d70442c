"""Coming back the next day (issue 19, item 8): a saved lesson shows no widget error, and its tagger follows the
answer cell after Restart and Run All.

The save hook is tried on a notebook model and through each profile's server config; then once in real
JupyterLab (learner profile) in Chromium: type an answer, run, save, end the kernel, reopen, restart and run all.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import urllib.request
import warnings

import nbformat
import pytest
from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from playwright.sync_api import expect, sync_playwright
from traitlets.config import Config

from jupyterlab_session import CELLS, IDLE, NOTEBOOK, launch_chromium, learner_lab, open_notebook, type_into_cell
from medialit.classroom.course import COURSE_ROOT
from medialit.lesson.saving import WIDGET_VIEW, replace_widget_views


def widget_output(model_id: str, execution_count: int | None = None):
    """An output as JupyterLab saves a shown widget: a view of a model that lives only in the kernel."""
    data = {WIDGET_VIEW: {"model_id": model_id, "version_major": 2, "version_minor": 0}, "text/plain": "SourceTagger()"}
    if execution_count is None:
        return new_output("display_data", data=data)
    return new_output("execute_result", data=data, execution_count=execution_count)


def lesson_with_tools() -> dict:
    """A notebook model as the contents API hands it to a pre-save hook: a tagger, a highlighter, plain output."""
    nb = new_notebook(cells=[
        new_markdown_cell("# A lesson"),
        new_code_cell('tagger = SourceTagger(article, "speakers")\ntagger', outputs=[widget_output("a1", 3)],
                      execution_count=3),
        new_code_cell(['highlighter = Highlighter(article, "marks")\n', "display(highlighter)"],
                      outputs=[widget_output("b2")]),
        new_code_cell("print(1)", outputs=[new_output("stream", name="stdout", text="1\n")]),
    ])
    return {"type": "notebook", "format": "json", "content": json.loads(nbformat.writes(nb))}


def test_the_save_hook_replaces_each_widget_view_with_a_sentence_naming_the_tool():
    model = lesson_with_tools()
    before = copy.deepcopy(model)
    replace_widget_views(model=model, path="lesson.ipynb", contents_manager=None)
    cells = model["content"]["cells"]
    assert cells[1]["outputs"] == [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                                    "data": {"text/plain": "The tagging tool comes back when you run this cell."}}]
    assert cells[2]["outputs"][0]["data"] == {"text/plain": "The highlighter comes back when you run this cell."}
    assert cells[3] == before["content"]["cells"][3] and cells[0] == before["content"]["cells"][0]
    nbformat.validate(nbformat.from_dict(model["content"]))


def test_the_save_hook_leaves_files_that_are_not_notebooks_alone():
    model = {"type": "file", "format": "text", "content": WIDGET_VIEW}
    replace_widget_views(model=model, path="notes.txt", contents_manager=None)
    assert model == {"type": "file", "format": "text", "content": WIDGET_VIEW}


@pytest.mark.parametrize("profile", ["learner", "teacher"])
def test_each_profile_saves_lessons_through_the_hook_without_warnings(profile, tmp_path):
    """The server config itself: the hook's import string loads, and a save through JupyterLab's contents
    manager writes the sentence, not the widget view."""
    settings = json.loads((COURSE_ROOT / "jupyter" / profile / "jupyter_server_config.json").read_text())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        manager = AsyncLargeFileManager(config=Config(settings), root_dir=str(tmp_path))
        asyncio.run(manager.save(lesson_with_tools(), "lesson.ipynb"))
    saved = (tmp_path / "lesson.ipynb").read_text()
    assert WIDGET_VIEW not in saved and "The tagging tool comes back when you run this cell." in saved


# The same in JupyterLab, in Chromium, once.

LESSON = "01-unnamed-sources"
ANSWER = 'speakers = {1: "none", 2: "unnamed", 9: {"named", "none"}}'
TAGGED = {"S1": ["none"], "S2": ["unnamed"], "S3": [], "S9": ["named", "none"]}


def cell_index(grade_id: str) -> int:
    release = nbformat.read(COURSE_ROOT / "lessons" / LESSON / f"{LESSON}.ipynb", as_version=4)
    return next(i for i, cell in enumerate(release.cells) if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def choose(page, menu: str, item: str) -> None:
    """Pick ``item`` (its whole label) from the menu bar's ``menu``, as a student would."""
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(rf"^{re.escape(item)}$")).first.click()


def open_with_kernel(page, base: str, token: str, path: str) -> None:
    """Open the notebook and wait until its kernel is there and idle. The toolbar's execution indicator says
    "idle" before any kernel is attached (its first state); the status bar names the kernel once it is."""
    open_notebook(page, base, token, path)
    expect(page.locator("#jp-main-statusbar")).to_contain_text("Python 3 (ipykernel) | Idle", timeout=60_000)


def end_every_kernel(base: str, token: str) -> None:
    """The next day: the server has no kernel left for the lesson (its session is deleted, as shutting down does)."""
    def call(path: str, method: str = "GET"):
        request = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"null")

    for session in call("/api/sessions"):
        call(f"/api/sessions/{session['id']}", "DELETE")
    assert call("/api/kernels") == []


def test_a_saved_lesson_reopens_without_widget_errors_and_run_all_shows_the_answer_in_the_tagger(tmp_path):
    path = f"{LESSON}/{LESSON}.ipynb"
    answer_cell = cell_index(f"answer_{ANSWER.split(' = ')[0]}")
    with learner_lab(tmp_path) as (base, token), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            open_with_kernel(page, base, token, path)
            type_into_cell(page, answer_cell, ANSWER)
            page.locator(CELLS).first.click()
            page.keyboard.press("Escape")
            for _ in range(answer_cell):  # run every cell above the answer, the tagger's among them
                page.keyboard.press("Shift+Enter")
            expect(page.locator(f"{NOTEBOOK} .medialit-tagger")).to_have_count(1, timeout=60_000)
            page.wait_for_selector(IDLE, timeout=60_000)
            page.keyboard.press("Control+s")
            page.wait_for_selector(".lm-TabBar-tab.jp-mod-current.jp-mod-dirty", state="detached", timeout=30_000)

            saved = nbformat.read(tmp_path / "lessons" / path, as_version=4)
            assert saved.cells[answer_cell].source == ANSWER and WIDGET_VIEW not in nbformat.writes(saved)

            page.goto("about:blank")
            end_every_kernel(base, token)
            open_with_kernel(page, base, token, path)
            expect(page.locator(CELLS).get_by_text("The tagging tool comes back when you run this cell.")).to_have_count(1)
            assert page.get_by_text("model not found").count() == 0

            # As the line says: that cell alone, in the new kernel (issue 26, item 11); then its answer cell.
            page.locator(CELLS).first.click()
            page.keyboard.press("Escape")
            for _ in range(answer_cell - 1):
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Shift+Enter")
            tagger = page.locator(f"{NOTEBOOK} .medialit-tagger").first
            expect(tagger.locator(".medialit-status")).to_contain_text("The answer cell below has not run",
                                                                        timeout=60_000)
            assert page.locator(f"{NOTEBOOK} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
            page.keyboard.press("Shift+Enter")  # the answer cell, now selected
            answer_line = tagger.get_by_label("Answer line: copy it into the answer cell below")
            expect(answer_line).to_have_value(ANSWER, timeout=60_000)
            expect(tagger.locator(".medialit-status")).to_have_text("")

            choose(page, "Kernel", "Restart Kernel and Run All Cells…")
            page.locator(".jp-Dialog .jp-mod-accept").click()
            tagger = page.locator(f"{NOTEBOOK} .medialit-tagger").first
            answer_line = tagger.get_by_label("Answer line: copy it into the answer cell below")
            expect(answer_line).to_have_value(ANSWER, timeout=60_000)  # the kernel made it from the answer cell
            for label, kinds in TAGGED.items():
                group = tagger.get_by_role("group", name=re.compile(rf"^\[{label}\]"))
                for kind in ("named", "unnamed", "vague", "none"):
                    expect(group.get_by_role("checkbox", name=kind, exact=True)).to_be_checked(checked=kind in kinds)
            assert page.get_by_text("model not found").count() == 0
        finally:
            browser.close()


# The tool's cell alone, the next day (issue 26, item 11) ----------------------------------------------------------

def tool_cells() -> list[tuple[str, str]]:
    """(lesson, source) of every cell of a lesson that makes a tool: the cells the saved lesson asks to run."""
    from medialit.lesson.saving import TOOLS

    return [(path.parent.name, cell.source) for path in sorted((COURSE_ROOT / "lessons").glob("*/*.ipynb"))
            for cell in nbformat.read(path, as_version=4).cells
            if cell.cell_type == "code" and any(call in cell.source for call in TOOLS)]


def test_each_tools_cell_brings_the_tool_back_alone_in_a_kernel_that_ran_nothing_else():
    """The saved lesson says "The tagging tool comes back when you run this cell": after a restart that cell alone
    must bring it back (every name it needs is its own), and say how its answer comes back into it."""
    from nbclient import NotebookClient

    cells = tool_cells()
    assert len(cells) >= 7
    sources = [source for _, tool in cells for source in ("%reset -f", tool)]  # nothing left from the cell before
    nb = new_notebook(cells=[new_code_cell(source) for source in sources])
    NotebookClient(nb, kernel_name="python3", timeout=120, allow_errors=True).execute()
    for (lesson, source), cell in zip(cells, nb.cells[1::2]):
        assert [output.output_type for output in cell.outputs] == ["execute_result"], (lesson, source, cell.outputs)
        view = cell.outputs[0].data[WIDGET_VIEW]
        if "ArticleBox(" not in source:  # a tool that answers an exercise says how its answer comes back
            said = nb.metadata.widgets["application/vnd.jupyter.widget-state+json"]["state"][view["model_id"]]["state"]
            said = said["feedback"]
            assert "answer cell below has not run" in said, (lesson, said)
