"""Collect each student's own work only, and only what they handed in: never through a link, never a forged time.

On a shared machine nbgrader's collect runs as the teacher, in an exchange
every student can write to, so everything in it is the student's to shape:

* The name: a submission is filed under the name the submitting program
  reports (``USER=ada nbgrader submit``), and nbgrader only *warns* when the
  owner differs. Here a hand-in owned by another account is never collected
  (the student's own latest one is taken instead) and the log names the
  account that handed it in. A name without a readable time (nbgrader would
  stop collecting the whole class) is refused, not fatal.
* The contents: nbgrader checks the owner with ``os.stat`` and copies with
  ``shutil.copytree``, both of which follow links, so a link to a file only
  the teacher can read (the solution notebook), or a hand-in that is itself a
  link to another student's home, was collected as if handed in. Here each
  hand-in is read through file descriptors opened with ``O_NOFOLLOW``, each
  checked with ``fstat`` before it is read (so a folder swapped for a link
  between the check and the copy is caught, not followed): a link, a file
  with a second name (a hard link can reach a teacher's file), a file of
  another account, a pipe or device, too many files, too many bytes or too
  deep a nesting refuses that hand-in, with a log line naming the student.
  What is copied is exactly what was checked.
* The time: ``timestamp.txt`` is written by the student, and nbgrader stops
  grading a notebook whose time it cannot read and puts any time it can in the
  gradebook (late penalties, and the before/after order of ``medialit gain``).
  Here the collected copy's ``timestamp.txt`` is replaced by the time the
  teacher's machine saw the hand-in last change (the kernel's change time,
  which a student can move later but never earlier), capped at the moment of
  collection.

With ``ExchangeCollect.check_owner = False`` (everyone shares one account)
owners are not compared; links, hard links, special files, sizes and times
are handled as above all the same.
"""

from __future__ import annotations

import datetime
import fnmatch
import os
import pwd
import shutil
import stat
import tempfile
import time

from dateutil.tz import gettz
from nbgrader.exchange.default.collect import ExchangeCollect
from traitlets import Integer

#: The file nbgrader reads each hand-in's time from; the student's own is never collected.
TIMESTAMP_FILE = "timestamp.txt"
CHUNK = 1 << 20


class Refused(Exception):
    """Why a hand-in is not collected, as the end of a sentence that starts with the student's name."""


def printable(text: str) -> str:
    """Text from the exchange as it may reach a terminal: a name with control characters is shown escaped."""
    return text if text.isprintable() else repr(text)


class CollectOwnWorkOnly(ExchangeCollect):
    max_files = Integer(1000, help="Most files and folders one hand-in may hold; more refuses it.").tag(config=True)
    max_depth = Integer(16, help="Most folders one inside another in a hand-in; deeper refuses it.").tag(config=True)

    def _path_to_record(self, path):
        """nbgrader's record; a name whose time cannot be read is kept (and refused later), never fatal."""
        try:
            return super()._path_to_record(path)
        except (ValueError, OverflowError):
            filename = os.path.basename(path)
            return {"username": filename.split("+", 1)[0], "filename": filename, "timestamp": datetime.datetime.min,
                    "refused": "has no hand-in time nbgrader can read in its name"}

    def _owner(self, record: dict) -> str | None:
        """The account that made the hand-in (the entry itself, never what a link in its place leads to)."""
        try:
            return pwd.getpwuid(os.lstat(os.path.join(self.inbound_path, record["filename"])).st_uid).pw_name
        except (KeyError, OSError):  # an account that no longer exists, or a hand-in removed since it was listed
            return None

    def _owned_by_student(self, record: dict) -> bool:
        return self._owner(record) == record["username"]

    def _sort_by_timestamp(self, records):
        """Newest first, as nbgrader does, but the student's own hand-ins before any filed under their name by others."""
        newest_first = super()._sort_by_timestamp(records)
        if not self.check_owner:
            return newest_first
        for record in newest_first:
            if not self._owned_by_student(record):
                owner = self._owner(record)
                self.log.error("Not collected: %s is filed under %s but was handed in by %s.",
                               printable(record["filename"]), printable(record["username"]),
                               f"the account {owner}" if owner else "an unknown account")
        return sorted(newest_first, key=self._owned_by_student, reverse=True)

    def copy_files(self):
        """nbgrader's copy, of each student's latest own hand-in checked and copied into a staging folder first.

        nbgrader then decides, as always, whose copy is new or newer; its
        ``do_copy`` (below) only moves the staged copy into place.
        """
        with tempfile.TemporaryDirectory(prefix=".collecting-", dir=self.coursedir.root) as staging:
            self._staged, accepted = {}, []
            for number, record in enumerate(self.src_records):
                if self.check_owner and not self._owned_by_student(record):
                    continue  # logged above, when the student's hand-ins were sorted
                try:
                    if "refused" in record:
                        raise Refused(record["refused"])
                    copy = os.path.join(staging, str(number))
                    self._stage(record["filename"], copy)
                except Refused as problem:
                    self._refuse(record, str(problem))
                except OSError as problem:  # unreadable, or removed while it was read
                    self._refuse(record, f"could not be read as it was ({problem.strerror or problem})")
                else:
                    self._staged[record["filename"]] = copy
                    accepted.append(record)
            self.src_records = accepted
            super().copy_files()

    def _refuse(self, record: dict, problem: str) -> None:
        self.log.error("Not collected: %s's hand-in %s %s, so nothing of it was taken.",
                       printable(record["username"]), printable(record["filename"]), problem)

    def do_copy(self, src, dest, log=None):
        """The hand-in as it was checked: its staged copy, moved into place (nothing is read from the exchange here)."""
        shutil.move(self._staged[os.path.basename(src)], dest)

    def _stage(self, filename: str, copy: str) -> None:
        """Check one hand-in and copy it to ``copy``, with the time it last changed; or raise :class:`Refused`."""
        student = filename.split("+", 1)[0]
        walk = _CheckedCopy(self, _account_uid(student) if self.check_owner else None, student)
        inbound = os.open(self.inbound_path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            walk.folder(inbound, filename, copy, depth=0)
        finally:
            os.close(inbound)
        seen = min(walk.latest_change, time.time())
        with open(os.path.join(copy, TIMESTAMP_FILE), "w") as written:
            written.write(datetime.datetime.fromtimestamp(seen, gettz(self.timezone)).strftime(self.timestamp_format))


def _account_uid(name: str) -> int | None:
    try:
        return pwd.getpwnam(name).pw_uid
    except KeyError:
        return None


class _CheckedCopy:
    """One hand-in, walked through file descriptors: every entry is checked as opened, and only then copied."""

    def __init__(self, collect: CollectOwnWorkOnly, uid: int | None, student: str):
        self.collect, self.coursedir, self.uid, self.student = collect, collect.coursedir, uid, student
        self.entries, self.bytes, self.latest_change = 0, 0, 0.0

    def folder(self, parent: int, name: str, copy: str, depth: int, shown: str = "") -> None:
        if depth > self.collect.max_depth:
            raise Refused(f"is nested more than {self.collect.max_depth} folders deep")
        opened = self._opened(parent, name, shown, os.O_RDONLY | os.O_DIRECTORY, stat.S_IFDIR)
        try:
            os.mkdir(copy)
            with os.scandir(opened) as entries:
                for entry in entries:
                    self.entries += 1
                    if self.entries > self.collect.max_files:
                        raise Refused(f"holds more than {self.collect.max_files} files and folders")
                    inside = printable(f"{shown}/{entry.name}" if shown else entry.name)
                    status = os.stat(entry.name, dir_fd=opened, follow_symlinks=False)
                    if stat.S_ISLNK(status.st_mode):  # anywhere, even where nothing would be copied
                        raise Refused(f"holds a link ({inside})")
                    if (depth == 0 and entry.name == TIMESTAMP_FILE) or self._ignored(entry.name, status, inside):
                        continue
                    if stat.S_ISDIR(status.st_mode):
                        self.folder(opened, entry.name, os.path.join(copy, entry.name), depth + 1, inside)
                    else:
                        self.file(opened, entry.name, os.path.join(copy, entry.name), inside)
        finally:
            os.close(opened)

    def file(self, parent: int, name: str, copy: str, shown: str) -> None:
        opened = self._opened(parent, name, shown, os.O_RDONLY, stat.S_IFREG)
        limit = 1000 * self.coursedir.max_dir_size
        try:
            with open(copy, "xb") as written:
                while chunk := os.read(opened, CHUNK):
                    self.bytes += len(chunk)
                    if self.bytes > limit:
                        raise Refused(f"is larger than CourseDirectory.max_dir_size ({limit:,} bytes)")
                    written.write(chunk)
        finally:
            os.close(opened)

    def _opened(self, parent: int, name: str, shown: str, flags: int, kind: int) -> int:
        """``name`` in ``parent``, opened without following a link, and checked to be what was looked at."""
        before = os.stat(name, dir_fd=parent, follow_symlinks=False)
        if stat.S_ISLNK(before.st_mode):
            raise Refused(f"holds a link ({shown})" if shown else "is a link, not a folder")
        if stat.S_IFMT(before.st_mode) != kind:
            raise Refused(f"holds {shown}, which is not a plain file or folder" if shown else "is not a folder")
        try:  # O_NONBLOCK: a pipe swapped in after the check must not make collect wait
            opened = os.open(name, flags | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=parent)
        except OSError:
            raise Refused(f"changed while it was collected ({shown or 'the folder itself'})") from None
        try:
            self._check(os.fstat(opened), before, shown, kind)
        except Refused:
            os.close(opened)
            raise
        return opened

    def _check(self, status: os.stat_result, before: os.stat_result, shown: str, kind: int) -> None:
        if (status.st_dev, status.st_ino, stat.S_IFMT(status.st_mode)) != (before.st_dev, before.st_ino, kind):
            raise Refused(f"changed while it was collected ({shown or 'the folder itself'})")
        if self.uid is not None and status.st_uid != self.uid:
            raise Refused(f"holds {shown or 'a folder'} that belongs to another account")
        if kind == stat.S_IFREG and status.st_nlink != 1:
            raise Refused(f"holds {shown}, a file with a second name elsewhere (a hard link)")
        self.latest_change = max(self.latest_change, status.st_ctime)

    def _ignored(self, name: str, status: os.stat_result, shown: str) -> bool:
        """nbgrader's CourseDirectory.ignore, include and max_file_size, decided on what was checked."""
        if any(fnmatch.fnmatch(name, pattern) for pattern in self.coursedir.ignore):
            return True
        if stat.S_ISREG(status.st_mode):
            if not any(fnmatch.fnmatch(name, pattern) for pattern in self.coursedir.include):
                return True
            if status.st_size > 1000 * self.coursedir.max_file_size:
                self.collect.log.warning("Left out of %s's hand-in: %s, larger than CourseDirectory.max_file_size.",
                                         printable(self.student), shown)
                return True
        return False
