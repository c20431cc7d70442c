"""A throwaway PostgreSQL server in a temporary folder, on a free loopback port, always stopped afterwards.

Debian's postgresql package puts its programs in /usr/lib/postgresql/<version>/bin. PostgreSQL refuses
to run as root, so as root the server runs as the `postgres` account the package creates.
Used by tests/test_parallel_grading.py and benchmarks/bench_parallel_grading.py.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from jupyterlab_session import free_port


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql")
    return Path(found[-1]).parent


@contextlib.contextmanager
def throwaway_postgres(databases: list[str]):
    """Yield {database: URL} for fresh, empty databases on a server nobody else uses."""
    bin_dir = postgres_bin()
    folder = Path(tempfile.mkdtemp(prefix="medialit-postgres-"))
    as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_owner:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", free_port()

    def run(*command: str) -> None:
        subprocess.run([*as_owner, *command], check=True, capture_output=True, text=True)

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "medialit", "--no-sync")
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "server.log"), "-o",
            f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off", "start")
        try:
            for name in databases:
                run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "medialit", name)
            yield {name: f"postgresql://medialit@127.0.0.1:{port}/{name}" for name in databases}
        finally:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
