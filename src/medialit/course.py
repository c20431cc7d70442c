"""Drive nbgrader for this course from Python: one code path for `make lessons` and the tests.

nbgrader's API returns ``{"success": ..., "log": ..., "error": ...}`` instead of
raising, so :func:`run` turns a failure into an exception that carries the log.
nbgrader also starts ``alembic`` as a subprocess, so the environment's ``bin/``
is put on PATH here: nothing needs an activated virtual environment.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

COURSE_ROOT = Path(__file__).parents[2]


class NbgraderFailed(RuntimeError):
    pass


def put_environment_on_path() -> None:
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def course_config(root: Path = COURSE_ROOT, overrides: dict | None = None) -> Config:
    """The course's ``nbgrader_config.py`` with ``root`` as course root, plus ``overrides``."""
    config = PyFileConfigLoader("nbgrader_config.py", path=str(COURSE_ROOT)).load_config()
    config.CourseDirectory.root = str(root)
    config.merge(Config(overrides or {}))
    return config


def course_directory(course: Path):
    """nbgrader's view of a teacher's course folder, from the nbgrader_config.py in it if there is one (as
    `nbgrader` run there would read it): where its gradebook is (``db_url``) and its course id."""
    from nbgrader.coursedir import CourseDirectory

    config = Config()
    if (course / "nbgrader_config.py").is_file():
        config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    return CourseDirectory(config=config)


def gradebook_url(course: Path) -> str:
    """The gradebook of a course folder: its ``db_url`` (PostgreSQL, say), else nbgrader's gradebook.db in it."""
    return course_directory(course).db_url


def course_api(root: Path = COURSE_ROOT, overrides: dict | None = None):
    put_environment_on_path()
    from nbgrader.apps import NbGraderAPI

    return NbGraderAPI(config=course_config(root, overrides))


def run(result: dict) -> dict:
    """Raise with nbgrader's own log when an API call did not succeed."""
    if not result.get("success"):
        raise NbgraderFailed(f"{result.get('error', '')}\n{result.get('log', '')}")
    return result


def copy_course(destination: Path) -> Path:
    """The parts of the course nbgrader needs, in another folder (tests and benchmarks grade there)."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", destination)
    shutil.copytree(COURSE_ROOT / "solutions", destination / "solutions")
    return destination


def lesson_names(root: Path = COURSE_ROOT) -> list[str]:
    return sorted(p.name for p in (root / "solutions").iterdir() if p.is_dir() and not p.name.startswith("."))


def generate_lessons(root: Path = COURSE_ROOT, overrides: dict | None = None) -> list[str]:
    """Regenerate every lesson's student version from ``solutions/``."""
    api = course_api(root, overrides)
    names = lesson_names(root)
    for name in names:
        run(api.generate_assignment(name, force=True))
    return names


def main() -> int:
    from . import keys

    keys.main([str(COURSE_ROOT / "solutions")])
    for name in generate_lessons():
        print(f"regenerated lessons/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
