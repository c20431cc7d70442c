"""Packaging: pip and conda agree, and importing the package stays light."""

from __future__ import annotations

import tomllib

import yaml
from conftest import in_a_fresh_python
from packaging.requirements import Requirement


def _normalised(requirement: str) -> tuple[str, str]:
    parsed = Requirement(requirement.replace(" ", ""))
    return parsed.name.lower(), str(parsed.specifier)


def test_environment_yml_has_the_same_runtime_dependencies_as_pyproject(course_root):
    project = tomllib.loads((course_root / "pyproject.toml").read_text())["project"]
    environment = yaml.safe_load((course_root / "environment.yml").read_text())
    conda = [d for d in environment["dependencies"] if isinstance(d, str)]
    assert ("python", str(Requirement("python" + project["requires-python"]).specifier)) in map(_normalised, conda)
    conda_runtime = {name: spec for name, spec in map(_normalised, conda) if name not in {"python", "pip"}}
    assert conda_runtime == dict(map(_normalised, project["dependencies"]))


def test_import_medialit_loads_no_heavy_module():
    assert in_a_fresh_python("import medialit", ("ipywidgets", "pandas", "nbgrader", "IPython"))[1] == []


def test_a_lessons_first_cell_loads_no_teacher_tools():
    """Students wait for this import in every lesson, and so does every autograded notebook."""
    code = "from medialit import SourceTagger, check, load_article"
    assert in_a_fresh_python(code, ("nbformat", "nbgrader", "pandas", "matplotlib"))[1] == []


def test_public_names_load_on_first_use():
    import medialit

    assert callable(medialit.load_article) and callable(medialit.check)
    assert medialit.SourceTagger.__name__ == "SourceTagger"
