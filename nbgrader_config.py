"""nbgrader configuration for the medialit course.

solutions/ is the source (answers, hidden tests, rubrics); lessons/ is the
release students get, regenerated with `make lessons` and never edited by hand.
"""

c = get_config()  # noqa: F821 (nbgrader defines get_config)

c.CourseDirectory.course_id = "medialit"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "lessons"

# Students replace the "..." line above each solution region, so the region
# itself becomes an empty line rather than nbgrader's NotImplementedError stub.
c.ClearSolutions.code_stub = {"python": ""}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE (a few sentences)"

# A student cell that loops forever is stopped after this many seconds and
# scores 0; grading goes on with the next cell and the next student.
c.Execute.timeout = 30

# A test cell a student deleted is put back before grading, so deleting a
# test never avoids it. (medialit's OverwriteCellsQuietly is nbgrader's
# OverwriteCells without the false checksum warning of nbgrader issue #1961.)
c.OverwriteCells.add_missing_cells = True

# Grading runs none of a student's code: after nbgrader restores the teacher's cells, each answer cell
# becomes `name = <the plain value the student typed>` and every other editable cell is emptied; every
# Markdown and raw cell that is not the teacher's own text becomes clean HTML (medialit/student_html.py)
# before the formgrader or a feedback page shows it. First, text that cannot be saved is replaced, and each
# cell of the lesson is kept once with the lesson's own nbgrader metadata (a copied or added cell, or broken
# metadata, costs at most one exercise; medialit/lesson_cells.py).
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "medialit.classroom.lesson_cells.WritableText",
    "medialit.classroom.lesson_cells.LessonCellsOnly",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "medialit.classroom.grading.OverwriteCellsQuietly",
    "medialit.classroom.grading.GradePlainValuesOnly",
    "medialit.classroom.student_html.CleanStudentCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# The grading kernel runs in a bubblewrap sandbox where the machine allows (see medialit/sandbox.py), and
# output is capped in bytes as well as lines, never cutting a test's result, then cleaned as student text is
# (only text, clean HTML and pictures are kept). A test scores the number it computed; one that shows no
# number scores 0, where nbgrader alone would give full points (medialit/scoring.py). Before the first
# submission the kernel is tried: if it cannot load medialit and every text, grading stops and nobody is
# graded (medialit/before_grading.py). Each handed-in notebook is copied with its hash before it is graded and
# checked after; the report re-checks that copy (medialit/evidence.py). Once the graded run is over, each answer
# cell shows what the student typed again, with grading's notes below it, for the formgrader and the feedback page
# (medialit/grading.py ShowTypedAnswers).
c.Autograde.autograde_preprocessors = [
    "medialit.classroom.sandbox.SandboxedExecute",
    "medialit.classroom.grading.ShowTypedAnswers",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "medialit.classroom.grading.LimitOutputBytes",
    "medialit.classroom.student_html.CleanOutputs",
    "medialit.classroom.scoring.SaveTestScores",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
c.Autograde.pre_convert_hook = "medialit.classroom.before_grading.before_each_submission"
c.Autograde.post_convert_hook = "medialit.classroom.evidence.verify"

# Feedback for students: nbgrader's own steps plus medialit's, which removes the
# hidden tests (the answer key) that nbgrader would otherwise show and scans the
# page for any line of them or of the key (the autograded notebook it reads is
# already clean HTML, see above);
# then names each exercise, says its score once in words and how it was scored
# (medialit/feedback_page.py), shown by a template that extends nbgrader's.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "medialit.classroom.feedback_page.HideHiddenTestsQuietly",
    "medialit.classroom.feedback_page.NameExercises",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
import os  # noqa: E402 (the feedback template folders are found from the installed packages)

import medialit.classroom.feedback_page  # noqa: E402
import nbgrader  # noqa: E402

_nbgrader_templates = os.path.join(os.path.dirname(nbgrader.__file__), "server_extensions", "formgrader", "templates")
c.GenerateFeedback.HTMLExporter.template_name = "medialit_feedback"
c.GenerateFeedback.HTMLExporter.extra_template_basedirs = [_nbgrader_templates, str(medialit.classroom.feedback_page.TEMPLATES)]
# Where medialit's template finds the one it extends ('feedback/index.html.j2'), and nbgrader's style sheet.
c.GenerateFeedback.HTMLExporter.extra_template_paths = [
    _nbgrader_templates,
    os.path.join(os.path.dirname(nbgrader.__file__), "server_extensions", "formgrader", "static", "node_modules",
                 "bootstrap", "dist", "css"),
]
# The formgrader shows each graded notebook with nbgrader's own template, extended by medialit's as the feedback's
# is: on both pages long lines wrap instead of scrolling sideways, and an exercise's heading grows with its text
# (medialit/feedback_page.py PageStyle). (The feedback's settings above are its own, so these leave it alone.)
c.HTMLExporter.template_name = "medialit_formgrade"
c.HTMLExporter.extra_template_basedirs = [_nbgrader_templates, str(medialit.classroom.feedback_page.TEMPLATES)]
c.HTMLExporter.extra_template_paths = [_nbgrader_templates, os.path.join(_nbgrader_templates, "formgrade")]

# A submission filed under another student's name (a student can change the name nbgrader reports) is never
# collected where each student has their own account; nbgrader alone would only warn (medialit/collect.py).
c.ExchangeFactory.collect = "medialit.classroom.collect.CollectOwnWorkOnly"
