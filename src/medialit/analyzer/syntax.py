"""The grammar of one sentence, as the analyzer's rules read it: each token's part of speech, and which word
it hangs on and how.

Attribution needs more than word lists: the speaker of "Obama blasted Trump for … and said" is the subject of
"blasted", several words before "said". A dependency parse says so directly: "said" is joined (``conj``) to
"blasted", whose subject (``nsubj``) is "Obama". This module holds only the shape both sides agree on (the
parser that makes it and the rules that read it), so that neither has to know how the other works.

Tags are the Penn Treebank's (NN, NNS, VBD, VBZ, …, as in the XPOS column of Universal Dependencies' English
Web Treebank); labels are Universal Dependencies v2 relations as that treebank writes them (``nsubj``,
``nsubj:pass``, ``obj``, ``ccomp``, ``xcomp``, ``advcl``, ``acl:relcl``, ``conj``, ``appos``, ``nmod:poss``,
``compound``, ``flat``, ``parataxis``, ``root``, …).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """One token of a parsed sentence (the tokens of a medialit.analyzer.tokenizer Doc, in order)."""

    tag: str  # Penn Treebank part of speech: "NNP", "VBD", …
    head: int  # index, in the same sentence, of the token this one hangs on; -1 for the sentence's root
    label: str  # Universal Dependencies relation to that head: "nsubj", "ccomp", …; "root" for the root
