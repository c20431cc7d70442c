"""Find known phrases in a tokenized text by their tokens, as the analyzer's framing words and outlet names.

Comparing token sequences (not raw strings) means "so-called" matches only whole words, exactly as the
lessons' texts are split by medialit.tokenizer; ``attr`` says which token attribute to compare: ``"lower_"``
(any capitalisation) or ``"text"`` (as written, for names).
"""

from __future__ import annotations

from .tokenizer import Doc, tokenize


class PhraseMatcher:
    """Labelled phrases; calling it on a Doc gives every (label, start, end) token span that is one of them."""

    def __init__(self, attr: str) -> None:
        self.attr = attr
        self.labels: dict[tuple[str, ...], list[str]] = {}  # token sequence -> its labels, in the order added
        self.longest = 0

    def add(self, label: str, phrases) -> None:
        for phrase in phrases:
            key = tuple(getattr(token, self.attr) for token in tokenize(phrase))
            if key and label not in self.labels.setdefault(key, []):
                self.labels[key].append(label)
                self.longest = max(self.longest, len(key))

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Every match, overlapping ones included: by start, then shorter first, then labels in the order added."""
        words = [getattr(token, self.attr) for token in doc]
        return [(label, start, start + size)
                for start in range(len(words)) for size in range(1, min(self.longest, len(words) - start) + 1)
                for label in self.labels.get(tuple(words[start:start + size]), ())]
