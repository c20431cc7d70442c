"""The lessons as a JupyterLite site (make lite): JupyterLab and Python run in the student's browser, from static files.

Teacher side: it builds, it never runs in a lesson. Everything comes from the package registries these machines
reach, pinned: the build tools from PyPI into their own environment (.venv-lite, Python >= 3.12 for pyodide-lock),
the Pyodide core from npm, every package the browser's Python needs as a pure-Python wheel from PyPI, and
medialit's own wheel built from this checkout. The site asks nothing of the network at run time (the kernel's PyPI
fallback is off) and its service worker keeps every lesson for offline use after the first visit.

A self-study site carries the hashed keys (lessons/.medialit-checks) so check() counts right answers; a class site
(``--class``) leaves them out, so check() says only whether an answer's form is one the grader can read.

Run as ``python -m medialit.classroom.lite [--class] [--output site]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from ..keys.answer_hashes import SELF_STUDY_CHECKS
from ..lesson.browser_updates import RECORD, RELEASES
from .course import COURSE_ROOT
from .lite_trim import trim

PYODIDE_VERSION = "314.0.6"
#: The files of the npm package `pyodide` the kernel loads (its lock file is rewritten, see _pyodide_core).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide.js",
                 "package.json")
#: The browser kernel's name; each lesson's copy on the site names it, so a lesson opens unmodified.
LITE_KERNELSPEC = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
#: What the browser kernel says about its language (jupyterlite-pyodide-kernel 0.8.6's kernelInfoRequest, fixed
#: there, "3.8" included). JupyterLab writes it into the notebook as the kernel starts: a copy holding anything else
#: opens marked as modified.
LITE_LANGUAGE_INFO = {"codemirror_mode": {"name": "python", "version": 3}, "file_extension": ".py",
                      "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                      "pygments_lexer": "ipython3", "version": "3.8"}
#: medialit's dependencies that only the server uses: left out of the browser's packages.
SERVER_ONLY = ("jupyterlab", "nbgrader", "scipy", "bleach", "spacy", "markdown-it-py", "psycopg", "pandas",
               "matplotlib", "numpy")
#: What the browser's Python can do without, to keep the site small: the widgets' front ends (the site carries them
#: as lab extensions). jedi stays: the Pyodide kernel turns IPython's jedi completion on.
NOT_IN_THE_BROWSER = ("widgetsnbextension", "jupyterlab-widgets")
#: Loaded while Pyodide starts, so a lesson's first cell does not wait for them. micropip, piplite and jedi are
#: named too: the kernel installs whatever this list leaves out through micropip, one package at a time.
PREFETCH = ("medialit", "ipywidgets", "anywidget", "psygnal", "traitlets", "comm", "typing-extensions", "micropip",
            "piplite", "jedi")
LITE_CONFIG = COURSE_ROOT / "lite"
BUILD_TOOLS = COURSE_ROOT / ".venv-lite" / "bin"


def lesson_folders(lessons_dir: Path) -> list[Path]:
    """Every lesson and skill check: the folders of lessons/ that hold a notebook."""
    return sorted(folder for folder in lessons_dir.iterdir()
                  if folder.is_dir() and not folder.name.startswith(".") and any(folder.glob("*.ipynb")))


def copy_for_the_browser(notebook: Path, target: Path) -> None:
    """The lesson as released, naming the browser's kernel and its language as that kernel describes it, so it opens
    unmodified (nothing else changes: nbgrader's cell ids and checksums stay, so the downloaded notebook grades as it
    would from the server)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    nb["metadata"]["kernelspec"] = dict(LITE_KERNELSPEC)
    nb["metadata"]["language_info"] = dict(LITE_LANGUAGE_INFO)
    target.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def site_contents(files: Path, lessons_dir: Path, with_keys: bool) -> None:
    """The site's files: each lesson in its own folder, each again as released (for the updates), and for
    self-study the hashed keys beside them (the kernel finds them above its working folder, as after
    `medialit start`)."""
    for folder in lesson_folders(lessons_dir):
        (files / folder.name).mkdir(parents=True)
        for notebook in folder.glob("*.ipynb"):
            copy_for_the_browser(notebook, files / folder.name / notebook.name)
    record_releases(files)
    if with_keys:
        shutil.copytree(lessons_dir / SELF_STUDY_CHECKS, files / SELF_STUDY_CHECKS)


def record_releases(files: Path) -> None:
    """Each lesson of the site once more, in a hidden folder a student never saves into, with its SHA-256: what the
    browser's kernel compares a student's saved copy with (see medialit.lesson.browser_updates). Run again after a lesson
    of ``files`` changes; each file is replaced whole, so a site being served never hands out half of one."""
    releases, record = files / RELEASES, {}
    for notebook in sorted(files.glob("[!.]*/*.ipynb")):
        key = notebook.relative_to(files).as_posix()
        release = notebook.read_bytes()
        replace_whole(releases / key, release)
        record[key] = hashlib.sha256(release).hexdigest()
    replace_whole(releases / RECORD, (json.dumps(record, indent=1, sort_keys=True) + "\n").encode())


def replace_whole(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path``, then rename it over: a reader sees the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def _pyodide_core(work: Path, target: Path) -> None:
    """Pyodide's core from npm. Its lock file lists the packages of the full release, which npm does not carry:
    keep its header and empty its packages, so the lock add-on fills them from PyPI's wheels alone."""
    subprocess.run(["npm", "pack", f"pyodide@{PYODIDE_VERSION}", "--silent", "--pack-destination", str(work)],
                   check=True, cwd=work, stdout=subprocess.DEVNULL)
    target.mkdir(parents=True)
    with tarfile.open(work / f"pyodide-{PYODIDE_VERSION}.tgz") as tgz:
        for name in PYODIDE_FILES:
            (target / name).write_bytes(tgz.extractfile(f"package/{name}").read())
        lock = json.load(tgz.extractfile("package/pyodide-lock.json"))
    lock["packages"] = {}
    (target / "pyodide-lock.json").write_text(json.dumps(lock, indent=2), encoding="utf-8")


def _medialit_wheel(target: Path) -> Path:
    subprocess.run([str(BUILD_TOOLS / "python"), "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(target), str(COURSE_ROOT)], check=True)
    return next(target.glob("medialit-*.whl"))


def _kernel_packages() -> list[str]:
    lines = (LITE_CONFIG / "kernel-packages.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def build_config(wheel: Path, output: Path) -> dict:
    return {
        "LiteBuildConfig": {"apps": ["lab"], "output_dir": str(output), "no_sourcemaps": True,
                            "contents": ["files"]},
        "ContentsManager": {"allow_hidden": True},  # lessons/.medialit-checks reaches the kernel's /drive
        "PyodideLockAddon": {"enabled": True, "specs": ["medialit", *_kernel_packages()], "wheels": [str(wheel)],
                             "excludes_extra": [*SERVER_ONLY, *NOT_IN_THE_BROWSER], "prefetch_extra": list(PREFETCH)},
    }


def build(output: Path, with_keys: bool = True, lessons_dir: Path = COURSE_ROOT / "lessons",
          work: Path = COURSE_ROOT / "build" / "lite") -> Path:
    """Build the site into ``output`` from nothing (both folders are emptied first)."""
    for folder in (work, output):
        shutil.rmtree(folder, ignore_errors=True)
    work.mkdir(parents=True)
    for name in ("jupyter-lite.json", "overrides.json"):
        shutil.copy(LITE_CONFIG / name, work / name)
    _pyodide_core(work, work / "static" / "pyodide")
    site_contents(work / "files", lessons_dir, with_keys)
    wheel = _medialit_wheel(work / "wheels")
    (work / "jupyter_lite_config.json").write_text(json.dumps(build_config(wheel, output.resolve()), indent=2))
    subprocess.run([str(BUILD_TOOLS / "jupyter"), "lite", "build", "--lite-dir", str(work)], check=True, cwd=work,
                   env={**os.environ, "UV_PYTHON_DOWNLOADS": "never", "PATH": f"{BUILD_TOOLS}:{os.environ['PATH']}"})
    trim(output)  # before the service worker's list is written: it lists what is left
    precache_everything(output)
    return output


#: In JupyterLite 0.8's service worker: where each fetch is handled, and the rule that never caches /api/ (where the
#: site's lesson listings are). Both are patched; a new version that changes them fails the build.
ON_FETCH = "async function onFetch(e){"
NEVER_CACHE_API = '||t.pathname.includes("/api/")'
#: Where it looks a request up in its store: a page opened by its address (a lesson's ``?path=``) is the stored page.
CACHE_LOOKUP = "a=await t.match(e);"
#: Added to the service worker: it stores every file it does not hold yet, in the background of the page's first
#: requests, once each time it starts (so a fill cut short resumes). Not while it installs: a worker still
#: installing does not answer the kernel's file requests (/api/drive), and under load the kernel gave up first.
FILL_CACHE = """
const EVERY_FILE=%s;let filling=null;
function fillCache(){return filling||(filling=(async()=>{const c=await openCache();
for(const f of EVERY_FILE){try{if(!await c.match(f))await c.add(f)}catch(_){}}})())}"""


def precache_everything(site: Path) -> None:
    """Offline after the first visit: the service worker stores every file of the site (the lessons, their listings,
    Pyodide and its packages) while the first lesson opens, not only what that lesson happened to load."""
    files = sorted(path.relative_to(site).as_posix() for path in site.rglob("*")
                   if path.is_file() and path.name != "service-worker.js")
    for worker in site.rglob("service-worker.js"):
        code = worker.read_text(encoding="utf-8")
        if any(code.count(part) != 1 for part in (ON_FETCH, NEVER_CACHE_API, CACHE_LOOKUP)):
            raise RuntimeError(f"{worker}: not JupyterLite 0.8's service worker; check precache_everything")
        code = code.replace(ON_FETCH, ON_FETCH + "e.waitUntil(fillCache());").replace(NEVER_CACHE_API, "").replace(
            CACHE_LOOKUP, 'a=await t.match(e,{ignoreSearch:"navigate"===e.mode});')
        worker.write_text(code + FILL_CACHE % json.dumps(["./", *files]), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m medialit.classroom.lite", description=__doc__.split("\n\n")[0])
    parser.add_argument("--class", dest="for_class", action="store_true",
                        help="a class site: no check() keys, so check() reads only an answer's form")
    parser.add_argument("--output", type=Path, default=COURSE_ROOT / "site", help="the site's folder (site/)")
    args = parser.parse_args(argv)
    site = build(args.output, with_keys=not args.for_class)
    print(f"built {site}: serve it over HTTP (not file://), e.g. python3 -m http.server -d {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
