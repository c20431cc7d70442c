"""Write src/medialit/analyzer/data/subjective_adjectives.txt: adjectives that judge, for the framing lexicon.

Pattern's English subjectivity lexicon (T. De Smedt and W. Daelemans, "Pattern for Python", JMLR 13, 2012;
https://github.com/clips/pattern; licence PDDL, public domain, as its file header says) rates about 2,900
senses of English adjectives, each with a polarity (-1 negative to +1 positive) and a subjectivity (0 a plain
fact to 1 an opinion). An adjective is kept when, averaged over its senses, it is an opinion (subjectivity
0.6 or more) and a strong one (polarity 0.6 or more either way): "horrific", "brilliant", "disgraceful".
Left out: forms ending in "-ed" (in news they are mostly a verb's past, "loved", "favored", or name a feeling
someone had, "shocked": a report may simply describe it) but for "un-...-ed" ("unprecedented": no verb),
other words for a feeling someone has (FEELINGS: "proud", "unhappy"), and the words whose usual sense in news is
literal or everyday (LITERAL: "cold", "base", "good", "own"). The rule was fixed on the framing gold's train
texts only. The file is written once and committed; the analyzer only reads it.

Run: .venv/bin/python benchmarks/export_subjective_words.py PATH/TO/en-sentiment.xml
(the lexicon is textblob/en/en-sentiment.xml inside the textblob wheel, version 0.20.1, MIT licence, on PyPI:
pip download --no-deps textblob==0.20.1; its header says version="1.3" license="PDDL")
"""

from __future__ import annotations

import re
import statistics
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).parents[1] / "src" / "medialit" / "analyzer" / "data" / "subjective_adjectives.txt"
SUBJECTIVITY = 0.6
POLARITY = 0.6
#: Words whose usual sense in news is literal (weather, body, place, rank) or an everyday word of praise or
#: blame that judges nothing in particular ("good plan", "his own", "kind of"), and slurs and swear words
#: (a news text that prints one shows it plainly).
LITERAL = set("""
artesian base bright cast-iron catching chicken chilly cold cutting elect first-string fly frigid muggy numb
rank rose stabbing sick diseased tidy warm welcome own good great bad kind nice pretty fine-looking happy
fair best better top-notch ideal optimum effective successful popular experienced latest handy apt wise
honest intelligent talented imaginative active lively expressive engrossing abundant affluent artificial
uncommon delicious unappetizing dainty cushy trendy deluxe erotic unchaste fucked retarded subnormal
affirmative spontaneous impossible inconvenient doubtful afraid painful dangerous hazardous deadly violent
bloodstained greatest worst superior perfect priceless loving unhampered full-fledged well-advised
""".split())
#: Adjectives that name a feeling someone has ("proud", "unhappy"): a report may simply describe it.
FEELINGS = set("proud aghast distraught fearful unhappy enthusiastic appreciative cheery".split())


def mean_ratings(xml: str, tags: set[str]) -> dict[tuple[str, str], tuple[float, float]]:
    """(form in lower case, tag) -> (mean |polarity|, mean subjectivity) over the form's senses with one of ``tags``
    ("JJ", "RB"): a word has one entry per sense in the lexicon."""
    senses: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for word in ET.fromstring(xml).iter("word"):
        if word.get("pos") in tags:
            senses.setdefault((word.get("form").lower(), word.get("pos")), []).append(
                (abs(float(word.get("polarity"))), float(word.get("subjectivity"))))
    return {key: (statistics.mean(p for p, _ in rated), statistics.mean(s for _, s in rated))
            for key, rated in senses.items()}


def subjective_adjectives(xml: str) -> list[str]:
    """The adjectives whose senses, on average, are strong opinions, minus LITERAL, FEELINGS and "-ed" forms."""
    return sorted(form for (form, _), (polarity, subjectivity) in mean_ratings(xml, {"JJ"}).items()
                  if re.fullmatch(r"[a-z]{3,}(?:-[a-z]+)?", form) and not re.fullmatch(r"(?!un)\w+ed", form)
                  and form not in LITERAL | FEELINGS
                  and subjectivity >= SUBJECTIVITY and polarity >= POLARITY)


def main() -> None:
    source = Path(sys.argv[1]).read_text(encoding="utf-8")
    if 'license="PDDL"' not in source:
        raise SystemExit("This is not Pattern's PDDL lexicon (en-sentiment.xml, version 1.3).")
    words = subjective_adjectives(source)
    header = Path(__file__).read_text(encoding="utf-8").split('"""')[1].splitlines()[2:12]
    OUT.write_text(
        "# about: adjectives that judge, from Pattern's English subjectivity lexicon (en-sentiment.xml, version 1.3):\n"
        "# T. De Smedt and W. Daelemans, \"Pattern for Python\", Journal of Machine Learning Research 13, 2012.\n"
        "# https://github.com/clips/pattern ; as shipped in the textblob 0.20.1 wheel (textblob/en/en-sentiment.xml).\n"
        "# Licence: PDDL (Open Data Commons Public Domain Dedication and License), as the lexicon's header states.\n"
        "# Selected by benchmarks/export_subjective_words.py:\n"
        + "".join(f"#   {line.strip()}\n" for line in header)
        + "".join(f"{word}\n" for word in words), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
