"""Keep the browser version small: take out of the built site the files its browser never reads.

Teacher side (make lite). A student's first visit downloads the whole site (the service worker stores it for offline
use), so every megabyte costs each student on a school's connection, and Pyodide unpacks the kernel's wheels at
every kernel start. Three kinds of files are never read:

- Font Awesome's old formats (.eot, .svg, .ttf, .woff) beside each .woff2: JupyterLab's style sheet lists them for old
  browsers, and a browser picks the first format it knows; every browser that runs Pyodide knows .woff2.
- jedi's type stubs for third-party packages (typeshed's ``stubs`` and ``django-stubs``, about half the site's wheels).
  The kernel imports jedi for Tab completion; jedi reads a package's stubs only when that package is imported, and
  none of them is on the site. It skips a missing stubs folder, and keeps the standard library's stubs.
- Copies of lab extensions inside the kernel's wheels (anywidget's, in its ``.data/data/share/jupyter/``, its
  ``labextension/`` and ``nbextension/``): a Jupyter server installs and serves them from there; the site serves every lab extension
  from its own ``extensions/``, and the browser's Python never opens these folders.

Each wheel changed is rewritten with its RECORD to match, and its checksum in the site's lock (Pyodide checks it).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

OLD_FONT_FORMATS = (".eot", ".svg", ".ttf", ".woff")
#: Folders of jedi's wheel that only hold stubs of packages the site does not carry.
UNUSED_STUBS = ("jedi/third_party/typeshed/stubs/", "jedi/third_party/django-stubs/")
LOCK = Path("static") / "pyodide-lock" / "pyodide-lock.json"


def drop_old_font_formats(site: Path) -> None:
    for woff2 in (site / "build").glob("*.woff2"):
        for suffix in OLD_FONT_FORMATS:
            woff2.with_suffix(suffix).unlink(missing_ok=True)


def _without(wheel: Path, folders: tuple[str, ...]) -> bytes:
    """The wheel's files outside ``folders``, its RECORD listing only those."""
    slim = wheel.with_suffix(".slim")
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(slim, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename.startswith(folders):
                continue
            data = source.read(item)
            if item.filename.endswith(".dist-info/RECORD"):
                lines = data.decode("utf-8").splitlines(keepends=True)
                data = "".join(line for line in lines if not line.startswith(folders)).encode("utf-8")
            target.writestr(item, data)
    data = slim.read_bytes()
    slim.unlink()
    return data


#: How the path of a lab extension's copy inside a wheel begins or goes on.
FRONT_END_COPIES = (".data/data/share/jupyter/", "/labextension/", "/nbextension/")


def front_end_copies(names: list[str]) -> tuple[str, ...]:
    """The folders among a wheel's file ``names`` that hold a copy of a lab (or classic notebook) extension."""
    found = set()
    for name in names:
        for part in FRONT_END_COPIES:
            if part in name:
                found.add(name[:name.index(part) + len(part)])
    return tuple(sorted(found))


def _slim_in_lock(site: Path, lock: dict, package: str, folders: tuple[str, ...]) -> None:
    """Rewrite the site's wheel of ``package`` without ``folders``, its checksum in ``lock`` to match."""
    entry = lock["packages"][package]
    wheel = (site / LOCK).parent / entry["file_name"]
    data = _without(wheel, folders)
    wheel.write_bytes(data)
    entry["sha256"] = hashlib.sha256(data).hexdigest()


def drop_unused_stubs(site: Path, lock: dict) -> None:
    _slim_in_lock(site, lock, "jedi", UNUSED_STUBS)


def drop_front_end_copies(site: Path, lock: dict) -> None:
    """From every wheel in the site's lock folder (the kernel extension's own wheels live elsewhere, listed by it)."""
    folder = (site / LOCK).parent.resolve()
    for package, entry in lock["packages"].items():
        wheel = (folder / entry["file_name"]).resolve()
        if wheel.parent == folder:
            with zipfile.ZipFile(wheel) as opened:
                copies = front_end_copies(opened.namelist())
            if copies:
                _slim_in_lock(site, lock, package, copies)


def trim(site: Path) -> None:
    drop_old_font_formats(site)
    lock = json.loads((site / LOCK).read_text(encoding="utf-8"))
    drop_unused_stubs(site, lock)
    drop_front_end_copies(site, lock)
    (site / LOCK).write_text(json.dumps(lock, indent=2), encoding="utf-8")
