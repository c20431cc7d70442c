"""`medialit new-case`: a teacher's own article becomes a reviewed key, then a graded lesson (issue 32)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from medialit.classroom.case_review import accept, load_review, reject, save_review
from medialit.classroom.cli import main
from medialit.classroom.course import copy_course
from medialit.classroom.case_review import review_path
from medialit.classroom.new_case import MAX_SENTENCES, MIN_SENTENCES, review_notebook_path

FIXTURES = Path(__file__).parent / "fixtures" / "new-case"
ARTICLE = FIXTURES / "valmora-flood.txt"
NAME = "valmora-flood"


@pytest.fixture
def course(tmp_path):
    return copy_course(tmp_path / "course")


def new_case(course, *args):
    return main(["new-case", *map(str, args), "--course", str(course), "--no-lab"])


def test_the_article_joins_the_course_byte_for_byte_with_its_metadata_review_and_notebook(course, capsys):
    assert new_case(course, ARTICLE, "--name", NAME, "--outlet", "Northfield Gazette", "--date", "2026-03-01") == 0
    assert (course / "source_texts" / f"{NAME}.txt").read_bytes() == ARTICLE.read_bytes()
    metadata = json.loads((course / "source_texts" / f"{NAME}.json").read_text(encoding="utf-8"))
    assert metadata["file_sha256"] == hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    assert metadata["sentence_count"] == 15
    assert metadata["title"] == "Reckless dam managers leave Valmora under water"
    assert (metadata["outlet"], metadata["date"], metadata["constructed"], metadata["language"]) == (
        "Northfield Gazette", "2026-03-01", False, "en")
    assert metadata["provenance"] == "added by the teacher with medialit new-case"
    for field in ("title", "outlet", "owner", "language", "publication_period", "provenance", "sentence_digest"):
        assert metadata[field], field
    review = load_review(review_path(course, NAME), ARTICLE.read_text(encoding="utf-8"))
    assert len(review["sentences"]) == 15 and all(i["status"] == "unreviewed" for i in review["sentences"])
    notebook = nbformat.read(review_notebook_path(course, NAME), as_version=4)
    assert [c.cell_type for c in notebook.cells] == ["markdown", "code"]
    assert notebook.cells[1].source == ('from medialit.classroom.review_board import ReviewBoard\n'
                                        f'ReviewBoard("{NAME}")')
    assert "accept" in notebook.cells[0].source and "reject" in notebook.cells[0].source
    assert f"medialit new-case {NAME} --build" in capsys.readouterr().out


def test_running_it_again_on_the_same_text_keeps_the_review_in_progress(course):
    assert new_case(course, ARTICLE, "--name", NAME) == 0
    path = review_path(course, NAME)
    review = load_review(path)
    accept(review, "sentences", 0, reason="The headline: the outlet's own words.")
    reject(review, "figures", 6, reason="Fifty years is a time span, not a count of anything.")
    save_review(review, path)
    assert new_case(course, ARTICLE, "--name", NAME) == 0
    assert load_review(path) == review


def written(course):
    return sorted(p.relative_to(course) for p in course.rglob("*") if not p.is_relative_to(course / "solutions"))


def refused(course, capsys, *args) -> str:
    capsys.readouterr()
    before = written(course)
    assert new_case(course, *args) == 2
    assert written(course) == before
    said = capsys.readouterr()
    assert not said.out and "Traceback" not in said.err and said.err.count("\n") == 1
    return said.err


def sentences(count: int) -> str:
    lines = ["Flood hits Valmora"] + [f"The river rose by {n} centimetres overnight, the mayor said." for n in
                                     range(1, count)]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(("content", "said"), [
    ("Flood hits Valmora\n\nThe river rose, the mayor said.\n".encode("utf-16"), "not UTF-8 text"),
    ("Crue à Valmora\n\nLa rivière est montée de deux mètres pendant la nuit, selon le maire de la ville. "
     "Les habitants ont passé la nuit dans l'école, et les pompiers ont évacué quarante maisons.\n".encode(),
     "does not look like English"),
    (sentences(MIN_SENTENCES - 1).encode(), f"has {MIN_SENTENCES - 1} sentences"),
    (sentences(MAX_SENTENCES + 1).encode(), f"has {MAX_SENTENCES + 1} sentences"),
    (b"%PDF-1.4\x00\x01\x02 stream", "not"),
])
def test_a_text_that_cannot_make_a_lesson_is_refused_in_one_sentence(course, capsys, tmp_path, content, said):
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    assert said in refused(course, capsys, article, "--name", NAME)


def test_the_limits_are_inclusive(course, tmp_path):
    for count in (MIN_SENTENCES, MAX_SENTENCES):
        article = tmp_path / f"article-{count}.txt"
        article.write_text(sentences(count), encoding="utf-8")
        assert new_case(course, article, "--name", f"river-{count}") == 0


@pytest.mark.parametrize(("name", "said"), [
    ("Valmora Flood", "lower-case letters, digits and hyphens"),
    ("01-unnamed-sources", "already has a lesson called 01-unnamed-sources"),
])
def test_a_name_students_cannot_type_or_one_taken_is_refused(course, capsys, name, said):
    assert said in refused(course, capsys, ARTICLE, "--name", name)


def test_another_text_under_the_same_name_is_refused(course, capsys, tmp_path):
    assert new_case(course, ARTICLE, "--name", NAME) == 0
    other = tmp_path / "other.txt"
    other.write_bytes(ARTICLE.read_bytes().replace(b"Sunday", b"Monday"))
    assert "already has a different text called" in refused(course, capsys, other, "--name", NAME)


def test_a_missing_file_a_bad_date_and_no_name_are_refused(course, capsys, tmp_path):
    assert "There is no file" in refused(course, capsys, tmp_path / "nothing.txt", "--name", NAME)
    assert "YYYY-MM-DD" in refused(course, capsys, ARTICLE, "--name", NAME, "--date", "1 March")
    assert "--name" in refused(course, capsys, ARTICLE)


# Where the lessons' kernels find a course's own texts ------------------------------------------------------------

def test_a_course_outside_the_checkout_names_its_texts_and_every_kernel_finds_them(course, monkeypatch):
    from medialit.classroom.sandbox import PASSED_ENVIRONMENT, readable_paths
    from medialit.content.article import MORE_TEXTS_VARIABLE, ArticleNotFound, available_articles, load_article

    assert new_case(course, ARTICLE, "--name", NAME) == 0
    with pytest.raises(ArticleNotFound):
        load_article(NAME)
    monkeypatch.setenv(MORE_TEXTS_VARIABLE, str(course / "source_texts"))
    assert len(load_article(NAME)) == 15 and NAME in available_articles()
    assert load_article("press-tv-hajin").metadata["outlet"] == "Press TV"  # the checkout's texts still come first
    assert MORE_TEXTS_VARIABLE in PASSED_ENVIRONMENT  # the grading sandbox passes it on...
    assert (course / "source_texts").resolve() in readable_paths(course)  # ...and shows the kernel that folder only
    assert course.resolve() not in readable_paths(course)


def test_build_says_how_to_name_the_course_texts_when_no_kernel_would_find_them(course, capsys):
    assert new_case(course, ARTICLE, "--name", NAME) == 0
    capsys.readouterr()
    assert main(["new-case", NAME, "--build", "--course", str(course)]) == 2
    said = capsys.readouterr().err
    assert f"export MEDIALIT_TEXTS={(course / 'source_texts').resolve()}" in said and said.count("\n") == 1


def test_build_refuses_while_items_wait_and_lists_them(course, capsys, monkeypatch):
    monkeypatch.setenv("MEDIALIT_TEXTS", str(course / "source_texts"))
    assert new_case(course, ARTICLE, "--name", NAME) == 0
    review = load_review(review_path(course, NAME))
    for index in range(15):
        accept(review, "sentences", index)
    save_review(review, review_path(course, NAME))
    capsys.readouterr()
    assert main(["new-case", NAME, "--build", "--course", str(course)]) == 2
    said = capsys.readouterr().err.splitlines()
    assert said[0].startswith(f"The review of {NAME} is not finished: 9 items wait")
    assert "  figures: S3 'At least 40' has not been reviewed" in said and len(said) == 10
    assert not (course / "solutions" / NAME).exists()


def test_build_of_a_case_never_added_says_so(course, capsys, monkeypatch):
    monkeypatch.setenv("MEDIALIT_TEXTS", str(course / "source_texts"))
    (course / "source_texts").mkdir()
    assert main(["new-case", "no-such-case", "--build", "--course", str(course)]) == 2
    assert "add it first with medialit new-case" in capsys.readouterr().err


def test_a_class_install_carries_the_new_text_but_never_its_review(course_root, tmp_path):
    """The texts are packed into every wheel (a class install, the browser version): the key must stay out."""
    clone = tmp_path / "clone"
    for tracked in subprocess.run(["git", "ls-files"], cwd=course_root, capture_output=True, text=True,
                                  check=True).stdout.splitlines():
        if (course_root / tracked).is_file():
            (clone / tracked).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(course_root / tracked, clone / tracked)
    assert new_case(clone, ARTICLE, "--name", NAME) == 0
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)], cwd=clone,
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("medialit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert f"medialit/source_texts/{NAME}.txt" in names
    assert not [name for name in names if name.endswith(".review.json")], "a review (an answer key) is in the wheel"
