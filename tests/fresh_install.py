"""The teacher guide's recipes as a newcomer types them: a fresh clone of this repository, a shell whose PATH
holds no virtual environment, and the commands read from the guide itself, so the guide and its tests cannot
drift apart.

Each command the tests run sits in a fenced code block of the teacher's pages (docs/) marked, on the line before,
with ``<!-- recipe: RECIPE STEP -->``. Where a command names a place a test may not touch on a shared machine
(``/opt/medialit``, a checkout at ``/path/to/medialit``), the test's own place is put in its stead, and nothing
else is changed.

Two session-wide fixtures, shared by every recipe test (tests/conftest.py imports them): ``fresh_clone``, a
``git clone`` of this checkout's HEAD, and ``class_install``, the shared-machine recipe's plain (not editable)
install of that clone, made by the administrator's commands from the guide, in a folder every account can read.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from medialit.classroom.course import COURSE_ROOT



def guide_text() -> str:
    """All the teacher's pages (docs/, Teach and Set up and grade) as one text: a recipe may sit on any page."""
    return "\n".join(page.read_text(encoding="utf-8") for page in sorted((COURSE_ROOT / "docs").rglob("*.md")))


#: The PATH of a new account on Debian: no virtual environment on it, and the system's python3.
NEWCOMERS_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
_MARKED = re.compile(r"<!-- recipe: (?P<name>[\w-]+ [\w-]+) -->\s*```\w*\n(?P<body>.*?)```", re.DOTALL)
#: What this session's environment says that a newcomer's would not: the test runner's own environment.
_NOT_A_NEWCOMERS = ("VIRTUAL_ENV", "JUPYTER", "PYTHON", "NBGRADER", "PYTEST", "MEDIALIT", "CONDA", "MAKE", "MFLAGS")


def recipe(name: str, places: dict[str, str] | None = None) -> list[str]:
    """The lines of the guide's block marked ``<!-- recipe: NAME -->``, with ``places`` put in (see above)."""
    blocks = {m["name"]: m["body"] for m in _MARKED.finditer(guide_text())}
    assert name in blocks, f"no page in docs/ has a block marked <!-- recipe: {name} -->"
    lines = [line.strip() for line in blocks[name].splitlines() if line.strip()]
    for guide_place, test_place in (places or {}).items():
        lines = [line.replace(guide_place, test_place) for line in lines]
    return lines


def newcomers_env(home: Path, **extra: str) -> dict[str, str]:
    """A new teacher's shell: the machine's usual PATH (no .venv/bin on it), a home of their own; pip keeps the
    cache of the account running the tests, so a second run need not download again."""
    kept = {k: v for k, v in os.environ.items() if not k.startswith(_NOT_A_NEWCOMERS) and k not in {"PATH", "HOME"}}
    cache = os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    return {**kept, "PATH": NEWCOMERS_PATH, "HOME": str(home), "PIP_CACHE_DIR": cache, **extra}


def type_in(line: str, cwd: Path, env: dict[str, str], run_as: list[str] | None = None) -> subprocess.CompletedProcess:
    """One line typed at a shell prompt in ``cwd`` (as another account with ``run_as``); its output and status."""
    command = [*run_as, "env", "-i", *(f"{k}={v}" for k, v in env.items()), "bash", "-c", line] if run_as else \
        ["bash", "-c", line]
    return subprocess.run(command, cwd=cwd, env=None if run_as else env, capture_output=True, text=True)


def follow(lines: list[str], cwd: Path, env: dict[str, str], run_as: list[str] | None = None) -> str:
    """Type each line in turn, as the guide says; every one must succeed. Returns what they printed."""
    said = []
    for line in lines:
        done = type_in(line, cwd, env, run_as)
        said.append(done.stdout + done.stderr)
        assert done.returncode == 0, f"`{line}` failed in {cwd} (status {done.returncode}):\n{said[-1]}"
    return "".join(said)


@pytest.fixture(scope="session")
def recipe_folder():
    """A folder every account can pass through (test accounts' homes inside it stay private)."""
    base = Path(tempfile.mkdtemp(prefix="medialit-recipes-"))
    os.chmod(base, 0o755)
    (base / "home").mkdir(mode=0o700)
    yield base
    # Two environments' worth of files (about 2 GB): removed in the background as the session ends, not waited for.
    subprocess.Popen(["rm", "-rf", str(base)], start_new_session=True, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)


@pytest.fixture(scope="session")
def fresh_clone(recipe_folder) -> Path:
    """`git clone` of this checkout's HEAD: what a teacher has before typing anything (no .venv, no gradebook)."""
    clone = recipe_folder / "medialit"
    subprocess.run(["git", "clone", "--quiet", str(COURSE_ROOT), str(clone)], check=True, capture_output=True)
    return clone


@pytest.fixture(scope="session")
def class_install(recipe_folder, fresh_clone) -> dict:
    """The administrator's step 1 of the shared-machine recipe, typed as root in a newcomer's shell: a venv made by
    the system's python3 and a plain install of the clone. Returns its places and what the commands said."""
    install = recipe_folder / "opt-medialit"
    places = {"/opt/medialit": str(install), "/path/to/medialit": str(fresh_clone)}
    said = follow(recipe("shared-machine install", places), recipe_folder, newcomers_env(recipe_folder / "home"))
    return {"bin": install / "bin", "places": places, "said": said}
