"""The grading kernel runs in a bubblewrap sandbox: defence in depth under "no student code runs".

Autograding already runs only the teacher's cells and the plain values a
student typed (:class:`medialit.grading.GradePlainValuesOnly`). Should anything
else ever run, the kernel that runs it sees no network, no course folder (no
``solutions/``, gradebook, other submissions, config), no teacher's home, and
no writable file outside one scratch folder that is deleted afterwards; it has
limits on memory, processes, file size and CPU time, and every process it
starts dies with it (its own PID namespace).

How it is wired: ``nbgrader_config.py`` puts :class:`SandboxedExecute` in place
of nbgrader's ``Execute``; its kernel manager wraps the kernel's command line in
``bwrap`` and ``prlimit``. Three things make an IPython kernel work in there:
the kernel talks over Unix sockets (``transport="ipc"``), because TCP ports
live in the sandbox's own network namespace; the connection file and sockets
sit in the scratch folder, which both sides see; and ``JPY_PARENT_PID`` is 1,
because in a PID namespace the kernel's parent *is* PID 1: given the real
parent's number, ipykernel would see a different parent and quit.

Run as root (containers often are), bwrap mounts as root and the kernel then
drops to ``nobody`` with no capabilities: Linux applies no process limit to
root, and a Python installed under ``/root`` stays readable through the mounts. Where bubblewrap is missing or
cannot start (some containers forbid namespaces), grading goes on unsandboxed
and the log says so plainly.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from nbgrader.preprocessors import Execute
from traitlets import Bool

#: Limits for the grading kernel and everything it starts (prlimit's options).
LIMITS = {
    "--as": 3 * 1024**3,       # address space in bytes: enough for the kernel, not for a 3 GiB allocation
    "--nproc": 64,             # processes and threads of the sandbox's user
    "--fsize": 16 * 1024**2,   # bytes in any one file it writes
    "--cpu": 300,              # CPU seconds for the whole notebook
    "--nofile": 256,
    "--core": 0,
}

#: The unprivileged account a root grader drops to.
NOBODY = 65534

#: Environment variables the kernel gets; everything else (tokens, the teacher's paths) stays outside.
PASSED_ENVIRONMENT = ("LANG", "LC_ALL", "NBGRADER_EXECUTION", "NBGRADER_VALIDATING", "PYTHONHASHSEED")


def _system_mounts() -> list[str]:
    """The operating system, read-only: /usr and its usual links, and the few /etc files Python reads."""
    args: list[str] = []
    for top in ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    for name in ("/etc/ld.so.cache", "/etc/localtime", "/etc/alternatives"):
        if os.path.exists(name):
            args += ["--ro-bind", name, name]
    return args


@functools.cache
def _kernel_import_path() -> tuple[str, ...]:
    """Where a fresh Python finds its modules: its site-packages and .pth entries, not this process's extras.

    Asked of a fresh interpreter with an empty environment, as the sandboxed
    kernel will start, so a folder only this process has on its path (a test
    folder, a PYTHONPATH) is not shown to the kernel.
    """
    result = subprocess.run([sys.executable, "-c", "import sys; print('\\n'.join(sys.path))"],
                            capture_output=True, text=True, env={}, cwd="/", check=True)
    return tuple(result.stdout.splitlines())


def readable_paths(course_root: Path) -> list[Path]:
    """What the kernel may read besides the system: Python, its packages, medialit and the article texts.

    A folder that holds the course folder is left out: binding it would show
    ``solutions/`` and the gradebook.
    """
    from .article import TEXTS_DIR

    course_root = course_root.resolve()
    wanted = [sys.prefix, sys.base_prefix, sys.exec_prefix, *_kernel_import_path(), str(Path(__file__).parent),
              str(TEXTS_DIR)]
    found: list[Path] = []
    for entry in wanted:
        if not entry or not os.path.isdir(entry):
            continue
        path = Path(entry).resolve()
        if path == course_root or path in course_root.parents or any(path.is_relative_to(p) for p in found):
            continue
        found = [p for p in found if not p.is_relative_to(path)] + [path]
    return sorted(found)


def sandbox_command(command: list[str], scratch: Path, course_root: Path) -> list[str]:
    """``command`` wrapped so it runs sandboxed, with ``scratch`` as its only writable folder and its cwd."""
    readable = readable_paths(course_root)
    mounts = _system_mounts() + ["--perms", "1777", "--tmpfs", "/tmp"]  # first: a venv may live under /tmp
    for folder in sorted({str(parent) for path in [*readable, scratch] for parent in path.parents} - {"/", "/tmp"}):
        mounts += ["--perms", "0755", "--dir", folder]  # bwrap would make them root-only, closed to nobody
    for path in readable:
        mounts += ["--ro-bind", str(path), str(path)]
    environment = ["--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", str(scratch),
                   "--setenv", "PYTHONDONTWRITEBYTECODE", "1", "--setenv", "JPY_PARENT_PID", "1"]
    for name in PASSED_ENVIRONMENT:
        if name in os.environ:
            environment += ["--setenv", name, os.environ[name]]
    limits = [f"{option}={value}" for option, value in LIMITS.items()]
    if os.geteuid() == 0:  # bwrap mounts as root, then the kernel becomes nobody, whom Linux's limits bind
        namespaces = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try"]
        drop_root = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--no-new-privs",
                     "--inh-caps=-all", "--bounding-set=-all", "--"]
    else:
        namespaces, drop_root = ["--unshare-all"], []
    return ["bwrap", *namespaces, "--die-with-parent", *mounts, "--proc", "/proc", "--dev", "/dev",
            "--bind", str(scratch), str(scratch), "--chdir", str(scratch), *environment,
            *drop_root, "prlimit", *limits, "--", *command]


@functools.cache
def sandbox_problem() -> str | None:
    """Why the sandbox cannot run on this machine, in one sentence; None when it can."""
    if shutil.which("bwrap") is None:
        return "bubblewrap is not installed (Debian/Ubuntu: sudo apt-get install bubblewrap)"
    with tempfile.TemporaryDirectory(prefix="medialit-probe-") as scratch:
        _hand_over(Path(scratch))
        probe = sandbox_command([sys.executable, "-c", "pass"], Path(scratch), Path(scratch))
        try:
            result = subprocess.run(probe, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as problem:
            return f"bubblewrap could not start here ({problem})"
    if result.returncode:
        reason = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        return f"bubblewrap could not start here ({reason}); some containers forbid the namespaces it needs"
    return None


def _hand_over(path: Path) -> None:
    """Let the sandboxed user (``nobody`` when grading as root) use ``path``."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel runs in the sandbox, talking over Unix sockets in its scratch folder."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.course_root = Path.cwd()  # nbgrader runs in the course folder
        self.scratch = Path(tempfile.mkdtemp(prefix="medialit-grading-"))
        _hand_over(self.scratch)
        self.transport = "ipc"
        self.ip = str(self.scratch / "kernel")
        self.connection_file = str(self.scratch / "connection.json")

    def format_kernel_cmd(self, extra_arguments=None):
        command = super().format_kernel_cmd(extra_arguments)
        _hand_over(Path(self.connection_file))  # written just before, readable by its owner only
        return sandbox_command(command, self.scratch, self.course_root)

    @property
    def kernel_spec(self):
        """The kernel's spec, interrupted by message: a signal to the process group would stop bwrap itself."""
        spec = super().kernel_spec
        if spec is not None:
            spec.interrupt_mode = "message"
        return spec

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart)
        if not restart:
            shutil.rmtree(self.scratch, ignore_errors=True)

    cleanup_resources = _async_cleanup_resources  # nbclient calls this name; AsyncKernelManager binds it to the base


class SandboxedExecute(Execute):
    """nbgrader's Execute, with the kernel in the sandbox when this machine can run one."""

    sandbox = Bool(True, help="Run the grading kernel in a bubblewrap sandbox (turn off only to debug).").tag(config=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        problem = sandbox_problem() if self.sandbox else "it is turned off in nbgrader_config.py"
        if problem is None:
            self.kernel_manager_class = SandboxedKernelManager
        else:
            self.log.warning("The grading sandbox is OFF: %s. Grading still runs none of a student's code "
                             "(only the plain values they typed); see the threat model in docs/teacher-guide.md.",
                             problem)
