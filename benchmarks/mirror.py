"""Reading a local mirror of a public repository (a bare git directory, as `fetch` leaves it): no work tree needed."""

from __future__ import annotations

import subprocess
from pathlib import Path


def git(mirror: Path | str, *args: str) -> str:
    """What ``git -C MIRROR ARGS`` prints, as text ("show", "HEAD:path" reads one file as stored)."""
    return subprocess.run(["git", "-C", str(mirror), *args], check=True, capture_output=True, text=True).stdout
