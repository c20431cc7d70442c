"""The analyzer's marks as the analysis and its HTML both read them: each mark's label and what it means, and
where a sentence's characters sit in the input text."""

from __future__ import annotations

from .framing_lexicon import lexicon

FRAMING = {
    "so-called": (["so-called", "so called", "self-styled", "self-proclaimed"],
                  "Hints that a name is false without saying why."),
    "pretext framing": (["under the pretext of", "on the pretext of", "under the guise of", "supposedly to",
                         "allegedly to", "purportedly", "ostensibly", "in the name of", "dressed up as",
                         "hiding behind", "under cover of", "masquerading as", "on the pretence of", "as an excuse",
                         "as a pretext", "as a cover for"],
                        "Says the stated reason is not the real one, without showing it. Who says so?"),
    "loaded label": (lexicon()["loaded label"],
                     "A label that passes judgement. Who uses this word, and what would a neutral report say?"),
    "emotive language": (lexicon()["emotive language"],
                         "A strong word that pushes a feeling. Does the evidence in the article support it?"),
}

SCARE_QUOTES_HELP = "Quotation marks that no one is speaking: they mock or doubt the words inside."

KIND_HELP = {
    "named": "A named person or organisation: you can look them up and check.",
    "unnamed": "A particular source whose name is held back: you cannot check who they are or why they speak.",
    "vague": "No one in particular (reports, 'some say'): nobody can be asked or held to it.",
}

LABELS = {
    ("attributions", "named"): "NAMED SOURCE", ("attributions", "unnamed"): "UNNAMED SOURCE",
    ("attributions", "vague"): "VAGUE SOURCE", ("figures", True): "FIGURE (sourced here)",
    ("figures", False): "FIGURE (no source in this sentence)", ("outlets", None): "OUTLET",
}


def locate(text: str, normalised: str, position: int) -> tuple[int, int]:
    """Where a whitespace-normalised sentence (its words joined by single spaces) stands in the text, from
    ``position`` on: the first place its words appear in order with a run of whitespace between each two.

    The same as searching for the words joined by ``\\s+``, without compiling a pattern for every sentence
    (that compiling took a quarter of the analyzer's time).
    """
    words = normalised.split(" ")
    start = text.find(words[0], position)
    while start != -1:
        at = start + len(words[0])
        for word in words[1:]:
            gap = at
            while gap < len(text) and text[gap].isspace():
                gap += 1
            if gap == at or not text.startswith(word, gap):
                break
            at = gap + len(word)
        else:
            return start, at
        start = text.find(words[0], start + 1)
    raise ValueError(f"sentence not found in the text: {normalised[:60]!r}")


def _offsets(original: str, normalised: str, base: int) -> list[int]:
    """For each character of the whitespace-normalised sentence, its offset in the input (plus the end)."""
    mapping, i = [], 0
    for char in normalised:
        mapping.append(base + i)
        if char == " ":
            while i < len(original) and original[i].isspace():
                i += 1
        else:
            i += 1
    return mapping + [base + i]
