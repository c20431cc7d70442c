"""A learner's JupyterLab hides nbgrader's instructor tools; a teacher's keeps them; neither shows news pop-ups.

Each profile is a JUPYTER_CONFIG_DIR under jupyter/ (`make lab` and `make teacher`
use them). The effective settings are read the way JupyterLab reads them, in a
fresh process, because the config path is fixed when Jupyter starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from medialit.classroom.course import COURSE_ROOT

INSTRUCTOR_PLUGINS = {
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:course-list",
}

PROBE = """
import json, tempfile
from jupyter_server.serverapp import ServerApp
from jupyterlab_server.config import get_page_config
from jupyterlab_server.settings_utils import _get_overrides
app = ServerApp()
app.initialize(argv=["--port=0", "--no-browser"], find_extensions=True)
print(json.dumps({
    "server": {k: v for k, v in app.jpserver_extensions.items() if k.startswith("nbgrader")},
    "disabled": sorted(get_page_config([]).get("disabledExtensions", [])),
    "overrides": _get_overrides(tempfile.mkdtemp())[0],
}))
"""


def effective_settings(profile: str, tmp_path) -> dict:
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(COURSE_ROOT / "jupyter" / profile)}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def learner(tmp_path_factory):
    return effective_settings("learner", tmp_path_factory.mktemp("learner"))


@pytest.fixture(scope="module")
def teacher(tmp_path_factory):
    return effective_settings("teacher", tmp_path_factory.mktemp("teacher"))


def test_learners_do_not_see_instructor_tools(learner):
    assert INSTRUCTOR_PLUGINS <= set(learner["disabled"])
    assert learner["server"]["nbgrader.server_extensions.formgrader"] is False
    assert learner["server"]["nbgrader.server_extensions.course_list"] is False


def test_learners_keep_what_they_use_to_validate_and_submit(learner):
    """The nbgrader menu stays: with the instructor plugins off it offers only the Assignment List."""
    assert "@jupyter/nbgrader:menu" not in learner["disabled"]
    assert "@jupyter/nbgrader:validate-assignment" not in learner["disabled"]
    assert "@jupyter/nbgrader:assignment-list" not in learner["disabled"]
    assert learner["server"]["nbgrader.server_extensions.assignment_list"] is True


def test_teachers_keep_the_formgrader(teacher):
    assert not INSTRUCTOR_PLUGINS & set(teacher["disabled"])
    assert teacher["server"]["nbgrader.server_extensions.formgrader"] is True


@pytest.mark.parametrize("profile", ["learner", "teacher"])
def test_no_news_pop_up(profile, request):
    settings = request.getfixturevalue(profile)["overrides"]["@jupyterlab/apputils-extension:notification"]
    assert settings["fetchNews"] == "false" and settings["checkForUpdates"] is False
