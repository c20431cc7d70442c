"""The browser version (make lite): the JupyterLite site built from nothing, served from 127.0.0.1, in Chromium.

One self-study site and one class site per module. Every request that leaves 127.0.0.1 is refused and counted: the
site must need no CDN and no package index. The lessons run in Pyodide, their tools answer clicks, check() answers,
work survives a reload, and a notebook downloaded from the page grades in nbgrader with full marks.
"""

from __future__ import annotations

import hashlib
import json
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
from jupyterlab_session import CELLS, IDLE, NOTEBOOK, free_port, run_all_cells, type_into_cell
from medialit.answer_hashes import SELF_STUDY_CHECKS
from medialit.course import COURSE_ROOT, copy_course, course_api, run
from medialit.lite import LITE_KERNELSPEC, build, lesson_folders, record_releases, replace_whole
from medialit.lite_trim import OLD_FONT_FORMATS, UNUSED_STUBS

#: The lessons the browser test drives; 02, 03 and 05 need the student path without pandas, matplotlib and spaCy.
DRIVEN = ["00-start-here", "01-unnamed-sources", "02-state-media-framing", "03-unsupported-figures", "05-capstone"]
#: The lessons whose downloaded notebook must grade with full marks.
HANDED_IN = ["00-start-here", "01-unnamed-sources", "02-state-media-framing", "03-unsupported-figures",
             "04-leave-the-page"]
LESSONS = [folder.name for folder in lesson_folders(COURSE_ROOT / "lessons")]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lite")
    return build(root / "site", work=root / "work")


@pytest.fixture(scope="module")
def served(site):
    """The site over HTTP on 127.0.0.1, as any static host would serve it."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait()


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
    page = context.new_page()
    page.goto(f"{served}/lab/index.html?path={lesson}/{lesson}.ipynb")
    page.wait_for_selector(CELLS, timeout=60_000)
    page.wait_for_function("document.querySelector('#jp-main-statusbar')?.textContent.includes('Pyodide')",
                           timeout=60_000)
    page.wait_for_selector(IDLE, timeout=120_000)  # Pyodide starts in 10-20 s; 2 busy cores can double that
    return page


def release(lesson: str) -> nbformat.NotebookNode:
    return nbformat.read(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)


def type_answers(page, lesson: str, answers: dict[str, str]) -> None:
    for index, cell in enumerate(release(lesson).cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") in answers:  # code and written (markdown) answers
            type_into_cell(page, index, answers[cell.metadata["nbgrader"]["grade_id"]])


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


@pytest.mark.parametrize("lesson", DRIVEN)
def test_a_lesson_runs_top_to_bottom_with_no_request_outside_the_site(context, served, lesson):
    page = open_lesson(context, served, lesson)
    try:
        run_all_cells(page)
        errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        assert errors.count() == 0, errors.first.inner_text()
        assert page.locator(".jp-OutputArea-output", has_text="Traceback").count() == 0
        assert page.locator(".medialit-article").count() >= 1
        assert context.refused == []
    finally:
        page.close()


@pytest.mark.parametrize("lesson", ["00-start-here", "01-unnamed-sources"])
def test_the_tagger_answers_a_click_and_check_counts_right_answers(context, served, lesson):
    page = open_lesson(context, served, lesson)
    try:
        run_all_cells(page)
        tool = page.locator(".medialit-tagger").first
        tool.get_by_role("group").first.get_by_role("checkbox").or_(
            tool.get_by_role("group").first.get_by_role("radio")).first.click()
        expect(tool.get_by_label("Answer line: copy it into the answer cell below")).not_to_have_value("")
        tool.get_by_role("button", name="Check my tags").click()
        # check() in a self-study site counts right answers (it has the keys), as after `medialit start`
        expect(tool.locator(".medialit-status .medialit-feedback")).to_contain_text(" of ")
        assert context.refused == []
    finally:
        page.close()


def test_a_reload_keeps_a_typed_answer(context, served):
    lesson = "00-start-here"
    page = open_lesson(context, served, lesson)
    try:
        type_answers(page, lesson, {"answer_named_sentences": "named_sentences = {2, 3}"})
        page.keyboard.press("Control+s")
        page.wait_for_function("!document.querySelector('.jp-mod-dirty')", timeout=30_000)
        page.reload()
        page.wait_for_selector(CELLS, timeout=60_000)
        expect(page.locator(CELLS).filter(has_text="named_sentences = {2, 3}").first).to_be_visible()
    finally:
        page.close()


@pytest.mark.parametrize("lesson", HANDED_IN)
def test_the_downloaded_notebook_grades_with_full_marks(context, served, lesson, tmp_path):
    page = open_lesson(context, served, lesson)
    try:
        type_answers(page, lesson, sample_submissions(lesson)["solution"]["answers"])
        run_all_cells(page)
        page.keyboard.press("Control+s")
        page.locator(".lm-MenuBar-itemLabel", has_text="File").first.click()
        with page.expect_download() as download:
            page.locator(".lm-Menu-itemLabel", has_text="Download").first.click()
        root = copy_course(tmp_path / "course")
        folder = root / "submitted" / "browser-student" / lesson
        folder.mkdir(parents=True)
        download.value.save_as(folder / f"{lesson}.ipynb")
    finally:
        page.close()
    api = course_api(root)
    run(api.generate_assignment(lesson))
    run(api.autograde(lesson, "browser-student"))
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        grades = [grade for notebook in gradebook.find_submission(lesson, "browser-student").notebooks
                  for grade in notebook.grades if not grade.needs_manual_grade]
        assert grades and sum(g.score for g in grades) == sum(g.max_score for g in grades), \
            [(g.name, g.score, g.max_score) for g in grades]


def test_a_lesson_updated_on_the_site_arrives_beside_the_students_saved_copy(context, served, site):
    lesson, added = "00-start-here", "A sentence added in this release."
    site_file = site / "files" / lesson / f"{lesson}.ipynb"
    as_built = site_file.read_bytes()
    page = open_lesson(context, served, lesson)
    told = page.locator(".jp-OutputArea-output", has_text="This lesson has changed on the site")
    listed = page.locator(".jp-DirListing-itemName")  # the file browser, open on the lesson's folder

    def run_and_save() -> None:
        run_all_cells(page)
        page.keyboard.press("Control+s")
        page.wait_for_function("!document.querySelector('.jp-mod-dirty')", timeout=30_000)

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
            expect(listed.filter(has_text=f"{lesson}.ipynb")).to_have_count(1)
            if not said[1:]:  # the lesson as released, saved with an answer, wrote nothing when it ran
                assert listed.filter(has_text=".update-").count() == 0
            page.wait_for_selector(IDLE, timeout=120_000)
            run_and_save()
            said.append(told.count())
        assert sorted(said) == [0, 0, 1], said  # said once, on the visit that placed it
        expect(page.locator(CELLS).filter(has_text="named_sentences = {2, 3}").first).to_be_visible()
        expect(page.locator(CELLS).first).not_to_contain_text(added)  # the student's copy, untouched
        update = listed.filter(has_text=f"{lesson}.update-")
        expect(update).to_have_count(1)
        assert update.inner_text().endswith(".ipynb")
        update.dblclick()
        expect(page.locator(f"{NOTEBOOK} .jp-Notebook .jp-Cell").first).to_contain_text(added, timeout=60_000)
        assert context.refused == []
    finally:
        page.close()
        replace_whole(site_file, as_built)
        record_releases(site / "files")
