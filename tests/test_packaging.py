"""Packaging: pip and conda agree, and importing the package stays light."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile

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
    heavy = ("ipywidgets", "pandas", "nbgrader", "IPython", "matplotlib", "numpy", "scipy", "bleach", "spacy", "psycopg")
    assert in_a_fresh_python("import medialit", heavy)[1] == []


def test_a_lessons_first_cell_loads_no_teacher_tools():
    """Students wait for this import in every lesson, and so does every autograded notebook."""
    code = "from medialit import SourceTagger, check, load_article"
    assert in_a_fresh_python(code, ("nbformat", "nbgrader", "pandas", "matplotlib"))[1] == []


def test_public_names_load_on_first_use():
    import medialit

    assert callable(medialit.load_article) and callable(medialit.check)
    assert medialit.SourceTagger.__name__ == "SourceTagger"


#: What a lesson imports in a browser (JupyterLite's Pyodide kernel): pure-Python wheels, installed there too.
STUDENT_SIDE = {"ipywidgets", "anywidget"}
SERVER_ONLY_MARKER = 'sys_platform != "emscripten"'


def test_the_wheel_pulls_no_server_only_library_into_a_browser(course_root, tmp_path):
    """Issue 29: installed in Pyodide (sys_platform "emscripten"), the wheel needs only the student side's
    libraries; on a server, `pip install` is unchanged. The postgres extra is server-only too."""
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)], cwd=course_root,
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("medialit-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    required = [Requirement(line.removeprefix("Requires-Dist: ")) for line in metadata.splitlines()
                if line.startswith("Requires-Dist: ")]
    runtime = [r for r in required if r.marker is None or "extra" not in str(r.marker)]
    postgres = [r for r in required if r.marker is not None and 'extra == "postgres"' in str(r.marker)]
    assert {r.name for r in runtime} >= STUDENT_SIDE | {"nbgrader", "jupyterlab"} and postgres
    for requirement in runtime + postgres:
        if requirement.name in STUDENT_SIDE:
            continue
        assert SERVER_ONLY_MARKER in str(requirement.marker), f"{requirement} would be installed in the browser"
        assert requirement.marker.evaluate({"sys_platform": "linux", "extra": "postgres"})
        assert not requirement.marker.evaluate({"sys_platform": "emscripten", "extra": "postgres"})
    for requirement in runtime:
        if requirement.name in STUDENT_SIDE:
            assert requirement.marker is None, f"{requirement} is needed in the browser too"
