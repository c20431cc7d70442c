"""Collect each student's own work only: a submission filed under someone else's name is left out.

nbgrader files a submission under the name the submitting program reports,
which a student can change (``USER=ada nbgrader submit``). nbgrader's own
collect then only *warns* ("cheating attempt?") and collects it anyway, so
one student could replace another's work. Here, on an exchange where every
student has their own Unix account, a file owned by another account is never
collected: the student's own latest submission is taken instead, and the log
says what was left out. With ``ExchangeCollect.check_owner = False`` (everyone
shares one account) it behaves exactly as nbgrader's.
"""

from __future__ import annotations

import os
import pwd

from nbgrader.exchange.default.collect import ExchangeCollect


class CollectOwnWorkOnly(ExchangeCollect):
    def _owned_by_student(self, record: dict) -> bool:
        uid = os.stat(os.path.join(self.inbound_path, record["filename"])).st_uid
        try:
            return pwd.getpwuid(uid).pw_name == record["username"]
        except KeyError:  # an account that no longer exists
            return False

    def _sort_by_timestamp(self, records):
        """Newest first, as nbgrader does, but the student's own files before any filed under their name by others."""
        newest_first = super()._sort_by_timestamp(records)
        if not self.check_owner:
            return newest_first
        for record in newest_first:
            if not self._owned_by_student(record):
                self.log.error("Not collected: %s is filed under %s but was handed in by another account.",
                               record["filename"], record["username"])
        return sorted(newest_first, key=self._owned_by_student, reverse=True)

    def copy_files(self):
        """nbgrader's copy, without a student none of whose files are their own (each was logged above)."""
        if self.check_owner:
            self.src_records = [record for record in self.src_records if self._owned_by_student(record)]
        super().copy_files()
