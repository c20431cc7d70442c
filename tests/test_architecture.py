"""The package's layout is its architecture (docs/architecture.md): parts by who uses them, each importing only
the parts below it, no import circle, and the names students and teachers use where they use them.

Imports are read from the source (every ``import`` and ``from ... import``, inside functions too), not run; an
import under ``if TYPE_CHECKING:`` never runs and is not counted.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

from medialit.classroom.course import COURSE_ROOT

PACKAGE = COURSE_ROOT / "src" / "medialit"

#: What each part may import, besides itself: the parts below it. Nothing below imports ``classroom``.
MAY_IMPORT = {
    "content": set(),
    "keys": {"content"},
    "analyzer": {"content", "keys"},
    "lesson": {"content", "keys", "analyzer"},
    "classroom": {"content", "keys", "analyzer", "lesson"},
}


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The ids of the import nodes under ``if TYPE_CHECKING:``."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING":
            skipped |= {id(inner) for statement in node.body for inner in ast.walk(statement)}
    return skipped


def imports_of(path: Path, known: set[str], package: Path = PACKAGE) -> set[str]:
    """The medialit modules (of ``known``) that the module at ``path`` imports, anywhere in its code."""
    name = module_name(path, package)
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_only(tree)
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*here.split(".")[:len(here.split(".")) - node.level + 1], *([base] if base else [])])
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:  # `import medialit.content.article` also imports its packages
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    paths = sorted(package.rglob("*.py"))
    known = {module_name(path, package) for path in paths}
    return {module_name(path, package): imports_of(path, known, package) for path in paths}


def part_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in MAY_IMPORT else None


def layer_breaches(graph: dict[str, set[str]]) -> list[str]:
    breaches = []
    for module, imported in sorted(graph.items()):
        part = part_of(module)
        if part is None:  # the package's own __init__: the public names, loaded on first use
            continue
        for target in sorted(imported):
            if part_of(target) not in {part, *MAY_IMPORT[part]}:  # the package itself too: import what is needed
                breaches.append(f"{module} imports {target}")
    return breaches


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import one another, directly or round a longer circle (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


GRAPH = import_graph()


def test_every_module_is_in_one_part():
    loose = [module for module in GRAPH if module != "medialit" and part_of(module) is None]
    assert loose == [], "put each module in content, analyzer, keys, lesson or classroom (docs/architecture.md)"


def test_each_part_imports_only_the_parts_below_it():
    """Above all, nothing that runs in a student's kernel (lesson, and the content and analyzer it uses) imports the
    teacher's side."""
    assert layer_breaches(GRAPH) == []


def test_no_import_circle():
    assert circles(GRAPH) == []


def _planted(tmp_path: Path, modules: dict[str, str]) -> dict[str, set[str]]:
    for name, source in modules.items():
        path = tmp_path / "medialit" / Path(*name.split(".")[1:]).with_suffix(".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return import_graph(tmp_path / "medialit")


def test_the_checks_catch_a_planted_bad_import(tmp_path):
    """The two checks above fail when they should: a lesson module importing the teacher's side (even inside a
    function), and two modules importing each other (one of them lazily)."""
    graph = _planted(tmp_path, {
        "medialit.__init__": "", "medialit.lesson.__init__": "", "medialit.classroom.__init__": "",
        "medialit.lesson.answers": "def f():\n    from ..classroom import grading\n",
        "medialit.classroom.grading": "from ..lesson.answers import f\n",
        "medialit.classroom.keys": "from .grading import x\n",
        "medialit.classroom.report": "def g():\n    from . import keys\n\nfrom medialit.classroom.grading import y\n",
        "medialit.classroom.grading2": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .report import g\n",
    })
    assert layer_breaches(graph) == ["medialit.lesson.answers imports medialit.classroom.grading"]
    assert circles(graph) == [["medialit.classroom.grading", "medialit.lesson.answers"]]


#: Where students and teachers use each public name: a lesson's cells, the command line, the configuration.
PUBLIC_NAMES = ["load_article", "check", "SourceTagger", "Highlighter", "ArticleBox", "analyze", "outlets"]


def test_the_names_students_use_import_from_medialit():
    import medialit

    for name in PUBLIC_NAMES:
        assert getattr(medialit, name) is not None, name
    assert set(PUBLIC_NAMES) <= set(medialit.__all__)


def _lesson_imports() -> set[tuple[str, str]]:
    """(module, name) of every ``from medialit... import`` in the solutions and the lessons handed out."""
    found = set()
    for path in sorted([*(COURSE_ROOT / "solutions").glob("*/*.ipynb"), *(COURSE_ROOT / "lessons").glob("*/*.ipynb")]):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "code":
                continue
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:  # a student's answer cell in the solution can be a sketch
                continue
            found |= {(node.module, alias.name) for node in ast.walk(tree)
                      if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("medialit")
                      for alias in node.names}
    return found


def test_every_name_a_lesson_imports_comes_from_medialit_itself():
    """The lessons' cells import from ``medialit``, never from a module inside it, so that moving a module never
    breaks a handed-out lesson; and each of those names imports."""
    used = _lesson_imports()
    assert {module for module, _ in used} == {"medialit"}
    import medialit

    for _, name in sorted(used):
        assert getattr(medialit, name) is not None, name


def test_the_medialit_command_and_the_module_commands_exist():
    """The ``medialit`` command's entry point, and every ``python -m medialit...`` the Makefile and the pages name."""
    script = tomllib.loads((COURSE_ROOT / "pyproject.toml").read_text())["project"]["scripts"]["medialit"]
    module, _, function = script.partition(":")
    assert callable(getattr(importlib.import_module(module), function))
    pages = [COURSE_ROOT / "Makefile", COURSE_ROOT / "README.md", *sorted((COURSE_ROOT / "docs").rglob("*.md"))]
    named = {m for page in pages for m in re.findall(r"python -m (medialit[\w.]*)", page.read_text(encoding="utf-8"))}
    assert named, "the Makefile runs python -m medialit.classroom.course"
    for name in sorted(named):
        assert importlib.util.find_spec(name) is not None, name
        assert "__main__" in (Path(importlib.util.find_spec(name).origin).read_text(encoding="utf-8")), name


def _dotted_paths(text: str) -> set[str]:
    return set(re.findall(r"[\"'](medialit\.[\w.]+)[\"']", text))


@pytest.mark.parametrize("settings", ["nbgrader_config.py", "jupyter/learner/jupyter_server_config.json",
                                      "jupyter/teacher/jupyter_server_config.json",
                                      "src/medialit/classroom/feedback_templates/medialit_feedback/conf.json",
                                      "src/medialit/classroom/feedback_templates/medialit_formgrade/conf.json",
                                      "deploy/jupyterhub/jupyterhub_config.py"])
def test_every_class_the_configuration_names_exists(settings):
    """nbgrader, Jupyter and JupyterHub find our classes and hooks by dotted path: each one resolves."""
    text = (COURSE_ROOT / settings).read_text(encoding="utf-8")
    names = _dotted_paths(text) | set(re.findall(r"^from (medialit[\w.]*) import (\w+)", text, re.M))
    assert names, settings
    for name in sorted(names):
        module, attribute = name if isinstance(name, tuple) else name.rpartition(".")[::2]
        assert hasattr(importlib.import_module(module), attribute), name


def test_import_medialit_stays_light_with_the_lesson_names():
    """The lazy names load nothing until used (tests/test_packaging.py holds ``import medialit`` itself)."""
    code = "import medialit, sys; print(json.dumps(sorted(m for m in sys.modules if m.startswith('medialit'))))"
    done = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == ["medialit"]


def test_the_architecture_page_names_every_part_and_no_other():
    page = (COURSE_ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    folders = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    named = set(re.findall(r"src/medialit/(\w+)/", page))
    assert folders == set(MAY_IMPORT)
    assert named == folders, "docs/architecture.md names each part by its folder, src/medialit/<part>/"
