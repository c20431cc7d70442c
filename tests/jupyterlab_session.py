"""A real JupyterLab, as a learner or the teacher gets it, driven by Playwright in Debian's Chromium.

Used by the browser tests and by benchmarks/bench_widget_latency.py. The server
runs with the learner profile (jupyter/learner) in a temporary copy of lessons/,
or with the teacher profile (jupyter/teacher, nbgrader's formgrader) at a
course's root, on a free loopback port with a token, and is always stopped.
Every wait is on a state (a selector, a kernel status, a value), never a sleep.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from medialit.classroom.course import COURSE_ROOT, put_environment_on_path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
#: The notebook on show: other notebooks may sit in hidden tabs of the same workspace.
NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"
IDLE = f"{NOTEBOOK} .jp-Notebook-ExecutionIndicator[data-status='idle']"
CELLS = f"{NOTEBOOK} .jp-Notebook .jp-Cell"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def learner_lab(workdir: Path, startup_timeout: float = 60):
    """Yield the base URL and token of a JupyterLab serving a copy of lessons/, started in it (nbgrader's
    Assignment List fetches into the server's working folder)."""
    root_dir = workdir / "lessons"
    shutil.copytree(COURSE_ROOT / "lessons", root_dir)
    with lab(root_dir, workdir, "learner", startup_timeout) as server:
        yield server


@contextlib.contextmanager
def teacher_lab(course: Path, workdir: Path, startup_timeout: float = 60):
    """Yield the base URL and token of a JupyterLab at a course's root, as `make teacher` starts it: the teacher
    profile (jupyter/teacher), nbgrader's formgrader reading the course's nbgrader_config.py and gradebook."""
    with lab(course, workdir, "teacher", startup_timeout) as server:
        yield server


@contextlib.contextmanager
def lab(root_dir: Path, workdir: Path, profile: str, startup_timeout: float):
    """A JupyterLab with a profile of jupyter/ on a free loopback port with a token, started in ``root_dir``;
    its workspaces, settings and log in ``workdir``."""
    port, token = free_port(), secrets.token_hex(16)
    put_environment_on_path()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(COURSE_ROOT / "jupyter" / profile)}
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root_dir}",
        f"--LabApp.workspaces_dir={workdir / 'workspaces'}", f"--LabApp.user_settings_dir={workdir / 'settings'}",
    ]
    with serving(command, cwd=root_dir, env=env, log=workdir / "jupyterlab.log", name="JupyterLab",
                 ready=f"http://127.0.0.1:{port}/api/status?token={token}", timeout=startup_timeout, grace=15):
        yield f"http://127.0.0.1:{port}", token


@contextlib.contextmanager
def serving(command: list[str], *, cwd: Path, env: dict, log: Path, name: str, ready: str, timeout: float, grace: float):
    """Run a server in its own process group until the block ends: ready when ``ready`` answers, then stopped with
    SIGTERM (so it can stop what it started), and SIGKILL after ``grace`` seconds."""
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if server.poll() is not None:
                    raise RuntimeError(f"{name} stopped at start-up; see {log}")
                try:
                    with urllib.request.urlopen(ready, timeout=2):
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"{name} did not answer within {timeout} s; see {log}") from None
                    time.sleep(0.2)  # polling the server's own status endpoint, not waiting blindly
            yield server
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def open_lab(page, url: str) -> None:
    """Open JupyterLab at ``url`` and wait until it has restored its workspace (its splash screen gone, as
    JupyterLab's own browser tests wait): until then, the restored layout can take the focus from a menu or the
    command palette a test has just opened."""
    page.goto(url)
    page.wait_for_selector("#jupyterlab-splash", state="detached", timeout=60_000)


def open_notebook(page, base: str, token: str, path: str) -> None:
    """Open a notebook in a fresh workspace and wait until its kernel is idle."""
    open_lab(page, f"{base}/lab/tree/{path}?token={token}&reset")
    page.wait_for_selector(CELLS, timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    # The toolbar reads "idle" before any kernel is attached; the status bar names the kernel once it is.
    page.wait_for_function("document.querySelector('#jp-main-statusbar')?.textContent.includes('(ipykernel) | Idle')",
                           timeout=60_000)


def type_into_cell(page, index: int, text: str) -> None:
    """Replace cell ``index``'s text as a keyboard user would (see :func:`type_into_cells`)."""
    type_into_cells(page, {index: text})


def type_into_cells(page, texts: dict[int, str]) -> None:
    """Replace the text of each cell in ``texts`` (by index) as a keyboard user would: select the first cell, move
    down with the arrow keys (JupyterLab scrolls the active cell into view; it does not render cells outside the
    window), press Enter to edit, select all and type. One walk from the top, not one per cell: each key press is a
    round trip to the browser."""
    page.locator(CELLS).first.click()
    page.keyboard.press("Escape")
    here = 0
    for index in sorted(texts):
        for _ in range(index - here):
            page.keyboard.press("ArrowDown")
        here = index
        page.wait_for_selector(f"{CELLS}:nth-child({index + 1}).jp-mod-active")
        page.keyboard.press("Enter")
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(texts[index])
        page.keyboard.press("Escape")


def wait_for_cells(page, count: int, timeout: float = 120_000) -> None:
    """Wait until the notebook on show holds ``count`` cells. JupyterLab first shows one empty placeholder cell
    before the notebook's own: a key press or a run there is lost. The status bar counts the notebook's cells,
    drawn or not ("Cell 1/19")."""
    page.wait_for_function(
        f"/Cell \\d+\\/{count}(?!\\d)/.test(document.querySelector('#jp-main-statusbar')?.textContent)",
        timeout=timeout)


def run_all_cells(page) -> None:
    """Run > Run All Cells, from the menu bar, then wait for every code cell to have run."""
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    page.wait_for_function(
        """(cells) => [...document.querySelectorAll(cells + '.jp-CodeCell .jp-InputPrompt')]
                 .every(p => /\\[\\d+\\]/.test(p.textContent))""",
        arg=CELLS,
        timeout=60_000,
    )
    page.wait_for_selector(IDLE, timeout=60_000)


def prepare_lesson(page, base: str, token: str, lesson: str, answers: dict[str, str]) -> None:
    """Open a lesson, type ``answers`` (by nbgrader grade id) into its answer cells, and run every cell."""
    import nbformat

    open_notebook(page, base, token, f"{lesson}/{lesson}.ipynb")
    release = nbformat.read(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)
    for index, cell in enumerate(release.cells):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.cell_type == "code" and grade_id in answers:
            type_into_cell(page, index, answers[grade_id])
    run_all_cells(page)


#: A school laptop's screen: lessons, feedback pages and the formgrader fit it without scrolling sideways.
LAPTOP = {"width": 1366, "height": 900}
#: On a page nbconvert made (feedback, the formgrader): every element of the notebook whose content is wider
#: than its box, and the page itself.
SIDEWAYS = """() => [document.scrollingElement, ...document.querySelectorAll('#notebook-container *')]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && (e === document.scrollingElement
                                                        || getComputedStyle(e).overflowX !== 'visible'))
    .map((e) => `${e.tagName}.${e.className} (${e.scrollWidth} > ${e.clientWidth} px)`)"""
