"""Drive nbgrader for this course from Python: one code path for `make lessons`, the teacher's commands and the tests.

nbgrader's API returns ``{"success": ..., "log": ..., "error": ...}`` instead of
raising, so :func:`run` turns a failure into an exception that carries the log.
nbgrader also starts ``alembic`` as a subprocess, found on PATH, when it makes a
gradebook (and, without it, leaves the gradebook with no ``alembic_version``
table for good), so the environment's ``bin/`` is put on PATH here: nothing
needs an activated virtual environment.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

COURSE_ROOT = Path(__file__).parents[3]


class NbgraderFailed(RuntimeError):
    pass


class CourseProblem(RuntimeError):
    """What stops a teacher's command before nbgrader starts, as one sentence that says what to do."""


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


def course_folder(folder: Path) -> Path:
    """``folder``, resolved, once it is known to be a course folder (one where nbgrader is run)."""
    folder = folder.resolve()
    if not (folder / "nbgrader_config.py").is_file():
        raise CourseProblem(f"{folder} is not a course folder (it has no nbgrader_config.py): run this in your "
                            "checkout of the course, where solutions/ and lessons/ are.")
    return folder


@contextlib.contextmanager
def open_gradebook(course: Path) -> Iterator:
    """The course's gradebook (made, with its alembic_version table, if it is new), as nbgrader there would open it."""
    from nbgrader.api import Gradebook

    directory = course_directory(course)
    put_environment_on_path()
    try:
        gradebook = Gradebook(directory.db_url, directory.course_id)
    except ModuleNotFoundError as missing:  # a PostgreSQL gradebook, and no driver in this environment
        [driver] = [r.split(";")[0].strip() for r in importlib.metadata.requires("medialit") or []
                    if r.replace('"', "'").endswith("extra == 'postgres'")]
        raise CourseProblem(f"The gradebook is in a database this install has no driver for ({missing.name}): install "
                            f"it with {sys.executable} -m pip install '{driver}' (docs/setup/nbgrader.md, Grading a big "
                            "class faster, says more).") from None
    with gradebook:
        _stamp_if_unstamped(gradebook)
        yield gradebook


def _stamp_if_unstamped(gradebook) -> None:
    """Give a gradebook nbgrader made without alembic on the PATH the version table nbgrader meant it to have.

    nbgrader stamps a new gradebook only as it creates the tables; when starting
    alembic failed, the tables are there (of this version) and the stamp never
    comes, so a later `nbgrader db upgrade` would not know what it has.
    """
    from nbgrader.api import get_alembic_version
    from sqlalchemy import inspect, text

    if inspect(gradebook.engine).has_table("alembic_version"):
        return
    gradebook.db.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
    gradebook.db.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": get_alembic_version()})
    gradebook.db.commit()


def nbgrader(course: Path, *args: str, say: Callable[[str], None]) -> int:
    """Run ``nbgrader ARGS`` in the course folder as the teacher would type it, with this environment's programs on
    PATH; each line it prints goes to ``say`` with nothing a terminal would act on. Returns nbgrader's status."""
    from ..content.wording import for_terminal

    put_environment_on_path()
    with subprocess.Popen([sys.executable, "-m", "nbgrader", *args], cwd=course, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, errors="replace") as running:
        for line in running.stdout:
            say(for_terminal(line.rstrip("\n"), one_line=True))
    return running.returncode


def add_to_gradebook(course: Path, lesson: str, say: Callable[[str], None]) -> None:
    """Put ``lesson`` in the course's gradebook from solutions/ if it is not there yet, and say so.

    nbgrader learns a lesson (its cells, points and hidden tests) only when it
    generates the student version; a lesson handed out straight from lessons/,
    or released with nbgrader's release_assignment, never reaches the
    gradebook, and `nbgrader generate_assignment` then skips it ("Skipping
    existing assignment") because lessons/ already has it. So the student
    version is generated again into a scratch folder: the gradebook gets the
    lesson and lessons/, which the students have, is left as it is.
    """
    from nbgrader.api import MissingEntry

    with open_gradebook(course) as gradebook:
        with contextlib.suppress(MissingEntry):
            gradebook.find_assignment(lesson)
            return
    directory = course_directory(course)
    source = Path(directory.root) / directory.source_directory
    if not (source / lesson).is_dir():
        known = ", ".join(lesson_names(course)) or "none"
        raise CourseProblem(f"There is no lesson called {lesson} in {source}: check its name (the lessons there: "
                            f"{known}).")
    said = []
    with tempfile.TemporaryDirectory(prefix="medialit-release-") as scratch:
        if nbgrader(course, "generate_assignment", lesson, f"--CourseDirectory.release_directory={scratch}",
                    say=said.append) != 0:
            raise CourseProblem(f"nbgrader could not put {lesson} in the gradebook from {source / lesson}; the last "
                                f"thing it said: {said[-1] if said else 'nothing'}")
    say(f"{lesson} was not in the gradebook yet: it is now, from {source / lesson}.")


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
    return sorted(p.name for p in (root / "solutions").glob("*") if p.is_dir() and not p.name.startswith("."))


def generate_lessons(root: Path = COURSE_ROOT, overrides: dict | None = None) -> list[str]:
    """Regenerate every lesson's student version from ``solutions/``."""
    api = course_api(root, overrides)
    names = lesson_names(root)
    for name in names:
        run(api.generate_assignment(name, force=True))
    return names


def main() -> int:
    from ..content import glossary, range_chart_drawing, search_results
    from . import answer_keys, labelling_rules

    range_chart_drawing.main()  # lesson 03's chart, as the image the lesson shows
    glossary.main(COURSE_ROOT / "solutions")
    search_results.main(COURSE_ROOT / "solutions")  # lesson 04's results lists and its offline page
    labelling_rules.main([str(COURSE_ROOT / "solutions")])  # the keys the one rules file gives, before they are hashed
    answer_keys.main([str(COURSE_ROOT / "solutions")])
    for name in generate_lessons():
        print(f"regenerated lessons/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
