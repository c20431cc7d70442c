"""Load a text from ``source_texts/`` and number its sentences.

Students answer with sentence numbers ("S3" or just 3), so numbering must be
deterministic and must never shift: the rules below are deliberately simple,
and ``tests/test_article.py`` pins every text's sentences to a digest kept in
its metadata file, so any change to a text or to these rules fails loudly.
"""

from __future__ import annotations

import datetime
import hashlib
import html
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

#: Where the texts live: inside the package when installed from a wheel,
#: beside ``src/`` in a checkout (the editable install the README uses).
_PACKAGED_TEXTS = Path(__file__).parents[1] / "source_texts"
TEXTS_DIR = _PACKAGED_TEXTS if _PACKAGED_TEXTS.is_dir() else Path(__file__).parents[3] / "source_texts"

#: Further folders of texts, separated as PATH is: a course folder that is not the checkout medialit runs from keeps
#: its teacher's own case texts (``medialit new-case``) in its own source_texts/, and names it here, so that every
#: kernel of that course (the lessons', check()'s and the grading sandbox's, which passes this variable on and
#: shows it these folders) finds them. A text in TEXTS_DIR comes first.
MORE_TEXTS_VARIABLE = "MEDIALIT_TEXTS"

#: A paragraph that only credits the outlet ("Source: Press TV") is not a sentence; nor is "By" and names only
#: ("By Jane Ortiz and Tom Hale, Staff Writers"). A lead such as "By now, …", "By merging …" or "By Sept. 30, the
#: fund …" has small words or figures among them, so it stays a sentence.
_BYLINE = re.compile(r"^(?i:Source|By|Credit|Photo)\s*:|^(?:By|BY)\s+(?:(?:[A-Z][\w.'’-]*|and|of|the|for|at|in)(?:[\s,|&—-]+|$))+$")

#: Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "maj", "prof", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "vs", "u.s", "u.k", "u.n", "cpl", "brig", "cmdr", "pvt",
}

#: A candidate boundary: end punctuation, optional closing quotes or brackets,
#: white space, then something that can start a sentence.
_BOUNDARY = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")


class ArticleNotFound(LookupError):
    """Raised with a message that lists the texts that do exist."""


@dataclass(frozen=True)
class Sentence:
    number: int
    paragraph: int
    text: str

    @property
    def label(self) -> str:
        return f"S{self.number}"


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    metadata: dict
    byline: str
    paragraphs: tuple[tuple[Sentence, ...], ...] = field(repr=False)

    @property
    def title(self) -> str:
        return self.metadata["title"]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for paragraph in self.paragraphs for s in paragraph)

    def sentence(self, number: int) -> Sentence:
        """Sentence ``number`` (1-based, as students write it)."""
        if not 1 <= number <= len(self):
            raise IndexError(f"This text has sentences S1 to S{len(self)}; there is no S{number}.")
        return self.sentences[number - 1]

    def __len__(self) -> int:
        return sum(len(p) for p in self.paragraphs)

    def _banner(self) -> str:
        if self.metadata.get("passages"):
            return ("Quoted word for word from the sources named above each passage; sentences between the passages "
                    "are left out. The title and the sentence numbers are added by this module.")
        if self.metadata.get("constructed"):
            return "A constructed example written for this module, not a real news story."
        ours = " The title is ours: the article came without its headline." if self.metadata.get("title_is_ours") else ""
        return f"Source text: {self.metadata['outlet']}. Sentence numbers are added by this module.{ours}"

    def passage_sources(self) -> dict[int, tuple[str, str]]:
        """For a text quoted from several sources, what names each passage's source and date, and its address, keyed
        by the passage's first sentence: a student can open every quotation where it was published."""
        return {
            passage["sentences"][0]: (f"S{passage['sentences'][0]} to S{passage['sentences'][1]} quoted from: "
                                      f"{passage['source']}, {_long_date(passage['date'])}", passage["address"])
            for passage in self.metadata.get("passages", [])
        }

    def __str__(self) -> str:
        lines = [self.title, self.byline, f"({self._banner()})", ""]
        sources = self.passage_sources()
        for number, paragraph in enumerate(self.paragraphs, start=1):
            if paragraph[0].number in sources:
                lines.append("{}, {}".format(*sources[paragraph[0].number]))
            lines.append(f"Paragraph {number}")
            lines.extend(f"  {s.label:>4}  {s.text}" for s in paragraph)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The numbered text as a notebook shows it: labels are text, not colour."""
        parts = [
            f'<article class="medialit-article" aria-label="{html.escape(self.title)}, sentences numbered">',
            # A text's own headline is its S1; a title we gave a text that came without one is shown, as the
            # banner under it says ("The title is ours").
            *([f"<h3>{html.escape(self.title)}</h3>"] if self.metadata.get("title_is_ours") else []),
            f'<p><em>{html.escape(self._banner())}</em></p>',
            f'<p><strong>{html.escape(self.byline)}</strong></p>',
        ]
        sources = self.passage_sources()
        for number, paragraph in enumerate(self.paragraphs, start=1):
            if paragraph[0].number in sources:
                named, address = sources[paragraph[0].number]
                parts.append(f'<p class="medialit-passage-source"><em>{html.escape(named)}</em>, '
                             f'<a href="{html.escape(address)}" target="_blank" rel="noopener">{html.escape(address)}</a></p>')
            body = " ".join(
                f'<span class="medialit-sentence" id="{self.name}-{s.label}">'
                f"<strong>[{s.label}]</strong> {html.escape(s.text)}</span>"
                for s in paragraph
            )
            parts.append(f'<p><small>Paragraph {number}</small><br>{body}</p>')
        parts.append("</article>")
        return "\n".join(parts)


def _long_date(iso: str) -> str:
    """"2018-11-18" as "18 November 2018": dates a reader cannot misread, whichever country they are in."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, keeping abbreviations and initials whole."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        before = paragraph[start:match.start()]
        last_word = before.rsplit(None, 1)[-1].rstrip(".!?").lower() if before.strip() else ""
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
            continue
        sentences.append(paragraph[start:match.end(1)].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def sentence_digest(article: Article) -> str:
    """A fingerprint of the numbering: changes if any sentence moves or changes."""
    joined = "\n".join(f"{s.number}\t{s.paragraph}\t{s.text}" for s in article.sentences)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def text_folders() -> list[Path]:
    """Where texts are looked for: TEXTS_DIR, then each folder MEDIALIT_TEXTS names, read when asked (a kernel
    started with it set finds what the teacher's process finds)."""
    more = os.environ.get(MORE_TEXTS_VARIABLE, "")
    return [TEXTS_DIR, *(Path(folder) for folder in more.split(os.pathsep) if folder)]


def available_articles() -> list[str]:
    return sorted({p.stem for folder in text_folders() for p in folder.glob("*.txt")})


def load_article(name: str) -> Article:
    """Read ``source_texts/<name>.txt`` and its metadata, and number the sentences."""
    path = next((folder / f"{name}.txt" for folder in text_folders() if (folder / f"{name}.txt").is_file()),
                TEXTS_DIR / f"{name}.txt")
    if not path.is_file():
        raise ArticleNotFound(
            f"There is no text called {name!r}. The texts you can load are: "
            + ", ".join(repr(n) for n in available_articles())
        )
    text = path.read_bytes().decode("utf-8")
    metadata = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    bylines, paragraphs = number_sentences(text)
    return Article(name, text, metadata, " ".join(bylines), paragraphs)


def number_sentences(text: str) -> tuple[list[str], tuple[tuple[Sentence, ...], ...]]:
    """Any text's bylines, and its paragraphs of numbered sentences: the lessons' numbering, for any article.

    Paragraphs are separated by blank lines. A byline ("Source: ...", "By ...")
    is a *line*, not a paragraph: a real article may put its lead on the very
    next line (the Press TV text does), and that lead is a sentence.
    """
    bylines, paragraphs, number = [], [], 0
    for block in re.split(r"\n\s*\n", text):
        lines = block.strip().splitlines()
        while lines and _BYLINE.match(lines[0].strip()):
            bylines.append(" ".join(lines.pop(0).split()))
        paragraph_text = " ".join(" ".join(lines).split())
        if not paragraph_text:
            continue
        sentences = []
        for sentence_text in split_sentences(paragraph_text):
            number += 1
            sentences.append(Sentence(number, len(paragraphs) + 1, sentence_text))
        paragraphs.append(tuple(sentences))
    return bylines, tuple(paragraphs)


#: A word as the highlighter marks it: letters and digits, joined inside by a hyphen or an apostrophe
#: ("so-called", "Syria's"); quotation marks, commas and every other character only separate words.
_PHRASE_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def phrase_words(text: str) -> list[str]:
    """The words of a marked phrase (or of a text), in lower case, as the grader compares them.

    Only whole words count, so "smashedterrornest" is one word that no text holds, and a mark is counted in
    words, not spaces. Punctuation around words, letter case, and any kind of space between them do not matter
    ("Terror\u00a0nest," reads as "terror nest"); a look-alike letter from another alphabet, or an invisible
    character inside a word, makes another word. The hidden tests in solutions/ read marks with the same rule,
    written out in plain syntax (tests/test_hidden_tests.py checks that the two agree).
    """
    return _PHRASE_WORD.findall(text.lower().replace("\u2019", "'"))


def holds_words(text: str, phrase: str) -> bool:
    """Whether ``text`` holds the words of ``phrase`` side by side, as the grader reads marks: a phrase it does not
    hold could never be marked by a student."""
    wanted = " ".join(phrase_words(phrase))
    return bool(wanted) and f" {wanted} " in f" {' '.join(phrase_words(text))} "
