"""A teacher's review of the analyzer's draft key for a new case article: the file a colleague can check.

``medialit new-case`` drafts one item per sentence (who vouches for it), per
figure (what its words promise, who vouches for it) and per framing
candidate (its technique, whose words it is), each with the analyzer's
reason. Nothing is a key until the teacher has looked at it: every item
starts ``unreviewed`` with no key, and the teacher accepts it, changes it or
rejects it, or adds one the analyzer missed, with any other answer a careful
reader could defend (``also``) and a one-line reason. A lesson is built only
from a review where no item waits and every key item has its reason.

The file is plain JSON in the course's ``reviews/`` folder, beside the review
notebook (``reviews/NAME.review.json``), not in ``source_texts/``: the texts
are packed into every wheel (a class install, the browser version), and a
key must never reach a student's machine. It is indented, one item after
another in text order, so that a colleague can read the key in a diff and a
rebuild from it is repeatable. It is saved by
writing a new file and renaming it over the old one, so a crash never leaves
half a review.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from ..analyzer.analyzer import analyze
from ..content.article import holds_words
from ..lesson.answers import FRAMING_TECHNIQUES, NUMBER_PROMISES, SOURCE_KINDS

FORMAT = "medialit case review 1"
#: The three parts of a review, each with the field that holds its label and the labels it may use.
SECTIONS = {"sentences": ("kinds", SOURCE_KINDS), "figures": ("promise", NUMBER_PROMISES),
            "framing": ("technique", FRAMING_TECHNIQUES)}
#: Where an item stands. Only "accepted", "changed" and "added" items are keys.
STATUSES = ("unreviewed", "accepted", "changed", "rejected", "added")
KEY_STATUSES = ("accepted", "changed", "added")
OUTLET = "the outlet"

#: What a qualifier makes a number promise, for the draft (the teacher decides): "at least 30" is a lower limit.
_PROMISE_OF_QUALIFIER = {
    **dict.fromkeys(("at least", "more than", "over", "just over"), "a lower limit"),
    "including": "part of a total",
    **dict.fromkeys(("about", "around", "nearly", "almost", "up to", "some", "approximately", "roughly", "fewer than",
                     "less than", "as many as", "an estimated", "just under"), "a range"),
}


class ReviewProblem(ValueError):
    """A review file that cannot be used, or a change that cannot be made, said in one sentence."""


def review_path(course: Path, name: str) -> Path:
    """Where the review of case ``name`` lives in a course (see the module's docstring for why not source_texts/)."""
    return course / "reviews" / f"{name}.review.json"


def who_field(section: str) -> str:
    """The key's field for who is behind an item: who vouches (a sentence, a figure), or whose words (framing)."""
    return "whose" if section == "framing" else "who"


def place(item: dict) -> str:
    """Where an item is, as a teacher reads it: "S3", or "S3 'at least 30'" for a phrase."""
    return f"S{item['sentence']}" + (f" {item['phrase']!r}" if "phrase" in item else "")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draft_review(name: str, text: str) -> dict:
    """The analyzer's draft for every sentence, figure and framing candidate of ``text``, all still unreviewed."""
    result = analyze(text)  # its sentences are numbered as the lessons number them
    speakers = {}
    for found in result["attributions"]:
        speakers.setdefault(found["sentence"], []).append(found)
    review = {"format": FORMAT, "case": name, "text_sha256": text_sha256(text),
              "sentences": [], "figures": [], "framing": [], "chain": empty_chain()}
    for sentence in result["sentences"]:
        found = speakers.get(sentence["sentence"], [])
        kinds = sorted({f["kind"] for f in found}) or ["none"]
        reason = ("; ".join(f"{f['text']!r}: {_first_sentence(f['explanation'])}" for f in found) if found
                  else "Nobody vouches for it: the outlet's own voice.")
        review["sentences"].append(_item(sentence["sentence"], None, {
            "kinds": kinds, "who": "; ".join(f["text"] for f in found) or OUTLET, "reason": reason},
            text=sentence["text"]))
    for figure in result["figures"]:
        promise = ("a range" if isinstance(figure["value"], (tuple, list)) or figure["rule"] == "vague amount"
                   else "part of a total" if figure["rule"] in ("share", "percentage")
                   else _PROMISE_OF_QUALIFIER.get(figure["qualifier"] or "", "an exact count"))
        found = speakers.get(figure["sentence"], [])
        review["figures"].append(_item(figure["sentence"], figure["text"], {
            "promise": promise, "who": found[0]["text"] if found else "nobody",
            "reason": f"{figure['reading']!r}: {promise}, {NUMBER_PROMISES[promise].split(' (')[0]}."}))
    for framing in result["framing"]:
        review["framing"].append(_item(framing["sentence"], framing["text"], {
            "technique": framing["category"], "whose": framing["speaker"] or OUTLET,
            "reason": _first_sentence(framing["explanation"])
                      + (f" Quoted: the words of {framing['speaker']}." if framing["speaker"] else "")}))
    return review


def empty_chain() -> dict:
    """The chain of attribution the teacher may fill in (no analyzer finds it): who told whom a claim of one sentence,
    first teller first, ending with the outlet. A case lesson asks for it only once it holds two tellers or more."""
    return {"sentence": None, "tellers": [], "reason": ""}


def set_chain(review: dict, sentence: int, tellers: list[str], reason: str) -> dict:
    """The chain of ``sentence``, first teller first (the outlet last), with why each link is there."""
    if len(tellers) < 2 or len({t.casefold() for t in tellers}) < len(tellers) or not all(t.strip() for t in tellers):
        raise ReviewProblem("A chain needs two tellers or more, each named once, first teller first.")
    if not any(item["sentence"] == sentence for item in review["sentences"]):
        raise ReviewProblem(f"The article has sentences S1 to S{len(review['sentences'])}, not S{sentence}.")
    review["chain"] = {"sentence": sentence, "tellers": [" ".join(t.split()) for t in tellers],
                       "reason": " ".join(reason.split())}
    return review["chain"]


def clear_chain(review: dict) -> dict:
    """No chain: the lesson will not ask for one."""
    review["chain"] = empty_chain()
    return review["chain"]


def chain_of(review: dict) -> dict:
    """The review's chain; a review drafted before chains existed has an empty one."""
    return review.get("chain") or empty_chain()


def _first_sentence(explanation: str) -> str:
    """The analyzer's reason, cut to its first sentence: the review's reasons are one line each."""
    return explanation.split(". ")[0].rstrip(".") + "."


def _item(sentence: int, phrase: str | None, draft: dict | None, **extra) -> dict:
    return {"sentence": sentence, **({"phrase": phrase} if phrase is not None else {}), **extra,
            "draft": draft, "status": "unreviewed" if draft else "added", "key": None,
            "reason": draft["reason"] if draft else ""}


def _key_of(section: str, draft: dict) -> dict:
    """The key a draft becomes when accepted: its label(s) and who, with no other answer yet."""
    field, _ = SECTIONS[section]
    return {field: draft[field], "also": [], who_field(section): draft[who_field(section)]}


def accept(review: dict, section: str, index: int, reason: str | None = None) -> dict:
    """Take the draft as the key."""
    item = _at(review, section, index)
    if item["draft"] is None:
        raise ReviewProblem("This item was added by hand: there is no draft to accept; change it instead.")
    item.update(status="accepted", key=_key_of(section, item["draft"]), reason=_reason(item, reason))
    return item


def change(review: dict, section: str, index: int, label, also=(), who: str | None = None,
           reason: str | None = None) -> dict:
    """Make the key ``label`` (a list of kinds for a sentence), accepting ``also`` as other defensible answers."""
    item = _at(review, section, index)
    key = {SECTIONS[section][0]: _checked(section, label), "also": [_checked(section, a) for a in also]}
    whose = who_field(section)
    key[whose] = who if who is not None else (item["key"] or item["draft"] or {}).get(whose, OUTLET)
    item.update(status="added" if item["draft"] is None else "changed", key=key, reason=_reason(item, reason))
    return item


def reject(review: dict, section: str, index: int, reason: str | None = None) -> dict:
    """Keep the item out of the key (a sentence rejected is left out of the tagging exercise)."""
    item = _at(review, section, index)
    item.update(status="rejected", key=None, reason=_reason(item, reason))
    return item


def set_reason(review: dict, section: str, index: int, reason: str) -> dict:
    """Write the one-line reason without deciding anything: typed on an item not yet looked at, it is kept for the
    decision that comes next, so no typing is lost."""
    item = _at(review, section, index)
    item["reason"] = _reason(item, reason)
    return item


def add(review: dict, section: str, sentence: int, phrase: str, label, also=(), who: str = OUTLET,
        reason: str = "") -> dict:
    """A figure or a framing phrase the analyzer missed, as the teacher marks it; its place follows the text."""
    if section == "sentences":
        raise ReviewProblem("Every sentence is already in the review: change its kinds instead.")
    _phrase_in_sentence(review, sentence, phrase)
    new = _item(sentence, phrase, None)
    review[section].append(new)
    review[section].sort(key=lambda i: i["sentence"])
    return change(review, section, next(i for i, item in enumerate(review[section]) if item is new), label, also, who,
                  reason)


def waiting(review: dict) -> list[str]:
    """What still stops the build, one line each: items nobody has looked at, and key items with no reason."""
    lines = []
    for section in SECTIONS:
        for item in review[section]:
            where = place(item)
            if item["status"] == "unreviewed":
                lines.append(f"{section}: {where} has not been reviewed")
            elif item["status"] in KEY_STATUSES and not item["reason"].strip():
                lines.append(f"{section}: {where} needs a one-line reason")
    chain = chain_of(review)
    if chain["tellers"] and not chain["reason"].strip():
        lines.append(f"chain: S{chain['sentence']} needs a one-line reason")
    return lines


def key_items(review: dict, section: str) -> list[dict]:
    """The items of one section that are keys, in text order."""
    return [item for item in review[section] if item["status"] in KEY_STATUSES]


def save_review(review: dict, path: Path) -> None:
    """Write the review whole or not at all."""
    validate(review)
    body = json.dumps(review, indent=1, ensure_ascii=False) + "\n"
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(body)
        os.replace(temporary, path)
    except OSError:
        os.unlink(temporary)  # a save that failed leaves nothing behind but the review as it was
        raise


def load_review(path: Path, text: str | None = None) -> dict:
    """Read and check a review; with ``text``, also that it is the review of that text, unchanged."""
    try:
        review = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReviewProblem(f"There is no review at {path}: run medialit new-case on the article first.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReviewProblem(f"{path} is not a review file medialit can read ({error}).") from None
    validate(review)
    if text is not None and review["text_sha256"] != text_sha256(text):
        raise ReviewProblem(f"The article changed after {path.name} was drafted: review it again "
                            "(run medialit new-case on it again).")
    return review


def validate(review: dict) -> None:
    """Every item's fields, statuses and labels as this module writes them."""
    if not isinstance(review, dict) or review.get("format") != FORMAT:
        raise ReviewProblem(f"This is not a review file of the format {FORMAT!r}.")
    for section, (field, labels) in SECTIONS.items():
        for item in review.get(section, ()):
            if item.get("status") not in STATUSES:
                raise ReviewProblem(f"{section}: S{item.get('sentence')} has the unknown status {item.get('status')!r}.")
            if (item["key"] is None) != (item["status"] in ("unreviewed", "rejected")):
                raise ReviewProblem(f"{section}: S{item['sentence']} is {item['status']} but "
                                    f"{'has' if item['key'] else 'has no'} key.")
            if item["key"] is not None:
                _checked(section, item["key"][field])
                for other in item["key"]["also"]:
                    _checked(section, other)
    chain = chain_of(review)  # the board fills it in, but a colleague may edit the file by hand
    if not (isinstance(chain, dict) and isinstance(chain.get("tellers"), list)
            and all(isinstance(teller, str) for teller in chain["tellers"]) and isinstance(chain.get("reason"), str)):
        raise ReviewProblem('The review\'s "chain" must look like {"sentence": 4, "tellers": ["a local official", '
                            '"the outlet"], "reason": "..."}.')
    if chain["tellers"]:
        set_chain({"sentences": review["sentences"]}, chain.get("sentence"), chain["tellers"], chain["reason"])


def _checked(section: str, label):
    field, labels = SECTIONS[section]
    values = label if section == "sentences" else [label]
    if section == "sentences" and (not isinstance(label, list) or not label):
        raise ReviewProblem(f"A sentence's {field} must be a list of one or more of: {', '.join(labels)}.")
    unknown = [value for value in values if value not in labels]
    if unknown:
        raise ReviewProblem(f"{unknown[0]!r} is not one of the labels here: {', '.join(labels)}.")
    return sorted(set(label)) if section == "sentences" else label


def _at(review: dict, section: str, index: int) -> dict:
    if section not in SECTIONS:
        raise ReviewProblem(f"A review has the parts {', '.join(SECTIONS)}, not {section!r}.")
    if not 0 <= index < len(review[section]):
        raise ReviewProblem(f"The {section} part has items 0 to {len(review[section]) - 1}, not {index}.")
    return review[section][index]


def _reason(item: dict, reason: str | None) -> str:
    return " ".join(reason.split()) if reason is not None else item["reason"]


def _phrase_in_sentence(review: dict, sentence: int, phrase: str) -> None:
    """A phrase the teacher adds must be words of its sentence (as the review holds it), or students could never
    mark it."""
    sentences = review["sentences"]
    if not 1 <= sentence <= len(sentences):
        raise ReviewProblem(f"The article has sentences S1 to S{len(sentences)}, not S{sentence}.")
    if not holds_words(sentences[sentence - 1]["text"], phrase):
        raise ReviewProblem(f"S{sentence} does not hold the words {phrase!r}.")
