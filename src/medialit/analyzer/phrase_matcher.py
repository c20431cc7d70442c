"""Find known phrases in a tokenized text by their tokens, as the analyzer's framing words and outlet names.

Comparing token sequences (not raw strings) means "so-called" matches only whole words, exactly as the
lessons' texts are split by medialit.analyzer.tokenizer; ``attr`` says which token attribute to compare: ``"lower_"``
(any capitalisation) or ``"text"`` (as written, for names).
"""

from __future__ import annotations

from .tokenizer import Doc, tokenize


class PhraseMatcher:
    """Labelled phrases; calling it on a Doc gives every (label, start, end) token span that is one of them."""

    def __init__(self, attr: str) -> None:
        self.attr = attr
        self.labels: dict[tuple[str, ...], list[str]] = {}  # token sequence -> its labels, in the order added
        self.sizes: dict[str, list[int]] = {}  # first token -> the lengths of the phrases it starts, shortest first

    def add(self, label: str, phrases) -> None:
        for phrase in phrases:
            key = tuple(getattr(token, self.attr) for token in tokenize(phrase))
            if key and label not in self.labels.setdefault(key, []):
                self.labels[key].append(label)
                self.sizes[key[0]] = sorted({*self.sizes.get(key[0], ()), len(key)})

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Every match, overlapping ones included: by start, then shorter first, then labels in the order added."""
        words = [getattr(token, self.attr) for token in doc]
        return [(label, start, start + size)
                for start, word in enumerate(words) for size in self.sizes.get(word, ()) if start + size <= len(words)
                for label in self.labels.get(tuple(words[start:start + size]), ())]
