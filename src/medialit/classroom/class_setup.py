"""A class on one shared machine: nbgrader's exchange folder and the settings every account reads.

nbgrader hands lessons out and collects them through an *exchange*, a folder
every account can write to (nbgrader's own guide creates it with
``chmod ugo+rw``). Students' nbgrader must know where that folder is and which
course to fetch from; without that, ``fetch_assignment`` looks in
``/usr/local/share/nbgrader/exchange`` and fails. So `medialit class-setup`
creates the folder and writes both settings into a Jupyter configuration
folder that every account reads (``/etc/jupyter`` by default), instead of
into each student's home. It is run once, by whoever administers the machine.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The course id, as the course's nbgrader_config.py gives it. Here too because a class install (pip install of a
#: checkout) has no checkout to read that file from; a test checks that the two agree.
COURSE_ID = "medialit"

#: Every account lists, reads and writes it; nbgrader then sets tighter modes on the folders it creates inside.
EXCHANGE_MODE = 0o777
MARK = "# Written by `medialit class-setup`"


class SetupProblem(RuntimeError):
    """What stopped the set-up, as one sentence that says what to do."""


def class_settings(exchange: Path, course: str) -> str:
    """The nbgrader settings every account needs: where the exchange is and which course this is."""
    return (f"{MARK}: the exchange every account shares, and the course students fetch from.\n"
            "c = get_config()  # noqa: F821 (nbgrader defines get_config)\n"
            f"c.Exchange.root = {str(exchange)!r}\n"
            f"c.CourseDirectory.course_id = {course!r}\n")


def set_up_class(exchange: Path, config_dir: Path) -> list[str]:
    """Create the exchange and write the shared settings; return one line per thing done.

    Running it again changes nothing that is already right. A settings file
    someone else wrote is never overwritten: the problem says what to add.
    """
    exchange, config_dir = exchange.absolute(), config_dir.absolute()
    settings_file = config_dir / "nbgrader_config.py"
    settings = class_settings(exchange, COURSE_ID)
    if settings_file.exists() and not settings_file.read_text(encoding="utf-8").startswith(MARK):
        raise SetupProblem(f"{settings_file} already exists and was not written by medialit, so it was left alone: "
                           f"add these two lines to it yourself:\n{''.join(settings.splitlines(True)[2:])}")
    done = []
    try:
        exchange.mkdir(parents=True, exist_ok=True)
        if exchange.stat().st_mode & 0o777 != EXCHANGE_MODE:
            os.chmod(exchange, EXCHANGE_MODE)
        done.append(f"Exchange folder, open to every account: {exchange}")
        config_dir.mkdir(parents=True, exist_ok=True)
        settings_file.write_text(settings, encoding="utf-8")
        os.chmod(settings_file, 0o644)
        done.append(f"Settings every account reads (exchange and course id): {settings_file}")
    except PermissionError as problem:
        raise SetupProblem(f"You may not change {problem.filename}: run this command as the machine's administrator "
                           "(with sudo, or as root).") from None
    except OSError as problem:  # a file where a folder should be, a read-only disk...
        raise SetupProblem(f"{problem.filename} could not be made ({problem.strerror}): choose another place with "
                           "--exchange or --config-dir.") from None
    return done
