"""JupyterHub settings for a class on one server: the learner view for students, nbgrader's tools for teachers.

Each person's server is started by JupyterHub's LocalProcessSpawner as their own Unix account, in their home
folder, so the shared-machine recipe (one install, `medialit class-setup`, private homes) carries over as it
is. The view is added to the Jupyter configuration path rather than replacing the user's own folder, so a
teacher's ~/.jupyter/nbgrader_config.py (which says where their course folder is) is still read, and the
shared /etc/jupyter settings (exchange, course id) still come after both.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from .selfstudy import jupyter_profile


def view_for(user: str, teachers: Iterable[str]) -> str:
    return "teacher" if user in set(teachers) else "learner"


def configure(c, teachers: Iterable[str]) -> None:
    """Fill JupyterHub's config object ``c`` for a class taught by ``teachers`` (account names)."""
    teachers = sorted(set(teachers))
    c.Authenticator.admin_users = set(teachers)
    c.Spawner.default_url = "/lab"
    # The hub is started as root, whose PATH does not hold the install's programs: each server is started from
    # the install the hub runs from, with its bin/ first on PATH (the formgrader's nbgrader starts alembic).
    programs = Path(sys.executable).parent
    c.Spawner.cmd = [str(programs / "jupyterhub-singleuser")]
    c.Spawner.environment = {
        "JUPYTER_CONFIG_PATH": lambda spawner: str(jupyter_profile(view_for(spawner.user.name, teachers))),
        "PATH": os.pathsep.join([str(programs), os.environ.get("PATH", os.defpath)]),
    }
