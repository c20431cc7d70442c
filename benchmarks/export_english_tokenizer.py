"""Export spaCy's English tokenizer rules to src/medialit/analyzer/data/english_tokenizer.json, for medialit.analyzer.tokenizer.

medialit.analyzer.tokenizer replays these rules in pure Python, so the analyzer runs where spaCy cannot (Pyodide, in
the browser). Run this again only to follow a new spaCy release; tests/test_tokenizer.py then checks that
the replay still gives spaCy's tokens on every project text.

Run: .venv/bin/python benchmarks/export_english_tokenizer.py   (spaCy comes with the test extra)
"""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.lang.en import lex_attrs

DATA = Path(__file__).parents[1] / "src/medialit/analyzer/data/english_tokenizer.json"


def main() -> None:
    tokenizer = spacy.blank("en").tokenizer
    assert tokenizer.token_match is None and tokenizer.faster_heuristics
    rules = {text: [token[ORTH] for token in tokens] for text, tokens in sorted(tokenizer.rules.items())}
    # spaCy re-checks after splitting affixes only the special cases that have an affix, an infix or a space.
    rechecked = [text for text in rules if tokenizer.find_prefix(text) or tokenizer.find_infix(text)
                 or tokenizer.find_suffix(text) or " " in text]
    data = {
        "about": f"spaCy {spacy.__version__}'s English tokenizer rules (spacy.blank('en')), exported by "
                 "benchmarks/export_english_tokenizer.py and replayed by medialit.analyzer.tokenizer.",
        "prefix": tokenizer.prefix_search.__self__.pattern,
        "suffix": tokenizer.suffix_search.__self__.pattern,
        "infix": tokenizer.infix_finditer.__self__.pattern,
        "url": tokenizer.url_match.__self__.pattern,
        "special_cases": rules,
        "rechecked_special_cases": rechecked,
        "number_words": sorted(lex_attrs._num_words),
        "ordinal_words": sorted(lex_attrs._ordinal_words),
    }
    for name in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(tokenizer, name).__self__.flags == 32, name  # re.UNICODE only: the patterns carry no flags
    DATA.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rules)} special cases ({len(rechecked)} re-checked) -> {DATA}")


if __name__ == "__main__":
    main()
