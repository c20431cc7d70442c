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
