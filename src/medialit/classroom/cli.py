"""The `medialit` command. Every problem is reported as one plain sentence and exit status 2."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..content.wording import for_terminal


def _print(text: object, file=None) -> None:
    """Print for the person at the terminal, without anything a terminal would act on instead of showing: student
    ids, file names and lesson texts can carry escape sequences and bidi overrides (medialit.content.wording.for_terminal)."""
    print(for_terminal(str(text)), file=file or sys.stdout)


def _no_gradebook(root: Path) -> bool:
    """Say so, in one sentence, when the course folder has no gradebook to report on.

    A gradebook in a database server (the course's ``db_url``) is taken as there; a SQLite one must be a file.
    """
    from .course import gradebook_url

    url = gradebook_url(root)
    if not url.startswith("sqlite:///") or Path(url.removeprefix("sqlite:///")).is_file():
        return False
    _print(f"There is no gradebook in {root}: grade a lesson there first (medialit grade LESSON).", file=sys.stderr)
    return True


def _report(args: argparse.Namespace) -> int:
    from .report import CannotReport, write_report

    root = args.course.resolve()
    if _no_gradebook(root):
        return 2
    try:
        text, files = write_report(root, args.lesson, args.out)
    except CannotReport as problem:
        _print(problem, file=sys.stderr)
        return 2
    _print(text)
    _print("\nWritten: " + ", ".join(str(f) for f in files))
    return 0


def _gain(args: argparse.Namespace) -> int:
    from .gain import GainError, write_gain_report

    root = args.course.resolve()
    if _no_gradebook(root):
        return 2
    try:
        text, files = write_gain_report(root, args.out)
    except GainError as problem:
        _print(problem, file=sys.stderr)
        return 2
    except OSError as problem:  # --out is a file, not writable, or the disk is full
        _print(f"The gain report could not be written to {args.out}: {problem.strerror or problem}. "
              "Choose another folder with --out.", file=sys.stderr)
        return 2
    _print(text)
    _print("\nWritten: " + ", ".join(str(f) for f in files))
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from ..analyzer.analyzer import MAX_CHARS, AnalysisError, analyze

    limit = MAX_CHARS * 4  # UTF-8 needs at most 4 bytes a character
    try:
        if args.file == "-":
            if sys.stdin is None or getattr(sys.stdin, "closed", False):
                _print("There is nothing to read: standard input is closed. Give a file name instead, or pipe the "
                      "article in: medialit analyze - < article.txt", file=sys.stderr)
                return 2
            data = sys.stdin.buffer.read(limit + 1)
        else:
            path = Path(args.file)
            if not path.is_file():
                _print(f"There is no file called {args.file!r}. Check the name, or use - to read standard input.",
                      file=sys.stderr)
                return 2
            with path.open("rb") as handle:
                data = handle.read(limit + 1)  # enough to tell a too-long text without reading it all
        if len(data) > limit:
            raise AnalysisError(f"This text is far longer than {MAX_CHARS:,} characters (about 30,000 words), the "
                                "most the analyzer reads at once. Analyze one article at a time.")
        result = analyze(data)
    except AnalysisError as problem:
        _print(problem, file=sys.stderr)
        return 2
    _print({"json": result.to_json, "html": result.to_page, "text": result.to_text}[args.format]())
    return 0


def _start(args: argparse.Namespace) -> int:
    from ..content.wording import counted
    from ..keys.in_class import in_a_class
    from .selfstudy import NoLessons, copy_lessons, open_lab

    try:
        folder = args.dir.expanduser().resolve()
        if in_a_class():  # the lessons come from the teacher, and self-study keys stay out of the class
            return _start_in_class(folder, args.no_lab)
        done = copy_lessons(folder)
    except RuntimeError:  # Path.expanduser: no home folder to put "~" in
        _print("Your home folder could not be found. Choose a folder yourself: medialit start --dir PATH")
        return 1
    except NoLessons as problem:
        _print(problem)
        return 1
    except OSError as problem:  # a file where a folder should be, no permission, a full disk...
        _print(f"The lessons could not be copied into {args.dir}: {problem.strerror or problem}. "
              "Choose another folder: medialit start --dir PATH. Nothing you had there was changed.")
        return 1
    _print(f"Your lessons are in {folder}: {counted(len(done['copied']), 'file')} copied, {len(done['kept'])} already there.")
    for yours, beside in done["updates"]:
        _print(f"  A newer version of {yours.relative_to(folder).as_posix()} has come out: it is beside your own as "
               f"{beside.name}, a fresh copy without your answers, and your own {yours.name} with your work in it "
               "is untouched.")
    for linked in done["linked"]:
        _print(f"  {linked.relative_to(folder)} is a link to another place, so nothing was copied into it: rename the "
               "link and run medialit start again.")
    return 0 if args.no_lab else open_lab(folder)


def _start_in_class(folder: Path, no_lab: bool) -> int:
    """A class install has no lessons of its own: the teacher hands them out through nbgrader's exchange."""
    from .selfstudy import open_lab

    folder.mkdir(parents=True, exist_ok=True)
    _print(f"Your teacher hands out the lessons. JupyterLab opens in {folder}: there, open Nbgrader > Assignment List "
          "and press Fetch.")
    return 0 if no_lab else open_lab(folder)


def _progress(args: argparse.Namespace) -> int:
    from .selfstudy import progress, progress_text

    _print(progress_text(progress(args.dir.expanduser().resolve())))
    return 0


def _handouts(args: argparse.Namespace) -> int:
    from .handouts import export_all

    written = export_all(args.out, pdf=not args.no_pdf)
    _print("Written: " + ", ".join(str(f) for f in written))
    if not args.no_pdf and not any(f.suffix == ".pdf" for f in written):
        _print("No PDF: this machine has no Chromium. Open the HTML files in a browser and print them.")
    return 0


def _cards(args: argparse.Namespace) -> int:
    from .teacher_cards import CardProblem, write_all

    try:
        written = write_all(args.out, args.docs, pdf=not args.no_pdf)
    except CardProblem as problem:
        _print(problem, file=sys.stderr)
        return 2
    _print("Written: " + ", ".join(str(f) for f in written))
    if not args.no_pdf and not any(f.suffix == ".pdf" for f in written):
        _print("No PDF: this machine has no Chromium. Open the HTML files in a browser and print them.")
    return 0


def _class_setup(args: argparse.Namespace) -> int:
    from .class_setup import SetupProblem, set_up_class

    try:
        done = set_up_class(args.exchange, args.config_dir)
    except SetupProblem as problem:
        _print(problem, file=sys.stderr)
        return 2
    _print("\n".join(done))
    _print("Next: each student starts JupyterLab with `medialit start` and fetches lessons from Nbgrader > Assignment List.")
    return 0


def _grade(args: argparse.Namespace) -> int:
    from .parallel_grading import grade_class

    if args.workers is not None and args.workers < 1:
        _print("--workers must be 1 or more.", file=sys.stderr)
        return 2
    status = grade_class(args.course, args.lesson, args.workers, say=_print, force=args.force)
    return 0 if all(code == 0 for code in status.values()) else 1


def _collect_downloads(args: argparse.Namespace) -> int:
    from .downloads import collect_downloads

    if not args.folder.is_dir():
        _print(f"There is no folder called {str(args.folder)!r}: give the folder the downloaded notebooks are in.",
               file=sys.stderr)
        return 2
    folder = args.folder.resolve()
    if folder == args.course or args.course.is_relative_to(folder):
        _print("That folder holds the course itself (solutions/ and submitted/ too): give the folder the downloaded "
               "notebooks are in, such as downloads/.", file=sys.stderr)
        return 2
    done = collect_downloads(args.course, folder, replace=args.replace)
    for line in done.lines():
        _print(line)
    return 0 if done.filed else 1


def _teacher_step(args: argparse.Namespace) -> int:
    """release, collect and feedback: nbgrader's own steps, run in the course folder (medialit/teacher_steps.py)."""
    from . import teacher_steps

    return getattr(teacher_steps, args.command)(args.course, args.lesson, say=_print)


def _teacher(args: argparse.Namespace) -> int:
    from .teacher_steps import open_teacher_lab

    return open_teacher_lab(args.course)


def _new_case(args: argparse.Namespace) -> int:
    """Add a teacher's article and open its review (ARTICLE.txt --name NAME), or build its lesson (NAME --build)."""
    from .new_case import CaseProblem, add_case

    if args.build:
        from .case_lesson import CannotBuild, build_case

        try:
            written = build_case(args.course, args.target)
        except CannotBuild as problem:
            _print(problem, file=sys.stderr)
            return 2
        _print(f"Written: {written}. Next: make lessons (or .venv/bin/python -m medialit.classroom.course), "
               "then try the lesson as a student.")
        return 0
    if not args.name:
        _print("Name the case with --name, such as: medialit new-case article.txt --name valmora-flood",
               file=sys.stderr)
        return 2
    try:
        done = add_case(Path(args.target), args.name, args.course, args.title, args.outlet, args.url, args.date)
    except CaseProblem as problem:
        _print(problem, file=sys.stderr)
        return 2
    _print(f"Added {done['text'].relative_to(args.course)} and its metadata; "
           + ("your review in progress is kept" if done["kept_review"] else "the analyzer's draft is")
           + f" in {done['review'].relative_to(args.course)}. Review it in "
           f"{done['notebook'].relative_to(args.course)}, then: medialit new-case {args.name} --build")
    if args.no_lab:
        return 0
    from .teacher_steps import open_teacher_lab

    return open_teacher_lab(args.course, done["notebook"].relative_to(args.course))


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="medialit", description="Tools for the medialit lessons.")
    commands = main.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="after autograding: what the class found hard, and what needs a look")
    report.add_argument("lesson", nargs="?", help="one lesson, such as 00-start-here (default: all)")
    report.add_argument("--course", type=Path, default=Path("."), help="the course folder (default: here)")
    report.add_argument("--out", type=Path, default=Path("reports"), help="where to write the table and chart")
    report.set_defaults(run=_report)
    gain = commands.add_parser("gain", help="skill checks before and after the lessons: what each skill gained")
    gain.add_argument("--course", type=Path, default=Path("."), help="the course folder (default: here)")
    gain.add_argument("--out", type=Path, default=Path("reports"), help="where to write the table and chart")
    gain.set_defaults(run=_gain)
    start = commands.add_parser("start", help="copy the lessons into your own folder (never overwriting your work) "
                                              "and open JupyterLab there")
    start.add_argument("--dir", type=Path, default=Path("~/medialit-lessons"), help="your folder (default: ~/medialit-lessons)")
    start.add_argument("--no-lab", action="store_true", help="only copy the lessons")
    start.set_defaults(run=_start)
    progress = commands.add_parser("progress", help="which exercises in your folder pass check()")
    progress.add_argument("--dir", type=Path, default=Path("~/medialit-lessons"), help="your folder (default: ~/medialit-lessons)")
    progress.set_defaults(run=_progress)
    analyze = commands.add_parser("analyze", help="mark sources, figures, framing and outlets in an English news text")
    analyze.add_argument("file", help="a plain-text (.txt) article, or - to read standard input")
    analyze.add_argument("--format", choices=["json", "html", "text"], default="text",
                         help="output format (default: text); html is a page to open in a browser, with a legend "
                              "and each mark's explanation")
    analyze.set_defaults(run=_analyze)
    handouts = commands.add_parser("handouts", help="printable handouts of every lesson (HTML, and PDF where possible)")
    handouts.add_argument("--out", type=Path, default=Path("handouts"), help="where to write them (default: handouts/)")
    handouts.add_argument("--no-pdf", action="store_true", help="HTML only")
    handouts.set_defaults(run=_handouts)
    cards = commands.add_parser("cards", help="a printable teacher card (two pages at most) for each lesson, made "
                                              "from its page in docs/teach/ (HTML, and PDF where possible)")
    cards.add_argument("--out", type=Path, default=Path("cards"), help="where to write them (default: cards/)")
    cards.add_argument("--docs", type=Path, default=None, help="the teacher's pages (default: this checkout's docs/)")
    cards.add_argument("--no-pdf", action="store_true", help="HTML only")
    cards.set_defaults(run=_cards)
    grade = commands.add_parser("grade", help="autograde every submission of a lesson, several at once on a PostgreSQL "
                                              "gradebook (each through nbgrader and its safeguards)")
    grade.add_argument("lesson", help="the lesson, such as 01-unnamed-sources")
    grade.add_argument("--workers", type=int, help="submissions graded at once (default: 2, or 1 on SQLite)")
    grade.add_argument("--force", action="store_true", help="grade again those graded before")
    grade.add_argument("--course", type=Path, default=Path("."), help="the course folder (default: here)")
    grade.set_defaults(run=_grade, in_course=True)
    for name, says in [("release", "put a lesson in the gradebook and hand it out through nbgrader's exchange"),
                       ("collect", "collect every student's latest hand-in of a lesson into submitted/"),
                       ("feedback", "write each student's feedback page (in a class, and return it through the exchange)")]:
        step = commands.add_parser(name, help=says)
        step.add_argument("lesson", help="the lesson, such as 01-unnamed-sources")
        step.add_argument("--course", type=Path, default=Path("."), help="the course folder (default: here)")
        step.set_defaults(run=_teacher_step, in_course=True)
    downloads = commands.add_parser("collect-downloads", help="file notebooks students downloaded (from the browser "
                                    "version, say) into submitted/, each under its student and the lesson it holds")
    downloads.add_argument("folder", type=Path, help="the folder of downloaded notebooks (and .zip exports)")
    downloads.add_argument("--replace", action="store_true", help="replace a notebook already in submitted/ (said)")
    downloads.add_argument("--course", type=Path, default=Path("."), help="the course folder (default: here)")
    downloads.set_defaults(run=_collect_downloads, in_course=True)
    teacher = commands.add_parser("teacher", help="JupyterLab at the course folder with nbgrader's tools (the formgrader)")
    teacher.add_argument("--course", type=Path, default=Path("."), help="the course folder (default: here)")
    teacher.set_defaults(run=_teacher, in_course=True)
    new_case = commands.add_parser("new-case", help="make a lesson of your own article: add it and review the "
                                   "analyzer's draft key (ARTICLE.txt --name NAME), then build it (NAME --build)")
    new_case.add_argument("target", help="the article as a plain-text file; with --build, the case's name")
    new_case.add_argument("--name", help="the case's name: lower-case letters, digits and hyphens")
    new_case.add_argument("--title", help="the article's headline (default: its first line)")
    new_case.add_argument("--outlet", help="who published it")
    new_case.add_argument("--url", help="where it was published")
    new_case.add_argument("--date", help="when it was published, as YYYY-MM-DD")
    new_case.add_argument("--build", action="store_true", help="write the lesson into solutions/ from the review")
    new_case.add_argument("--no-lab", action="store_true", help="do not open JupyterLab at the review")
    new_case.add_argument("--course", type=Path, default=Path("."), help="the course folder (default: here)")
    new_case.set_defaults(run=_new_case, in_course=True)
    class_setup = commands.add_parser("class-setup", help="for a class on one shared machine (run once, as administrator): "
                                                          "nbgrader's exchange folder and the settings every account reads")
    class_setup.add_argument("--exchange", type=Path, default=Path("/srv/nbgrader/exchange"),
                             help="the folder lessons and submissions pass through (default: /srv/nbgrader/exchange)")
    class_setup.add_argument("--config-dir", type=Path, default=Path("/etc/jupyter"),
                             help="a Jupyter configuration folder every account reads (default: /etc/jupyter)")
    class_setup.set_defaults(run=_class_setup)
    return main


def main(argv: list[str] | None = None) -> int:
    from .course import CourseProblem, course_folder

    args = parser().parse_args(argv)
    try:
        if getattr(args, "in_course", False):  # a teacher's command, typed in the course folder
            args.course = course_folder(args.course)
        return args.run(args)
    except CourseProblem as problem:
        _print(problem, file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
