"""Print the time model's estimate for every lesson in solutions/: core and extension minutes and points, by section.

Run: .venv/bin/python benchmarks/time_model.py [lesson ...]
The model and its constants are in src/medialit/classroom/lesson_time.py; tests/test_lesson_time.py holds each core to its limit.
"""

from __future__ import annotations

import sys

from medialit.classroom.course import COURSE_ROOT, lesson_names
from medialit.classroom.lesson_time import MINUTES_PER_LESSON, lesson_time


def main(names: list[str]) -> None:
    for name in names or lesson_names():
        timed = lesson_time(next((COURSE_ROOT / "solutions" / name).glob("*.ipynb")))
        print(f"{name}: core {timed.core_minutes:.0f} min, {timed.core_points:g} points; "
              f"extension {timed.extension_minutes:.0f} min, {timed.extension_points:g} points")
        print(f"    {MINUTES_PER_LESSON:5.1f} min  opening the lesson")
        for section in timed.sections:
            items = ", ".join(f"{count} x {kind}" for kind, count in section.items)
            written = f", {section.written_points:g} written points" if section.written_points else ""
            pages = f", {section.pages_opened} page(s) opened" if section.pages_opened else ""
            print(f"    {section.minutes:5.1f} min  {section.heading}: {section.words} words"
                  f"{', ' + items if items else ''}{written}{pages}; {section.points:g} points")


if __name__ == "__main__":
    main(sys.argv[1:])
