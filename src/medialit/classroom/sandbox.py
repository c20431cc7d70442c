"""The grading kernel runs in a bubblewrap sandbox: defence in depth under "no student code runs".

Autograding already runs only the teacher's cells and the plain values a
student typed (:class:`medialit.classroom.grading.GradePlainValuesOnly`). Should anything
else ever run, the kernel that runs it sees no network, no course folder (no
``solutions/``, gradebook, other submissions, config), no teacher's home, and
nothing writable but one scratch folder in memory, capped in total
(:data:`SCRATCH_BYTES`), that vanishes with it: no file it writes reaches the disk. It
has limits on memory, processes, file size and CPU time, and every process it
starts dies with it (its own PID namespace).

How it is wired: ``nbgrader_config.py`` puts :class:`SandboxedExecute` in place
of nbgrader's ``Execute``; its kernel manager wraps the kernel's command line in
``bwrap`` and ``prlimit``. Three things make an IPython kernel work in there:
the kernel talks over Unix sockets (``transport="ipc"``), because TCP ports
live in the sandbox's own network namespace; the sockets sit in the kernel's
scratch folder, which the grader reaches through ``/proc/<pid>/root`` (the
sandbox's root seen from outside), and the connection file is shown to the
kernel read-only; and ``JPY_PARENT_PID`` is 1, because in a PID namespace the
kernel's parent *is* PID 1: given the real parent's number, ipykernel would
see a different parent and quit.

Before the first notebook, :func:`grading_kernel_problem` starts the kernel's
Python the same way and has it load medialit and every text: a kernel that
cannot see them would score every student 0 without a word, so grading stops
instead, with one sentence that says what to do.

Run as root (containers often are), bwrap mounts as root and the kernel then
drops to ``nobody`` with no capabilities: Linux applies no process limit to
root, and a Python installed under ``/root`` stays readable through the mounts. Where bubblewrap is missing or
cannot start (some containers forbid namespaces), grading goes on unsandboxed
and the log says so plainly.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from nbgrader.preprocessors import Execute
from traitlets import Bool

from ..content.article import text_folders
from ..content.wording import for_terminal

#: Limits for the grading kernel and everything it starts (prlimit's options).
LIMITS = {
    "--as": 3 * 1024**3,       # address space in bytes: enough for the kernel, not for a 3 GiB allocation
    "--nproc": 64,             # processes and threads of the sandbox's user
    "--fsize": 16 * 1024**2,   # bytes in any one file it writes
    "--cpu": 300,              # CPU seconds for the whole notebook
    "--nofile": 256,
    "--core": 0,
}

#: Bytes the kernel can write in all, in all its files together: its scratch folder is a memory file system this
#: big, and the only place it can write at all.
SCRATCH_BYTES = 64 * 1024**2

#: The unprivileged account a root grader drops to.
NOBODY = 65534

#: Environment variables the kernel gets; everything else (tokens, the teacher's paths) stays outside.
PASSED_ENVIRONMENT = ("LANG", "LC_ALL", "NBGRADER_EXECUTION", "NBGRADER_VALIDATING", "PYTHONHASHSEED",
                      "MEDIALIT_TEXTS")


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


def kernel_python() -> str:
    """The Python the grading kernel runs: the python3 kernel spec's, as jupyter_client resolves it."""
    return AsyncKernelManager(kernel_name="python3").format_kernel_cmd()[0]


#: Asked of the kernel's Python: where it finds modules, and the folders of the medialit it imports and its texts.
_KERNEL_VIEW = """
import json, os, sys
seen = [sys.prefix, sys.base_prefix, sys.exec_prefix, *sys.path]
try:
    import medialit.content.article
    seen += [os.path.dirname(medialit.__file__), str(medialit.content.article.TEXTS_DIR)]
except Exception:
    pass
print(json.dumps(seen))
"""


@functools.cache
def _kernel_view() -> tuple[str, ...]:
    """What the kernel needs to read: its Python and modules, and the medialit and texts *it* imports.

    Asked of a fresh kernel Python with an empty environment, as the sandboxed
    kernel will start. What only this process has on its path (a test folder,
    a PYTHONPATH, another copy of medialit) is not what the kernel imports, so
    it is not what the kernel is shown.
    """
    result = subprocess.run([kernel_python(), "-c", _KERNEL_VIEW], capture_output=True, text=True, env={}, cwd="/",
                            check=True)
    return tuple(json.loads(result.stdout))


def readable_paths(course_root: Path) -> list[Path]:
    """What the kernel may read besides the system: Python, its packages, medialit and the article texts.

    A folder that holds the course folder is left out: binding it would show
    ``solutions/`` and the gradebook.
    """
    course_root = course_root.resolve()
    found: list[Path] = []
    for entry in [*_kernel_view(), *map(str, text_folders()[1:])]:  # and the course's own texts (MEDIALIT_TEXTS)
        if not entry or not os.path.isdir(entry):
            continue
        path = Path(entry).resolve()
        if path == course_root or path in course_root.parents or any(path.is_relative_to(p) for p in found):
            continue
        found = [p for p in found if not p.is_relative_to(path)] + [path]
    return sorted(found)


def sandbox_command(command: list[str], scratch: Path, course_root: Path, shown: tuple[Path, ...] = ()) -> list[str]:
    """``command`` wrapped so it runs sandboxed, in a scratch folder of its own at ``scratch``.

    Inside, ``scratch`` is a memory file system of :data:`SCRATCH_BYTES`: the
    command's working folder, home and temporary folder, and the one place it
    can write. Everything else, the sandbox's own root and ``/dev`` included,
    is read-only. Of the host's ``scratch`` folder only the files in ``shown``
    (the connection file) are seen, read-only.
    """
    readable = readable_paths(course_root)
    mounts = _system_mounts()
    for folder in sorted({str(parent) for path in [*readable, scratch] for parent in path.parents} - {"/"}):
        mounts += ["--perms", "0755", "--dir", folder]  # bwrap would make them root-only, closed to nobody
    for path in readable:
        mounts += ["--ro-bind", str(path), str(path)]
    mounts += ["--perms", "1777", "--size", str(SCRATCH_BYTES), "--tmpfs", str(scratch)]
    for path in shown:
        mounts += ["--ro-bind", str(path), str(path)]
    mounts += ["--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev", "--remount-ro", "/"]
    environment = ["--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", str(scratch),
                   "--setenv", "TMPDIR", str(scratch), "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
                   "--setenv", "JPY_PARENT_PID", "1"]
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
    return ["bwrap", *namespaces, "--die-with-parent", *mounts, "--chdir", str(scratch), *environment,
            *drop_root, "prlimit", *limits, "--", *command]


@functools.cache
def sandbox_problem() -> str | None:
    """Why the sandbox cannot run on this machine, in one sentence; None when it can."""
    if shutil.which("bwrap") is None:
        return "bubblewrap is not installed (Debian/Ubuntu: sudo apt-get install bubblewrap)"
    with tempfile.TemporaryDirectory(prefix="medialit-probe-") as scratch:
        probe = sandbox_command([sys.executable, "-c", "pass"], Path(scratch), Path(scratch))
        try:
            result = subprocess.run(probe, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as problem:
            return f"bubblewrap could not start here ({problem})"
    if result.returncode:
        reason = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        return f"bubblewrap could not start here ({reason}); some containers forbid the namespaces it needs"
    return None


#: The preflight, run as the kernel runs: import medialit and load every text named on the command line (or, if
#: the grader knows none, every text the kernel's medialit has, which must be at least one).
_LOAD_EVERY_TEXT = """
import sys, medialit.content.article as a
names = sys.argv[1:] or a.available_articles()
if not names:
    sys.exit(f"no texts in {a.TEXTS_DIR}")
for name in names:
    a.load_article(name)
"""


@functools.cache
def grading_kernel_problem(course_root: Path, sandboxed: bool) -> str | None:
    """Why the grading kernel could grade no one, in one sentence that says what to do; None when it can.

    Starts the kernel's Python as the kernel starts (in the sandbox for this
    course folder, if ``sandboxed``) and has it import medialit and load every
    text the lessons use. A kernel that cannot see them scores every
    student 0 and says nothing, so this is checked before anyone is graded.
    """
    from ..content.article import available_articles

    command = [kernel_python(), "-c", _LOAD_EVERY_TEXT, *available_articles()]
    with tempfile.TemporaryDirectory(prefix="medialit-preflight-") as scratch:
        if sandboxed:
            command = sandbox_command(command, Path(scratch), course_root)
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=scratch)
        except (OSError, subprocess.TimeoutExpired) as problem:
            result = subprocess.CompletedProcess(command, 1, "", str(problem))
    if result.returncode == 0:
        return None
    said = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
    reason = for_terminal(re.sub(r"^[\w.]+: ", "", said), one_line=True)  # the message, without its exception's name
    return (f"The grading kernel cannot load medialit and the lesson texts ({reason}), "
            "so nobody was graded: install medialit once, in the environment you run nbgrader from, check that "
            "every user can read it and its source_texts folder, then grade again.")


def _hand_over(path: Path) -> None:
    """Let the sandboxed user (``nobody`` when grading as root) read ``path``."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel runs in the sandbox, talking over Unix sockets in its scratch folder.

    The sockets are in the sandbox's own scratch folder, in memory; the grader
    reaches them through ``/proc/<pid>/root``, the sandbox's root seen from
    outside (bubblewrap's ``--info-fd`` says which process that is). The host
    folder of the same name holds only the connection file and is closed to
    the kernel, so before the sandbox is up the same path finds nothing rather
    than a planted socket.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.course_root = Path.cwd()  # nbgrader runs in the course folder
        self.scratch = Path(tempfile.mkdtemp(prefix="medialit-grading-"))
        self.transport = "ipc"
        self.connection_file = str(self.scratch / "connection.json")

    def format_kernel_cmd(self, extra_arguments=None):
        command = super().format_kernel_cmd(extra_arguments)
        _hand_over(Path(self.connection_file))  # written just before, readable by its owner only
        return sandbox_command(command, self.scratch, self.course_root, shown=(Path(self.connection_file),))

    async def _async_pre_start_kernel(self, **kw):
        self.ip = str(self.scratch / "kernel")  # the sockets, as the kernel names them (its connection file)
        return await super()._async_pre_start_kernel(**kw)

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        reader, writer = os.pipe()
        try:
            await super()._async_launch_kernel([kernel_cmd[0], "--info-fd", str(writer), *kernel_cmd[1:]],
                                               pass_fds=(writer,), **kw)
        finally:
            os.close(writer)
        with os.fdopen(reader) as info:  # bwrap writes it once the sandbox's first process exists, then closes it
            sandboxed = json.loads(info.read())["child-pid"]
        self.ip = f"/proc/{sandboxed}/root{self.ip}"  # the same sockets, as the grader reaches them

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
                             "(only the plain values they typed); see the threat model in docs/setup/protection.md.",
                             for_terminal(problem, one_line=True))
