"""Where the browser version's cold start goes: the kernel worker's steps and every import, in a fresh profile.

bench_lite.py says how long a student waits for a lesson's first cell; this says why. It copies a built site,
instruments the copy's kernel worker (the copy only: the site itself is not changed) and opens a lesson as
bench_lite does:

- the worker's steps (jupyterlite-pyodide-kernel 0.8's ``initialize``): Pyodide's start with the PREFETCH wheels
  (``initRuntime``), the drive, the package manager, ``import pyodide_kernel`` (IPython, the ipykernel shims) and the
  kernel's globals, each logged with the wall clock;
- every module imported from then on (the kernel's start and the first cell): its own time and its source's compile
  time (what a byte-compiled module would not spend), summed by top-level package.

Times are seconds from the page's navigation. Run:
.venv/bin/python benchmarks/profile_lite.py SITE [lesson] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from bench_lite import FIRST_CELL_RAN, FIRST_CODE_CELL, lesson_in_a_new_profile  # noqa: E402

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from jupyterlab_session import free_port, launch_chromium  # noqa: E402

STEPS = ("initRuntime", "initFilesystem", "initPackageManager", "initKernel", "initGlobals")
#: Python run in the worker before it imports piplite: times each module's load (its own time, children
#: excluded) and its source's compile, and hands them to the page's console once an outermost import ends.
IMPORT_TIMER = r"""
import importlib._bootstrap as _b, importlib._bootstrap_external as _e, time as _t, json as _j, js as _js
_stack, _rows, _compiling = [], [], {}
_load, _to_code = _b._load_unlocked, _e.SourceLoader.source_to_code
def _timed_load(spec):
    start = _t.perf_counter(); _stack.append([0.0, 0.0])
    try:
        return _load(spec)
    finally:
        total = _t.perf_counter() - start; children, compiled = _stack.pop()
        _rows.append((spec.name, total - children, compiled))
        if _stack: _stack[-1][0] += total
        else: _js.console.log("PROFIMPORTS " + _j.dumps(_rows)); _rows.clear()
def _timed_compile(self, data, path, **kw):
    start = _t.perf_counter()
    try:
        return _to_code(self, data, path, **kw)
    finally:
        if _stack: _stack[-1][1] += _t.perf_counter() - start
_b._load_unlocked, _e.SourceLoader.source_to_code = _timed_load, _timed_compile
"""
#: Pyodide 314's loadPyodide and where it loads the PREFETCH packages, logged the same way.
LOAD_PYODIDE = ("let t=await Se(e),n=we(t),i=await _e(t),s=await ke(t,n),r=await Re(i,n);Fe(r,t);let a=Ae(r,s,t);"
                "return await Oe(a,t)")
LOAD_PYODIDE_LOGGED = ('let t=await Se(e),n=we(t);console.log("PROFSTEP pyodide.asm.mjs "+Date.now());let i=await _e(t),'
                       's=await ke(t,n);console.log("PROFSTEP instantiate "+Date.now());let r=await Re(i,n);'
                       'console.log("PROFSTEP bootstrap "+Date.now());Fe(r,t);let a=Ae(r,s,t);'
                       'console.log("PROFSTEP finalize "+Date.now());return await Oe(a,t)')
LOAD_PACKAGES = "let n=API.config.packages;await pe(n,{messageCallback(){}}),"
LOAD_PACKAGES_LOGGED = ('let n=API.config.packages;console.log("PROFSTEP loadPackages "+Date.now());'
                        'await pe(n,{messageCallback(){}}),console.log("PROFSTEP loadedPackages "+Date.now()),')
#: Where the worker imports piplite (and micropip): the import timer goes in just before.
PACKAGE_MANAGER = "await this._pyodide.runPythonAsync(`\n      import piplite.piplite"
INITIALIZE = ("await this.initRuntime(e),await this.initFilesystem(e),await this.initPackageManager(e),"
              "await this.initKernel(e),await this.initGlobals(e)")


def instrumented_copy(site: Path, target: Path) -> Path:
    shutil.copytree(site, target)
    for name, before, after in (("pyodide.mjs", LOAD_PYODIDE, LOAD_PYODIDE_LOGGED),
                                ("pyodide.asm.mjs", LOAD_PACKAGES, LOAD_PACKAGES_LOGGED)):
        path = target / "static" / "pyodide" / name
        code = path.read_text(encoding="utf-8")
        if code.count(before) != 1:
            raise RuntimeError(f"{path}: not Pyodide 314's")
        path.write_text(code.replace(before, after), encoding="utf-8")
    workers = list((target / "extensions").rglob("*.worker.*.js"))
    for worker in workers:
        code = worker.read_text(encoding="utf-8")
        if code.count(INITIALIZE) != 1 or code.count(PACKAGE_MANAGER) != 1:
            raise RuntimeError(f"{worker}: not jupyterlite-pyodide-kernel 0.8's worker")
        logged = ",".join(f'console.log("PROFSTEP {step} "+Date.now()),await this.{step}(e)' for step in STEPS)
        code = code.replace(INITIALIZE, logged + ',console.log("PROFSTEP ready "+Date.now())')
        code = code.replace(PACKAGE_MANAGER, f"this._pyodide.runPython({json.dumps(IMPORT_TIMER)}),{PACKAGE_MANAGER}")
        worker.write_text(code, encoding="utf-8")
    return target


def one_cold_start(browser, base: str, site: Path, lesson: str) -> dict:
    said, fetched = [], {}

    def listen(page):
        page.on("worker", lambda worker: worker.on("console", lambda m: said.append((time.time(), m.text))))
        page.context.on("request", lambda r: fetched.setdefault(r.url, [time.time(), None]))
        page.context.on("requestfinished", lambda r: fetched[r.url].__setitem__(1, time.time()))

    with lesson_in_a_new_profile(browser, base, site, lesson, listen) as page:
        origin = page.evaluate("performance.timeOrigin")
        shown = page.evaluate("performance.now()") / 1000
        page.locator(FIRST_CODE_CELL).first.click()
        page.keyboard.press("Shift+Enter")
        ran = page.wait_for_function(FIRST_CELL_RAN, arg=FIRST_CODE_CELL, timeout=120_000).json_value() / 1000
    steps = {}
    imports = []
    seen = [(round(at - origin / 1000, 2), text[:100]) for at, text in said if not text.startswith("PROF")]
    files = {url.rsplit("/", 1)[-1]: (round(start - origin / 1000, 2), round(end - origin / 1000, 2))
             for url, (start, end) in fetched.items() if end and (".whl" in url or "pyodide" in url)}
    for _, text in said:
        if text.startswith("PROFSTEP "):
            _, step, stamp = text.split()
            steps[step] = (int(stamp) - origin) / 1000
        elif text.startswith("PROFIMPORTS "):
            imports.extend(json.loads(text.removeprefix("PROFIMPORTS ")))
    return {"shown": shown, "ran": ran, "steps": steps, "imports": imports, "said": seen, "files": files}


def by_package(imports: list) -> dict[str, tuple[float, float, int]]:
    own, compiled, count = defaultdict(float), defaultdict(float), defaultdict(int)
    for name, seconds, compile_seconds in imports:
        top = name.split(".")[0]
        own[top] += seconds
        compiled[top] += compile_seconds
        count[top] += 1
    return {top: (own[top], compiled[top], count[top]) for top in own}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("lesson", nargs="?", default="01-unnamed-sources")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--verbose", action="store_true", help="the last run's worker messages and file fetches")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        site = instrumented_copy(args.site, Path(folder) / "site")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                   "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                runs = [one_cold_start(browser, f"http://127.0.0.1:{port}", site, args.lesson)
                        for _ in range(args.runs)]
                browser.close()
        finally:
            server.terminate()
            server.wait()
    median = lambda values: round(statistics.median(values), 2)  # noqa: E731
    print(f"{args.lesson}, {args.runs} cold starts, medians (seconds from navigation)")
    print(f"notebook shown {median([r['shown'] for r in runs])}, first cell ran {median([r['ran'] for r in runs])}")
    for run in runs:
        print("  marks:", sorted((round(at, 2), step) for step, at in run["steps"].items()))
    marks = [*STEPS, "ready"]
    for before, after in zip(marks, marks[1:]):
        spans = [r["steps"][after] - r["steps"][before] for r in runs if after in r["steps"]]
        print(f"  {before:20} from {median([r['steps'][before] for r in runs])}: {median(spans)} s")
    print(f"  first cell after ready: {median([r['ran'] - r['steps']['ready'] for r in runs])} s")
    packages = [by_package(r["imports"]) for r in runs]
    names = sorted(packages[0], key=lambda top: -packages[0][top][0])
    print(f"imports (own time, of which compiling source, modules): total "
          f"{median([sum(p[t][0] for t in p) for p in packages])} s, compiling "
          f"{median([sum(p[t][1] for t in p) for p in packages])} s")
    if args.verbose:
        print(json.dumps({"said": runs[-1]["said"], "files": runs[-1]["files"], "steps": runs[-1]["steps"]}, indent=0))
    for top in names[:25]:
        own = median([p.get(top, (0, 0, 0))[0] for p in packages])
        compiled = median([p.get(top, (0, 0, 0))[1] for p in packages])
        print(f"  {top:24} {own:6.2f} s  compile {compiled:5.2f} s  {packages[0][top][2]} modules")


if __name__ == "__main__":
    main()
