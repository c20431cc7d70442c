"""The grading kernel's sandbox, tried from inside a real kernel: what it can see, reach, write and keep running.

CI installs bubblewrap (.ci/run), so these run the real sandbox; a machine
where it cannot start fails the first test with the reason, rather than
skipping the rest.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from medialit.classroom import sandbox
from medialit.classroom.course import course_api, copy_course, run

PROBES = {
    "identity": "import os, sys; print(os.getuid() != 0, os.getcwd())",
    "course": "print(sorted(os.listdir({course!r})) if os.path.exists({course!r}) else 'no course')",
    "home": "print(os.path.exists({canary!r}))",
    "medialit": "import medialit.content.article as a; print(len(a.load_article('press-tv-hajin').sentences))",
    "network": "import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n    print('reached')\n"
               "except OSError as e:\n    print('refused', type(e).__name__)",
    "write_outside": "try:\n    open({outside!r}, 'w').write('x')\nexcept OSError as e:\n    print('refused', e.errno)",
    "write_scratch": "open('scratch.txt', 'w').write('x'); print('written')",
    "memory": "try:\n    b = bytearray(4 * 1024**3)\nexcept MemoryError:\n    print('MemoryError')",
    "file_size": "try:\n    open('big', 'wb').write(b'x' * (32 * 1024**2))\nexcept OSError as e:\n    print('refused', e.errno)",
    "child": "import subprocess; subprocess.Popen(['setsid', 'sleep', '7331']); print('started')",
    "processes": "n = 0\ntry:\n    for _ in range(500):\n        if os.fork() == 0:\n            import time; time.sleep(5); os._exit(0)\n"
                 "        n += 1\nexcept OSError:\n    print('stopped', n)",
    "environment": "print(sorted(k for k in os.environ if 'SECRET' in k))",
}

#: Run in the sandbox: write twice the total cap in 1 MiB files where the kernel works, then try every other place.
PROBES["write_everywhere"] = WRITE_EVERYWHERE = """
import errno, json, os
cap = {cap}
stopped = None
try:
    for n in range(2 * cap // 2**20):
        with open(f"part-{{n}}", "wb") as part:
            part.write(b"x" * 2**20)
except OSError as e:
    stopped = errno.errorcode[e.errno]
kept = sum(os.path.getsize(name) for name in os.listdir(".") if name.startswith("part-"))
elsewhere = {{}}
for place in ("/tmp", "/", "/dev", "/dev/shm", "/var/tmp", os.path.dirname(os.getcwd()), os.path.dirname(os.__file__)):
    try:
        with open(os.path.join(place, "medialit-written"), "wb") as f:
            f.write(b"x")
        elsewhere[place] = "written"
    except OSError as e:
        elsewhere[place] = "refused"
print(json.dumps({{"stopped": stopped, "kept": kept, "elsewhere": elsewhere}}))
"""


def test_the_sandbox_can_run_here():
    assert sandbox.sandbox_problem() is None


@pytest.fixture(scope="module")
def probed(tmp_path_factory):
    """Every probe run in one sandboxed kernel started from a course folder with a key and a gradebook in it."""
    course = tmp_path_factory.mktemp("course")
    (course / "solutions").mkdir()
    (course / "gradebook.db").write_text("grades")
    outside = course / "written-by-the-kernel"
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    canary = Path.home() / f".medialit-canary-{os.getpid()}"
    canary.write_text("the teacher's own file")
    values = {"course": str(course), "canary": str(canary), "outside": str(outside),
              "port": listener.getsockname()[1], "cap": sandbox.SCRATCH_BYTES}
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code.format(**values)) for code in PROBES.values()])
    os.environ["MEDIALIT_SECRET_TOKEN"] = "not for the kernel"
    previous = Path.cwd()
    os.chdir(course)  # nbgrader grades from the course folder
    try:
        client = NotebookClient(nb, kernel_manager_class=sandbox.SandboxedKernelManager, kernel_name="python3",
                                timeout=60, allow_errors=True, resources={"metadata": {"path": str(course)}})
        client.execute()
    finally:
        canary.unlink()
        os.chdir(previous)
        del os.environ["MEDIALIT_SECRET_TOKEN"]
        listener.close()
    said = {name: "".join(o.get("text", "") for o in cell.outputs).strip() for name, cell in zip(PROBES, nb.cells)}
    return said, outside, Path(said["identity"].split()[-1])


def test_the_kernel_is_not_root_and_works_in_its_scratch_folder(probed):
    said, _, _ = probed
    assert said["identity"].startswith("True /tmp/medialit-grading-")  # nobody, in its own scratch folder
    assert said["write_scratch"] == "written"


def test_the_kernel_sees_no_course_folder_and_no_home(probed):
    said, _, _ = probed
    assert said["course"] == "no course"
    assert said["home"] == "False"


def test_medialit_and_the_articles_are_there(probed):
    said, _, _ = probed
    assert said["medialit"] == "14"


def test_no_network_not_even_the_teachers_own_machine(probed):
    said, _, _ = probed
    assert said["network"].startswith("refused")


def test_nothing_is_written_outside_the_scratch_folder(probed):
    said, outside, _ = probed
    assert said["write_outside"].startswith("refused") and not outside.exists()


def test_limits_on_memory_file_size_and_processes(probed):
    said, _, _ = probed
    assert said["memory"] == "MemoryError"
    assert said["file_size"] == "refused 27"  # EFBIG
    stopped = said["processes"].split()
    assert stopped[0] == "stopped" and int(stopped[1]) < sandbox.LIMITS["--nproc"]


def test_the_teachers_environment_stays_outside(probed):
    said, _, _ = probed
    assert said["environment"] == "[]"


def test_every_child_dies_with_the_kernel_and_the_scratch_folder_goes(probed):
    said, _, scratch = probed
    assert said["child"] == "started"
    running = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            running.append(cmdline.read_bytes())
        except OSError:
            pass
    assert b"sleep\x007331" not in b"\n".join(running)
    assert scratch.name.startswith("medialit-grading-") and not scratch.exists()


def test_a_long_cell_is_interrupted_and_the_kernel_goes_on():
    """nbgrader interrupts a cell that runs too long; a signal would stop bwrap, so the sandbox interrupts by message."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import time; time.sleep(60)"),
                                         nbformat.v4.new_code_cell("print('still here')")])
    client = NotebookClient(nb, kernel_manager_class=sandbox.SandboxedKernelManager, kernel_name="python3",
                            timeout=3, interrupt_on_timeout=True, allow_errors=True,
                            resources={"metadata": {"path": tempfile.gettempdir()}})
    client.execute()
    assert nb.cells[0].outputs[-1].ename == "KeyboardInterrupt"
    assert nb.cells[1].outputs[0].text == "still here\n"


def test_grading_says_plainly_when_the_sandbox_is_off(tmp_path, caplog):
    """Where bubblewrap cannot run, grading still works (no student code runs) and the log says the sandbox is off."""
    copy_course(tmp_path)
    api = course_api(tmp_path, {"SandboxedExecute": {"sandbox": False}})
    run(api.generate_assignment("00-start-here"))
    submitted = tmp_path / "submitted" / "alone" / "00-start-here"
    submitted.mkdir(parents=True)
    (submitted / "00-start-here.ipynb").write_bytes((tmp_path / "lessons" / "00-start-here" / "00-start-here.ipynb").read_bytes())
    with caplog.at_level(logging.WARNING):
        result = run(api.autograde("00-start-here", "alone"))
    assert "The grading sandbox is OFF: it is turned off in nbgrader_config.py" in result["log"] + caplog.text
    assert (tmp_path / "autograded" / "alone" / "00-start-here" / "00-start-here.ipynb").is_file()


def test_without_bubblewrap_the_reason_says_how_to_install_it(monkeypatch):
    sandbox.sandbox_problem.cache_clear()
    monkeypatch.setenv("PATH", "/nonexistent")
    try:
        assert sandbox.sandbox_problem().startswith("bubblewrap is not installed (Debian/Ubuntu: sudo apt-get install")
    finally:
        sandbox.sandbox_problem.cache_clear()


def test_the_sandbox_shows_no_folder_that_holds_the_course(tmp_path):
    """A Python path entry that contains the course folder (started from its parent, say) is never mounted."""
    course = tmp_path / "course"
    course.mkdir()
    shown = sandbox.readable_paths(course)
    assert all(not course.is_relative_to(path) for path in shown)
    assert any(Path(sandbox.__file__).resolve().is_relative_to(p) for p in shown)


def test_python_installed_under_tmp_stays_visible(tmp_path, monkeypatch):
    """The sandbox's own /tmp must not hide a virtual environment that lives under /tmp (CI's clean clone does)."""
    import subprocess

    installed = Path(tempfile.mkdtemp(prefix="medialit-venv-"))
    (installed / "marker").write_text("here")
    installed.chmod(0o755)
    (installed / "marker").chmod(0o644)
    readable = sandbox.readable_paths
    monkeypatch.setattr(sandbox, "readable_paths", lambda root: [installed, *readable(root)])
    scratch = Path(tempfile.mkdtemp(prefix="medialit-scratch-"))
    try:
        if os.geteuid() == 0:
            os.chown(scratch, sandbox.NOBODY, sandbox.NOBODY)
        shown = subprocess.run(sandbox.sandbox_command(["cat", str(installed / "marker")], scratch, tmp_path),
                               capture_output=True, text=True)
        assert shown.stdout == "here"
    finally:
        import shutil

        shutil.rmtree(installed)
        shutil.rmtree(scratch)


def test_everything_the_kernel_writes_stops_at_one_total_cap(probed):
    """Twice the cap, in files each under the size limit: the kernel stops at the cap, and nowhere else takes a byte."""
    said, _, _ = probed
    result = json.loads(said["write_everywhere"])
    assert result["stopped"] == "ENOSPC" and result["kept"] <= sandbox.SCRATCH_BYTES
    assert set(result["elsewhere"].values()) == {"refused"}, result["elsewhere"]


#: Accounts that grade: this one, and, when this one is root, a teacher's own account (the sandbox is built
#: differently without root: bubblewrap maps the teacher into a user namespace instead of dropping to nobody).
ACCOUNTS = ["this account"] + (["a teacher without root"] if os.geteuid() == 0 else [])
WITHOUT_ROOT = ACCOUNTS[-1]


def _as(account: str, code: str, *args: str) -> subprocess.CompletedProcess:
    """Run ``code`` in this environment's Python as ``account``; its files live in folders that account owns."""
    command = [sys.executable, "-c", code, *args]
    if account == "this account":
        return subprocess.run(command, capture_output=True, text=True, timeout=120)
    home = Path(tempfile.mkdtemp(prefix="medialit-teacher-"))
    os.chown(home, sandbox.NOBODY, sandbox.NOBODY)
    try:
        return subprocess.run(["setpriv", f"--reuid={sandbox.NOBODY}", f"--regid={sandbox.NOBODY}", "--clear-groups",
                               "env", "-i", "PATH=/usr/bin:/bin", f"HOME={home}", *command],
                              capture_output=True, text=True, timeout=120, cwd=home)
    finally:
        shutil.rmtree(home)


SANDBOXED_COMMAND = """
import subprocess, sys, tempfile
from pathlib import Path
from medialit.classroom import sandbox
with tempfile.TemporaryDirectory(prefix="medialit-scratch-") as scratch, tempfile.TemporaryDirectory() as course:
    ran = subprocess.run(sandbox.sandbox_command([sys.executable, "-c", sys.argv[1]], Path(scratch), Path(course)),
                         capture_output=True, text=True)
    print(ran.stdout.strip(), sorted(path.name for path in Path(scratch).iterdir()), ran.stderr.strip()[-300:],
          sep="\\n")
"""


@pytest.mark.parametrize("account", ACCOUNTS)
def test_a_sandboxed_command_writes_at_most_the_cap_and_nothing_on_the_host_disk(account):
    ran = _as(account, SANDBOXED_COMMAND, WRITE_EVERYWHERE.format(cap=sandbox.SCRATCH_BYTES))
    written, on_the_host_disk, _ = ran.stdout.split("\n", 2)
    result = json.loads(written)
    assert result["stopped"] == "ENOSPC" and result["kept"] <= sandbox.SCRATCH_BYTES
    assert set(result["elsewhere"].values()) == {"refused"}, result["elsewhere"]
    assert on_the_host_disk == "[]"  # the scratch folder the host made holds nothing the command wrote


KERNEL = """
import os, sys, tempfile
import nbformat
from nbclient import NotebookClient
from medialit.classroom import sandbox
nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(sys.argv[1])])
with tempfile.TemporaryDirectory() as folder:
    os.chdir(folder)
    NotebookClient(nb, kernel_manager_class=sandbox.SandboxedKernelManager, kernel_name="python3", timeout=60,
                   resources={"metadata": {"path": folder}}).execute()
    os.chdir("/")
print("".join(output.get("text", "") for output in nb.cells[0].outputs), end="")
"""


def test_a_teacher_without_root_gets_the_same_kernel_sandbox():
    """Graded from a teacher's own account, the kernel starts, talks, is not root and writes at most the cap."""
    ran = _as(WITHOUT_ROOT, KERNEL, "import os; print(os.getuid(), os.getcwd())\n"
              + WRITE_EVERYWHERE.format(cap=sandbox.SCRATCH_BYTES))
    identity, written = ran.stdout.split("\n", 1)
    uid, cwd = identity.split()
    assert uid != "0" and cwd.startswith("/tmp/medialit-grading-"), ran.stderr[-2000:]
    result = json.loads(written)
    assert result["stopped"] == "ENOSPC" and result["kept"] <= sandbox.SCRATCH_BYTES
    assert set(result["elsewhere"].values()) == {"refused"}, result["elsewhere"]
