"""Whether this account is in a class: its Jupyter settings name an nbgrader exchange (`medialit class-setup`).

In a class, lessons and feedback go out through the exchange, check() has no
self-study keys, and the analyzer leaves the graded texts to the student; both
sides ask here.
"""

from __future__ import annotations

from pathlib import Path


def in_a_class(course: Path | None = None) -> bool:
    """Whether this account's Jupyter settings (or those of the ``course`` folder) name an exchange: then lessons
    and feedback go out through it."""
    folders = [*jupyter_config_folders(), *([course] if course else [])]
    return any("c.Exchange.root" in settings.read_text(encoding="utf-8", errors="replace")
               for settings in (folder / "nbgrader_config.py" for folder in folders) if settings.is_file())


def jupyter_config_folders() -> list[Path]:
    """This account's Jupyter settings folders. None in the browser (make lite): its Python has no jupyter_core, and
    no exchange either; without this, pasting a lesson's text into the analyzer box there failed with no message."""
    try:
        from jupyter_core.paths import jupyter_config_path
    except ModuleNotFoundError:
        return []
    return [Path(folder) for folder in jupyter_config_path()]
