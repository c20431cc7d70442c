"""The browser version (make lite): the JupyterLite site built from nothing, served from 127.0.0.1, in Chromium.

One self-study site and one class site per module. Every request that leaves 127.0.0.1 is refused and counted: the
site must need no CDN and no package index. One visit per lesson (a cold start costs 10-20 s), checking everything
issue 29 names for it: it opens unmodified, the model answers typed and every cell run leave no error, the article
shows, the tools show the answer cell's value and answer clicks, check() counts, the tables and the chart with its
words show, the analyzer box gives the server's marks, work survives a reload, and the notebook downloaded from the
page grades in nbgrader with full marks.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import expect

from conftest import sample_submissions
from jupyterlab_session import CELLS, IDLE, NOTEBOOK, free_port, serving, run_all_cells, type_into_cells, wait_for_cells
from medialit import Highlighter, SourceTagger, load_article
from medialit.analyzer.analyzer import analyze
from medialit.keys.answer_hashes import SELF_STUDY_CHECKS
from medialit.content.counts import range_chart_text
from medialit.classroom.course import COURSE_ROOT, copy_course, course_api, run
from medialit.content.figures import figures
from medialit.classroom.lite import LITE_KERNELSPEC, LITE_LANGUAGE_INFO, build, lesson_folders, record_releases, replace_whole
from medialit.classroom.lite_trim import FRONT_END_COPIES, OLD_FONT_FORMATS, UNUSED_STUBS

#: The lessons the browser test drives with their model answers; 02, 03 and 05 need the student path without
#: pandas, matplotlib and spaCy.
DRIVEN = ["00-start-here", "01-unnamed-sources", "02-state-media-framing", "03-unsupported-figures",
          "04-leave-the-page", "05-capstone"]
#: The lessons whose downloaded notebook must grade with full marks.
HANDED_IN = ["00-start-here", "01-unnamed-sources", "02-state-media-framing", "03-unsupported-figures",
             "04-leave-the-page"]
LESSONS = [folder.name for folder in lesson_folders(COURSE_ROOT / "lessons")]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lite")
    return build(root / "site", work=root / "work")


@contextlib.contextmanager
def static_host(site: Path):
    """The site over HTTP on 127.0.0.1, as any static host would serve it, until the block ends."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with serving([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)],
                 cwd=site, env=dict(os.environ), log=site.parent / f"static-host-{port}.log", name="the static host",
                 ready=f"{url}/index.html", timeout=30, grace=5):
        yield url


@pytest.fixture(scope="module")
def served(site):
    with static_host(site) as url:
        yield url


@pytest.fixture
def context(browser):
    """A fresh browser profile for each test, refusing every request outside 127.0.0.1. Not one for the module:
    JupyterLab reopens every lesson a profile had open, each with its own kernel, so the lessons would pile up."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 900})
    context.refused = []

    def only_here(route):
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            context.refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_here)
    yield context
    context.close()


def open_lesson(context, served: str, lesson: str):
    """The lesson in a new tab, once its own cells are in (not JupyterLab's placeholder) and its kernel is idle."""
    page = context.new_page()
    said = []  # what the page and its workers said, shown if the kernel never comes up
    page.on("console", lambda message: said.append(f"{message.type}: {message.text}"[:300]))
    page.on("pageerror", lambda error: said.append(f"page error: {error.name}: {error.message} {error.stack}"[:600]))
    page.on("requestfailed", lambda request: said.append(f"request failed: {request.url} {request.failure}"[:300]))
    page.on("worker", lambda worker: worker.on("console", lambda m: said.append(f"worker {m.type}: {m.text}"[:300])))
    page.goto(f"{served}/lab/index.html?path={lesson}/{lesson}.ipynb")
    wait_for_cells(page, len(release(lesson).cells))
    page.wait_for_function("document.querySelector('#jp-main-statusbar')?.textContent.includes('Pyodide')",
                           timeout=60_000)
    try:
        page.wait_for_selector(IDLE, timeout=120_000)  # Pyodide starts in 10-20 s; 2 busy cores can double that
    except Exception as error:
        status = page.locator("#jp-main-statusbar").inner_text()
        raise AssertionError(f"no idle kernel; status bar: {status!r}; the page said:\n" + "\n".join(said[-40:])) \
            from error
    # the kernel's idle shows in the status bar once its reply to kernel_info (its language) has come in
    page.wait_for_function("/Pyodide\\)\\s*\\|?\\s*Idle/.test(document.querySelector('#jp-main-statusbar')?.innerText)",
                           timeout=60_000)
    return page


def release(lesson: str) -> nbformat.NotebookNode:
    return nbformat.read(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)


def type_answers(page, lesson: str, answers: dict[str, str]) -> None:
    """Type ``answers`` (by nbgrader grade id) into the lesson's code and written (markdown) answer cells."""
    type_into_cells(page, {index: answers[cell.metadata["nbgrader"]["grade_id"]]
                           for index, cell in enumerate(release(lesson).cells)
                           if cell.metadata.get("nbgrader", {}).get("grade_id") in answers})


def save(page) -> None:
    """File > Save, from the menu, not Ctrl+S: a tool's control may have the focus, and it keeps JupyterLab's
    shortcuts from the page."""
    page.locator(".lm-MenuBar-itemLabel", has_text="File").first.click()
    page.locator(".lm-Menu-itemLabel").filter(has_text=re.compile(r"^Save( Notebook)?$")).first.click()
    page.wait_for_function("!document.querySelector('.jp-mod-dirty')", timeout=30_000)


def download(page, target: Path) -> nbformat.NotebookNode:
    """Save, then File > Download, as a student hands in; the notebook as it reached ``target``."""
    save(page)
    page.locator(".lm-MenuBar-itemLabel", has_text="File").first.click()
    with page.expect_download() as downloading:
        page.locator(".lm-Menu-itemLabel", has_text="Download").first.click()
    target.parent.mkdir(parents=True, exist_ok=True)
    downloading.value.save_as(target)
    return nbformat.read(target, as_version=4)


def assigned(line: str) -> tuple[str, object]:
    """``name = literal`` as (name, value): an answer line and a typed answer compare by what they assign."""
    name, _, value = line.partition("=")
    return name.strip(), ast.literal_eval(value.strip())


ANSWER_LINE = "Answer line: copy it into the answer cell below"


#: A tool's cell in a lesson: ``SourceTagger(load_article("press-tv-hajin"), "speakers", multiple=True)``.
TOOL_CELL = re.compile(r'\b(SourceTagger|Highlighter)\(load_article\("([^"]+)"\), "(\w+)"(, multiple=True)?')
TOOL_CLASS = {"SourceTagger": "medialit-tagger", "Highlighter": "medialit-highlighter"}


def tools_show_their_answer_cells(page, lesson: str, answers: dict[str, str]) -> None:
    """Run as on the server, each saved tool rebuilds from its answer cell: its answer line is the one the same tool
    shows on the server for the answer typed."""
    made = [found.groups() for cell in release(lesson).cells if cell.cell_type == "code"
            for found in TOOL_CELL.finditer(cell.source)]
    for kind in TOOL_CLASS:
        tools = page.locator(f"{CELLS} .{TOOL_CLASS[kind]}")
        ours = [tool for tool in made if tool[0] == kind]
        expect(tools).to_have_count(len(ours))
        for index, (_, article, exercise, multiple) in enumerate(ours):
            server = (SourceTagger(load_article(article), exercise, multiple=bool(multiple)) if kind == "SourceTagger"
                      else Highlighter(load_article(article), exercise))
            server.show_answer(assigned(answers[f"answer_{exercise}"])[1])
            expect(tools.nth(index).get_by_label(ANSWER_LINE)).to_have_value(server.answer_line)


def test_the_site_holds_every_lesson_for_the_browser_kernel_and_the_self_study_keys(site):
    for lesson in LESSONS:
        copy = nbformat.read(site / "files" / lesson / f"{lesson}.ipynb", as_version=4)
        assert copy.metadata.kernelspec == LITE_KERNELSPEC, lesson
        assert copy.cells == release(lesson).cells, lesson
    assert sorted(p.name for p in (site / "files" / SELF_STUDY_CHECKS).glob("*.json")) == \
        sorted(p.name for p in (COURSE_ROOT / "lessons" / SELF_STUDY_CHECKS).glob("*.json"))


def test_the_site_is_the_learners_view_and_asks_no_index(site):
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    extensions = [ext["name"] for ext in config["federated_extensions"]]
    assert not [name for name in extensions if "nbgrader" in name], extensions  # no instructor menus
    assert "@jupyterlab/apputils-extension:announcements" in config["disabledExtensions"]  # no news pop-up
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["disablePyPIFallback"] is True
    lock = json.loads((site / "static" / "pyodide-lock" / "pyodide-lock.json").read_text())
    assert "medialit" in lock["packages"] and "ipywidgets" in lock["packages"]
    for package in lock["packages"].values():
        assert not urlparse(package["file_name"]).scheme, package["file_name"]  # every wheel on the site
        assert (site / "static" / "pyodide-lock" / package["file_name"]).resolve().is_file(), package["file_name"]


#: What the Pyodide kernel's worker loads as it starts (jupyterlite-pyodide-kernel 0.8.6): micropip first, then piplite
#: and the kernel's own packages. One missing from the site's lock and the kernel never starts, with no message.
KERNEL_STARTS_WITH = ("micropip", "piplite", "ipykernel", "comm", "pyodide-kernel", "jedi", "ipython")


def test_every_package_the_kernel_loads_and_all_they_depend_on_is_on_the_site_and_loaded_at_start(site):
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    worker = next((site / "extensions").rglob("comlink.worker.*.js")).read_text(encoding="utf-8")
    assert 'loadPackage(["micropip"])' in worker and '["ipykernel","comm","pyodide-kernel","jedi","ipython"]' in worker
    lock = json.loads((site / "static" / "pyodide-lock" / "pyodide-lock.json").read_text())["packages"]
    assert set(KERNEL_STARTS_WITH) <= set(kernel["loadPyodideOptions"]["packages"]) <= set(lock)
    missing = {(name, needed) for name, package in lock.items() for needed in package["depends"] if needed not in lock}
    assert not missing, missing


def test_every_package_in_the_browser_is_pinned(site):
    """The same site from the same checkout: each wheel's version is written down, none left to a resolver on the day."""
    lock = json.loads((site / "static" / "pyodide-lock" / "pyodide-lock.json").read_text())["packages"]
    pins = dict(line.split("==") for line in (COURSE_ROOT / "lite" / "kernel-packages.txt").read_text().splitlines()
                if line and not line.startswith("#"))
    from_the_kernel = {name for name, package in lock.items() if "pyodide-kernel-extension" in package["file_name"]}
    unpinned = {name: package["version"] for name, package in lock.items()
                if name != "medialit" and name not in from_the_kernel and pins.get(name) != package["version"]}
    assert not unpinned, unpinned


def test_every_wheel_on_the_site_matches_its_checksum_in_the_lock(site):
    """Pyodide refuses a wheel whose checksum differs from the lock's: a wheel changed after the lock was written
    (as the build trims jedi's) would stop the kernel from starting."""
    folder = site / "static" / "pyodide-lock"
    lock = json.loads((folder / "pyodide-lock.json").read_text())["packages"]
    wrong = [name for name, package in lock.items()
             if hashlib.sha256((folder / package["file_name"]).read_bytes()).hexdigest() != package["sha256"]]
    assert not wrong, wrong


#: Budget of the whole site, raw: every student downloads all of it on the first visit (issue 29's goal).
SITE_BUDGET_MB = 40


def test_the_site_stays_within_its_size_budget_and_carries_no_file_its_browser_never_reads(site):
    size = sum(path.stat().st_size for path in site.rglob("*") if path.is_file())
    assert size <= SITE_BUDGET_MB * 1_000_000, f"{size / 1e6:.1f} MB"
    old_fonts = [path.name for path in (site / "build").iterdir()
                 if path.suffix in OLD_FONT_FORMATS and path.with_suffix(".woff2").is_file()]
    assert not old_fonts, old_fonts
    jedi = json.loads((site / "static" / "pyodide-lock" / "pyodide-lock.json").read_text())["packages"]["jedi"]
    with zipfile.ZipFile(site / "static" / "pyodide-lock" / jedi["file_name"]) as wheel:
        names = wheel.namelist()
    assert not [name for name in names if name.startswith(UNUSED_STUBS)]
    assert "jedi/third_party/typeshed/stdlib/builtins.pyi" in names  # completion of the standard library stays
    # the lab extensions' copies in the kernel's wheels: the site serves them from extensions/ (anywidget's is there)
    lock = json.loads((site / "static" / "pyodide-lock" / "pyodide-lock.json").read_text())["packages"]
    copies = {}
    for package in lock.values():
        if "/" not in package["file_name"].removeprefix("../../static/pyodide-lock/"):
            with zipfile.ZipFile(site / "static" / "pyodide-lock" / package["file_name"]) as wheel:
                copies[package["name"]] = [name for name in wheel.namelist()
                                           if any(part in name for part in FRONT_END_COPIES)]
    assert "anywidget" in copies and not any(copies.values()), {name: found[:3] for name, found in copies.items()}
    assert (site / "extensions" / "anywidget" / "package.json").is_file()


def test_the_build_tools_find_a_python_of_3_12_or_later_by_themselves():
    plan = subprocess.run(["make", "-n", "--always-make", ".venv-lite/.installed"], cwd=COURSE_ROOT,
                          capture_output=True, text=True).stdout  # -n: what make would run, nothing runs
    interpreter = next(line for line in plan.splitlines() if " -m venv .venv-lite" in line).split(" -m venv ")[0]
    version = subprocess.run([interpreter.strip(), "-c", "import sys; print(sys.version_info >= (3, 12))"],
                             capture_output=True, text=True)
    assert version.stdout.strip() == "True", (interpreter, version.stderr)


def test_without_a_python_of_3_12_or_later_make_lite_says_so_in_one_sentence():
    result = subprocess.run(["make", "-s", "--always-make", ".venv-lite/.installed", "LITE_PYTHON="],
                            cwd=COURSE_ROOT, capture_output=True, text=True)
    assert result.returncode != 0
    assert "needs Python 3.12 or later" in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_the_class_site_carries_no_keys(tmp_path):
    site = build(tmp_path / "site", with_keys=False, work=tmp_path / "work")
    assert not list(site.rglob(f"*{SELF_STUDY_CHECKS}*"))
    assert "medialit-checks" not in (site / "api" / "contents" / "all.json").read_text()
    assert (site / "files" / "00-start-here" / "00-start-here.ipynb").is_file()


def test_the_kernel_describes_its_language_as_the_site_copies_say(site):
    """A lesson opens unmodified only if its language_info is what the browser kernel reports: a new kernel that
    reports another fails here, without a browser."""
    kernel = next(path for path in (site / "extensions" / "@jupyterlite" / "pyodide-kernel-extension").rglob("*.js")
                  if "kernelInfoRequest" in path.read_text(encoding="utf-8"))
    reported = re.search(r"language_info:(\{.*?\}),protocol_version", kernel.read_text(encoding="utf-8"))[1]
    assert json.loads(re.sub(r"([{,])(\w+):", r'\1"\2":', reported)) == LITE_LANGUAGE_INFO
    copy = nbformat.read(site / "files" / "00-start-here" / "00-start-here.ipynb", as_version=4)
    assert copy.metadata.language_info == LITE_LANGUAGE_INFO


def click_a_tool_and_check(tool, check_button: str) -> None:
    """A click changes the answer line; the tool's check() counts right answers (a self-study site has the keys)."""
    before = tool.get_by_label(ANSWER_LINE).input_value()
    if tool.locator(".medialit-word").count():  # the highlighter: a technique, then a word not marked yet
        tool.get_by_role("radio").first.check()
        tool.locator(".medialit-word[aria-pressed='false']").first.click()
    else:
        tool.get_by_role("group").first.locator("input:not(:checked)").first.click()
    expect(tool.get_by_label(ANSWER_LINE)).not_to_have_value(before)
    tool.get_by_role("button", name=check_button).click()
    expect(tool.locator(".medialit-status .medialit-feedback")).to_contain_text(" of ")


def tables_and_chart_show(page) -> None:
    """Lesson 03: medialit.content.tables' HTML tables with their captions and headers, and the chart as an image whose
    alt text is the chart in words, as the server writes it."""
    table = figures()
    shown = page.locator(f"{CELLS} .medialit-outlets table", has=page.locator("caption", has_text=table.caption()))
    expect(shown).to_have_count(1)
    headers = shown.locator("thead th").all_text_contents()
    assert [header.strip() for header in headers] == [table.index_name or "row", *table.columns]
    chart = page.locator(f"{CELLS} img[alt^='Chart:']")
    expect(chart).to_have_count(1)
    assert chart.get_attribute("alt") == range_chart_text()
    assert chart.evaluate("(image) => image.complete && image.naturalWidth > 0")  # the PNG decodes


#: What each lesson's visit checks besides what every visit checks.
OWN_CHECKS = {
    "00-start-here": lambda page: click_a_tool_and_check(page.locator(".medialit-tagger").first, "Check my tags"),
    "01-unnamed-sources": lambda page: click_a_tool_and_check(page.locator(".medialit-tagger").first, "Check my tags"),
    "02-state-media-framing": lambda page: click_a_tool_and_check(page.locator(".medialit-highlighter").first,
                                                                  "Check my marks"),
    "03-unsupported-figures": tables_and_chart_show,
}


def outputs(nb: nbformat.NotebookNode) -> list[dict]:
    return [output for cell in nb.cells if cell.cell_type == "code" for output in cell.outputs]


@pytest.mark.parametrize("lesson", DRIVEN)
def test_a_lesson_in_the_browser_from_opening_to_hand_in(context, served, lesson, grading_course):
    """One visit: opens unmodified; the model answers typed and every cell run leave no error and no font-cache
    message, with the article shown; the tools show the answer cells and answer clicks; no request leaves the site;
    the downloaded notebook grades with full marks."""
    answers = sample_submissions(lesson)["solution"]["answers"]
    page = open_lesson(context, served, lesson)
    try:
        expect(page.locator(".jp-mod-dirty")).to_have_count(0)  # opened, kernel idle, nothing typed yet
        type_answers(page, lesson, answers)
        run_all_cells(page)
        assert page.locator(".medialit-article").count() >= 1
        tools_show_their_answer_cells(page, lesson, answers)
        OWN_CHECKS.get(lesson, lambda page: None)(page)
        handed_in = download(page, grading_course / "submitted" / "browser-student" / lesson / f"{lesson}.ipynb")
        if lesson == "00-start-here":  # work survives a reload (the browser's storage)
            page.reload()
            wait_for_cells(page, len(release(lesson).cells))
            expect(page.locator(CELLS).filter(has_text=answers["answer_named_sentences"]).first).to_be_visible()
        assert context.refused == []
    finally:
        page.close()
    problems = [output for output in outputs(handed_in)
                if output.output_type == "error" or output.get("name") == "stderr"
                or "font cache" in json.dumps(output.get("text", output.get("data", {})))]
    assert not problems, problems
    assert len([cell for cell in handed_in.cells if cell.cell_type == "code" and cell.execution_count]) == \
        len([cell for cell in handed_in.cells if cell.cell_type == "code"])
    if lesson in HANDED_IN:
        assert_full_marks(grading_course, lesson)


@pytest.fixture(scope="module")
def grading_course(tmp_path_factory) -> Path:
    """One course for every lesson handed in from the browser: each visit places its download in
    submitted/browser-student/<lesson>/, as a teacher would (or nbgrader zip_collect)."""
    return copy_course(tmp_path_factory.mktemp("grading") / "course")


def assert_full_marks(root: Path, lesson: str) -> None:
    api = course_api(root)
    run(api.generate_assignment(lesson))
    run(api.autograde(lesson, "browser-student"))
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        grades = [grade for notebook in gradebook.find_submission(lesson, "browser-student").notebooks
                  for grade in notebook.grades if not grade.needs_manual_grade]
        assert grades and sum(g.score for g in grades) == sum(g.max_score for g in grades), \
            [(g.name, g.score, g.max_score) for g in grades]


ANALYZED = "press-tv-hajin"


def test_the_analyzer_box_gives_the_servers_marks(context, served):
    """Lesson 6's box, pasted into and pressed: the marks the browser shows are the server's for the same text."""
    lesson = "06-your-own-article"
    text = (COURSE_ROOT / "source_texts" / f"{ANALYZED}.txt").read_text(encoding="utf-8")
    page = open_lesson(context, served, lesson)
    try:
        run_all_cells(page)
        box = page.locator(".medialit-article-box")
        box.locator("textarea").fill(text)
        box.get_by_role("button", name="Analyse").click()
        expect(box.locator(".medialit-status")).to_contain_text("Analysed:", timeout=60_000)
        marks = box.locator(".widget-html-content").last
        same = marks.evaluate("(shown, html) => { const server = document.createElement('div');"
                              " server.innerHTML = html; return shown.innerHTML === server.innerHTML; }",
                              analyze(text).to_html())
        assert same, marks.inner_text()[:500]
        assert context.refused == []
    finally:
        page.close()


def test_a_lesson_updated_on_the_site_arrives_beside_the_students_saved_copy(context, served, site):
    lesson, added = "00-start-here", "A sentence added in this release."
    site_file = site / "files" / lesson / f"{lesson}.ipynb"
    as_built = site_file.read_bytes()
    page = open_lesson(context, served, lesson)
    told = page.locator(".jp-OutputArea-output", has_text="This lesson has changed on the site")
    listed = page.locator(".jp-DirListing-itemName")  # the file browser, open on the lesson's folder

    def run_and_save() -> None:
        run_all_cells(page)
        save(page)

    try:
        type_answers(page, lesson, {"answer_named_sentences": "named_sentences = {2, 3}"})
        run_and_save()
        changed = json.loads(as_built)
        changed["cells"][0]["source"] = "".join(changed["cells"][0]["source"]) + "\n" + added
        replace_whole(site_file, (json.dumps(changed, indent=1, ensure_ascii=False) + "\n").encode())
        record_releases(site / "files")
        # The site's service worker answers from its cache first and refreshes it behind: the visit after the one
        # that first asks for the changed files sees them.
        said = [told.count()]
        for _visit in range(2):
            page.reload()
            expect(listed.filter(has_text=f"{lesson}.ipynb")).to_have_count(1, timeout=60_000)  # the lab is back
            if not said[1:]:  # the lesson as released, saved with an answer, wrote nothing when it ran
                assert listed.filter(has_text=".update-").count() == 0
            wait_for_cells(page, len(release(lesson).cells))
            page.wait_for_selector(IDLE, timeout=120_000)
            run_and_save()
            said.append(told.count())
        assert sorted(said) == [0, 0, 1], said  # said once, on the visit that placed it
        expect(page.locator(CELLS).filter(has_text="named_sentences = {2, 3}").first).to_be_visible()
        expect(page.locator(CELLS).first).not_to_contain_text(added)  # the student's copy, untouched
        update = listed.filter(has_text=f"{lesson}.update-")
        expect(update).to_have_count(1, timeout=60_000)  # the file browser lists what the kernel wrote
        assert update.inner_text().endswith(".ipynb")
        update.dblclick()
        expect(page.locator(f"{NOTEBOOK} .jp-Notebook .jp-Cell").first).to_contain_text(added, timeout=60_000)
        assert context.refused == []
    finally:
        page.close()
        replace_whole(site_file, as_built)
        record_releases(site / "files")


def test_after_the_first_visit_another_lesson_opens_and_runs_with_the_host_gone(browser, site):
    """The first visit's service worker stores every file of the site; with the host stopped, a
    lesson never opened before still opens, its kernel starts and its cells run (a laptop taken home). A profile
    with no request routing: Playwright's routing sends a page's own requests past the service worker."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    with static_host(site) as host:
        first = open_lesson(context, host, "00-start-here")
        every_file = 1 + sum(1 for path in site.rglob("*") if path.is_file() and path.name != "service-worker.js")
        first.wait_for_function("async (count) => (await (await caches.open('precache')).keys()).length >= count",
                                arg=every_file, polling=500, timeout=120_000)  # stored while the lesson opened
        first.close()
    lesson = "03-unsupported-figures"
    page = open_lesson(context, host, lesson)
    try:
        run_all_cells(page)
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        expect(page.locator(".medialit-article").first).to_be_visible()
    finally:
        context.close()
