"""What a student SEES on real news: every source mark and figure of a fixed sample of PolNeAR articles, to judge.

PolNeAR's scores (bench_attribution_polnear.py) only ask whether a source mark OVERLAPS an annotated source, so a
mark whose text is visibly wrong ("-called Liberation Front says", "said Maj") scores as right there. This script
prints each mark's text with its sentence so a person can judge it, and counts the verdicts saved for a sample.

Sample rule (fixed before any run): the articles of one split (train or dev, never test) sorted by name, then
``random.Random(seed).sample(names, 15)``; train (to study) with seed 30, dev (the measure) with seed 31.

Judging rule (written before the dev sample was read):
- a SOURCE mark is wrong when a careful reader would call its text wrong or misleading:
  ``cut``: it starts or ends inside a word or inside a name (including a name of a body: "Expatriates, which" for
  "the Ministry of Foreign Affairs and Expatriates"; a title's "Maj" for "Maj. Gen. X");
  ``extra``: it holds words that are neither the source (its noun phrase, with titles and appositions) nor its
  verb of saying or cue ("according to", "in a statement"), e.g. a whole clause or words of what was said;
  ``person``: it names the wrong person or body as the one who says (the speaker is someone else in the sentence);
  otherwise ``ok``. A mark where nobody is cited at all ("said goodbye") is ``none``: that is a precision error
  PolNeAR measures, counted apart here, not as a wrong text. A pronoun ("he said") is ``ok``.
- a FIGURE is wrong when ``counts``: what it says it counts is not what the number counts (a modifier taken for the
  noun, the wrong noun, or nothing named when the counted noun follows the number plainly), or ``reading``: its
  reading cuts a word or a name, or reads the value wrongly; otherwise ``ok``. A number that is no quantity (part of
  a name, a date's day, an address) is ``none``, counted apart.

The verdicts live in benchmarks/data/display-review/SPLIT-SEED.json as article names, character offsets and the
verdict of each mark (``"start-end": verdict``; a figure's key adds a digest of its reading, see mark_key); no PolNeAR text is stored (its repository states no licence). A
mark at offsets with no verdict is printed with "??" to be judged; --template writes every mark as "ok" for any
unjudged offsets, to be edited by hand.

Run: nice -n 15 .venv/bin/python benchmarks/display_review.py --split train|dev [--seed N] [--mirror DIR]
     [--judged FILE] [--template] [--only-unjudged] [--only-wrong]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_attribution_polnear import MIRROR, read_split  # noqa: E402

from medialit.analyzer.analyzer import AnalysisError, analyze  # noqa: E402

SEEDS = {"train": 30, "dev": 31}
SAMPLE = 15
DATA = Path(__file__).resolve().parent / "data" / "display-review"
SOURCE_VERDICTS = ("ok", "cut", "extra", "person", "none")
FIGURE_VERDICTS = ("ok", "counts", "reading", "none")


def sample(mirror: Path, split: str, seed: int) -> list[tuple[str, str]]:
    """(name, text) of the sampled articles, in name order."""
    articles = {name: text for name, text, _annotation in read_split(mirror, split)}
    return [(name, articles[name]) for name in sorted(random.Random(seed).sample(sorted(articles), SAMPLE))]


def marks(text: str) -> tuple[list[dict], list[dict], list[dict]]:
    """The analysis's sentences, source marks and figures (none when the text cannot be analysed)."""
    try:
        result = analyze(text)
    except AnalysisError:
        return [], [], []
    return result["sentences"], result["attributions"], result["figures"]


def mark_key(kind: str, item: dict) -> str:
    """A mark's key in the verdicts file: its offsets ("start-end"); a figure's adds a short digest of its reading
    and what it counts, which change without its offsets (the digest holds none of the article's words)."""
    key = f"{item['start']}-{item['end']}"
    if kind == "figures":
        key += "#" + hashlib.sha1(f"{item['reading']}|{item['counts']}".encode()).hexdigest()[:8]
    return key


def review(articles, judged: dict, only_unjudged: bool, only_wrong: bool) -> tuple[dict, dict]:
    """Print each mark with its sentence and verdict; return the verdicts found (by kind) and the marks' keys."""
    counts = {"sources": {}, "figures": {}}
    keys = {"sources": {}, "figures": {}}
    for name, text in articles:
        sentences, sources, figures = marks(text)
        printed_header = False
        for sentence in sentences:
            lines = []
            for kind, items in (("sources", sources), ("figures", figures)):
                for item in items:
                    if item["sentence"] != sentence["sentence"]:
                        continue
                    key = mark_key(kind, item)
                    verdict = judged.get(kind, {}).get(name, {}).get(key, "??")
                    keys[kind].setdefault(name, []).append(key)
                    counts[kind][verdict] = counts[kind].get(verdict, 0) + 1
                    if (only_unjudged and verdict != "??") or (only_wrong and verdict in ("ok", "??")):
                        continue
                    if kind == "sources":
                        lines.append(f"  [{verdict}] SRC {key} {item['text']!r} ({item['kind']}, {item['rule']})")
                    else:
                        lines.append(f"  [{verdict}] FIG {key} {item['reading']!r} counts={item['counts']!r}")
            if lines:
                if not printed_header:
                    print(f"\n=== {name}")
                    printed_header = True
                print(f"S{sentence['sentence']}: {' '.join(sentence['text'].split())}")
                print("\n".join(lines))
    return counts, keys


def summary(counts: dict) -> str:
    parts = []
    for kind, wrong_verdicts in (("sources", ("cut", "extra", "person")), ("figures", ("counts", "reading"))):
        found = counts[kind]
        total = sum(n for verdict, n in found.items() if verdict != "none")
        wrong = sum(found.get(v, 0) for v in wrong_verdicts)
        detail = ", ".join(f"{v} {n}" for v, n in sorted(found.items()))
        parts.append(f"{kind}: {wrong} wrong of {total} (not counted: none {found.get('none', 0)}; {detail})")
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), required=True)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument("--judged", type=Path, help="verdicts file (default: data/display-review/SPLIT-SEED.json)")
    parser.add_argument("--template", action="store_true", help="add every unjudged mark to the file as 'ok'")
    parser.add_argument("--only-unjudged", action="store_true")
    parser.add_argument("--only-wrong", action="store_true")
    args = parser.parse_args()
    seed = SEEDS[args.split] if args.seed is None else args.seed
    path = args.judged or DATA / f"{args.split}-{seed}.json"
    judged = json.loads(path.read_text()) if path.exists() else {"split": args.split, "seed": seed}
    articles = sample(args.mirror, args.split, seed)
    judged["articles"] = [name for name, _text in articles]
    counts, keys = review(articles, judged, args.only_unjudged, args.only_wrong)
    print("\n" + summary(counts))
    if args.template:
        for kind in ("sources", "figures"):
            for name, found in keys[kind].items():
                verdicts = judged.setdefault(kind, {}).setdefault(name, {})
                for key in found:
                    verdicts.setdefault(key, "ok")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(judged, indent=1, sort_keys=True) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
