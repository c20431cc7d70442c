"""JupyterHub settings for a class (medialit/hub.py and deploy/jupyterhub/jupyterhub_config.py), without a hub.

The whole class on a real hub is tests/test_jupyterhub_class.py.
"""

from __future__ import annotations

from types import SimpleNamespace

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.hub import configure
from medialit.classroom.selfstudy import jupyter_profile


def _view(config: Config, user: str) -> str:
    return config.Spawner.environment["JUPYTER_CONFIG_PATH"](SimpleNamespace(user=SimpleNamespace(name=user)))


def test_teachers_get_the_teacher_view_and_everyone_else_the_learner_view():
    config = Config()
    configure(config, ["mr-khan"])
    assert _view(config, "mr-khan") == str(jupyter_profile("teacher"))
    assert _view(config, "ada") == str(jupyter_profile("learner"))
    assert config.Authenticator.admin_users == {"mr-khan"}
    assert config.Spawner.default_url == "/lab"


def test_the_recipe_reads_the_teachers_from_the_environment(monkeypatch):
    monkeypatch.setenv("MEDIALIT_TEACHERS", "t1 t2")
    config = PyFileConfigLoader("jupyterhub_config.py", path=str(COURSE_ROOT / "deploy" / "jupyterhub")).load_config()
    assert config.Authenticator.admin_users == {"t1", "t2"}
    assert _view(config, "t2") == str(jupyter_profile("teacher"))
    assert config.Authenticator.allow_all is True


def test_both_views_exist_and_only_the_learners_hides_the_instructor_tools():
    learner, teacher = jupyter_profile("learner"), jupyter_profile("teacher")
    assert "formgrader" in (learner / "labconfig" / "page_config.json").read_text()
    assert not (teacher / "labconfig" / "page_config.json").exists()
