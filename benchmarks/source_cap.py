"""How far can the lessons' definition of a source go on real news? A measured cap on PolNeAR train.

PolNeAR (see bench_attribution_polnear.py) counts every stance, wish, feeling and plan as an attribution; the
lessons (tests/fixtures/analyzer/README.md, rule 8; medialit.analyzer.view_cues) count who SAYS or states a view,
not a party's plan or act. This script measures how many of the analyzer's misses on PolNeAR TRAIN are sources by
the lessons' rules, so the highest recall and F1 the analyzer could reach there without changing what the lessons
call a source.

``--draw`` runs the analyzer on every train article, lists the relations it misses (no found source overlaps the
Source span, bench_attribution_polnear's matching rule) and draws, with ``random.Random(30)`` (seed fixed before the
first draw), 150 misses whose cue is NOT a verb of saying and 100 whose cue IS one (bench_attribution_polnear.SAYING
or "according to"), in the order the articles and relations are read. It writes them to the ``--verdicts`` file
(default benchmarks/data/source-cap/train.json) with the counts of that run, each with the article's name, the
Source's and the Cue's character offsets and an empty verdict, and prints each with its context to judge (the text
is never saved: PolNeAR states no licence). ``--report`` reads the ``--verdicts`` file and prints the cap.

Two samples are kept, each drawn with the analyzer of its day and judged by the rule below: train.json (round 6,
train recall 0.624 at the draw) and train-round14.json (round 14, recall 0.664). Each was committed unjudged before
judging.

Judging rule (written before judging; each miss judged once, from its sentence and the one before):
- "yes" when the text reports that the Source SAYS, WRITES, STATES or HOLDS A VIEW:
  a verb or phrase of saying, asking, answering or writing, known to the analyzer or not ("tweeted", "called for",
  "declined to comment", "made the case"); a noun of statement with its owner ("in a statement", "his testimony",
  "X's remarks", "in an interview with X"); a headline "X: ..."; a poll, study, report or document stating a finding
  ("a poll shows", "the report found"); a verb of thinking or believing that reports a held view ("thinks",
  "believes", "doubts", "is convinced", "sees X as"); the speaker of a quotation whose cue is elsewhere.
- "no" when it reports a plan, wish or intention ("wants", "hopes to", "plans", "seeks"); an act ("signed",
  "sued", "nominated", "backed" as a vote or deed); a vote; a feeling or state ("nervous about", "angry",
  "divided on"); a party's stance given by the writer with no statement ("Republicans oppose the bill", "his
  support for"); or a Source that is I, we or you (the quoted speaker's own words) or not someone at all.
Each verdict carries one class word naming why (e.g. "verb", "noun-cue", "headline-colon", "interview", "poll",
"chain", "grammar", "plan", "feeling", "act", "stance", "first-person"). One "yes" class was named after judging:
"same-source", a second mention of a speaker the analyzer already marks in the same sentence ("Mr. Bush praised
… , he said"): the lessons count one source once per sentence (rule 1), so the analyzer will not mark it again;
the cap is also given without them ("cap_once_per_sentence"). Round 14's sample named them the same way, after
judging, where the analyzer marks the same speaker in the sentence.

The share of "yes" in each stratum (with a 95 % Wilson interval) scales to all misses of that stratum; their sum
added to today's hits gives the recall the analyzer would reach if it found every one of them, and with today's
precision the F1 it could reach. The interval of the cap combines the strata's Wilson bounds (low with low, high
with high): wider than a 95 % interval, so safe to read as one.

Run: .venv/bin/python benchmarks/source_cap.py --report        (round 6's sample)
     .venv/bin/python benchmarks/source_cap.py --report --verdicts benchmarks/data/source-cap/train-round14.json
A new sample (about a minute; name a new file, or the draw overwrites that file's verdicts), e.g.:
     nice -n 15 .venv/bin/python benchmarks/source_cap.py --draw --verdicts NEW.json > /tmp/cap-draw.txt
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_attribution_polnear import MIRROR, _overlaps, read_split, relations  # noqa: E402

from medialit.analyzer.analyzer import AnalysisError, analyze  # noqa: E402

SEED = 30
DRAWN = {"other": 150, "saying": 100}
#: "yes" classes the lessons' rule 1 (one source once per sentence) keeps the analyzer from marking.
ONCE_PER_SENTENCE = {"same-source"}
VERDICTS = Path(__file__).resolve().parent / "data" / "source-cap" / "train.json"


def misses(mirror: Path) -> tuple[dict, list[dict]]:
    """Today's counts on train and every missed relation (article, Source and Cue offsets, stratum, text)."""
    counts = Counter()
    missed = []
    for name, text, annotation in read_split(mirror, "train"):
        try:
            marks = analyze(text)["attributions"]
        except AnalysisError:
            marks = []
        counts["found"] += len(marks)
        counts["correct"] += sum(any(_overlaps(m["start"], m["end"], r["source"]) for r in relations(annotation))
                                 for m in marks)
        for r in relations(annotation):
            stratum = "saying" if r["saying"] else "other"
            hit = any(_overlaps(m["start"], m["end"], r["source"]) for m in marks)
            counts["relations"] += 1
            counts[f"{stratum}_relations"] += 1
            counts[f"{stratum}_hits"] += hit
            if not hit:
                missed.append({"article": name, "source": r["source"], "cue": r["cue_spans"], "stratum": stratum,
                               "text": text})
    return dict(counts), missed


def context(item: dict) -> str:
    """The miss with the sentence around it, Source in [[ ]] and Cue in {{ }}, for judging on screen only."""
    text = item["text"]
    marks = sorted([(s, "[[") for s, _ in item["source"]] + [(e, "]]") for _, e in item["source"]]
                   + [(s, "{{") for s, _ in item["cue"]] + [(e, "}}") for _, e in item["cue"]], reverse=True)
    low = min(s for s, _ in item["source"] + item["cue"])
    high = max(e for _, e in item["source"] + item["cue"])
    start, end = max(0, text.rfind("\n", 0, max(low - 1, 0)), low - 250), min(len(text), high + 150)
    for at, mark in marks:
        text = text[:at] + mark + text[at:]
    shift = sum(len(m) for at, m in marks if at <= end)
    return " ".join(text[start:end + shift].split())


def draw(mirror: Path, verdicts: Path) -> None:
    counts, missed = misses(mirror)
    rng = random.Random(SEED)
    drawn = []
    for stratum, n in DRAWN.items():
        pool = [m for m in missed if m["stratum"] == stratum]
        counts[f"{stratum}_misses"] = len(pool)
        drawn += rng.sample(pool, n)
    for k, item in enumerate(drawn):
        print(f"#{k} [{item['stratum']}] {item['article']}\n   {context(item)}\n")
    items = [{"article": m["article"], "source": m["source"], "cue": m["cue"], "stratum": m["stratum"],
              "verdict": "", "class": ""} for m in drawn]
    verdicts.parent.mkdir(parents=True, exist_ok=True)
    verdicts.write_text(json.dumps({"seed": SEED, "counts": counts, "items": items}, indent=0) + "\n")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of k successes in n."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def report(verdicts: Path) -> dict:
    data = json.loads(verdicts.read_text())
    counts, items = data["counts"], data["items"]
    precision = counts["correct"] / counts["found"]
    result = {"precision_now": round(precision, 3),
              "recall_now": round((counts["saying_hits"] + counts["other_hits"]) / counts["relations"], 3)}
    share, once = {}, {}
    for stratum in DRAWN:
        judged = [i for i in items if i["stratum"] == stratum]
        yes = sum(i["verdict"] == "yes" for i in judged)
        low, high = wilson(yes, len(judged))
        share[stratum] = (yes / len(judged), low, high)
        once[stratum] = (yes - sum(i["class"] in ONCE_PER_SENTENCE for i in judged if i["verdict"] == "yes")) / len(judged)
        result[stratum] = {"misses": counts[f"{stratum}_misses"], "judged": len(judged), "yes": yes,
                           "share_yes": round(yes / len(judged), 3), "interval": [round(low, 3), round(high, 3)],
                           "classes": dict(Counter(f"{i['verdict']}:{i['class']}" for i in judged).most_common())}
    for label, shares in (("cap", {s: share[s][0] for s in DRAWN}), ("cap_low", {s: share[s][1] for s in DRAWN}),
                          ("cap_high", {s: share[s][2] for s in DRAWN}), ("cap_once_per_sentence", once)):
        found = sum(counts[f"{s}_misses"] * shares[s] for s in DRAWN)
        recall = (counts["saying_hits"] + counts["other_hits"] + found) / counts["relations"]
        saying = (counts["saying_hits"] + counts["saying_misses"] * shares["saying"]) / counts["saying_relations"]
        result[label] = {"recall": round(recall, 3), "f1": round(2 * precision * recall / (precision + recall), 3),
                         "saying_recall": round(saying, 3)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument("--verdicts", type=Path, default=VERDICTS,
                        help="the sample's file, drawn or read (default: round 6's sample)")
    parser.add_argument("--draw", action="store_true", help="draw the misses to judge (overwrites the verdicts)")
    parser.add_argument("--report", action="store_true", help="the cap from the saved verdicts")
    args = parser.parse_args()
    if args.draw:
        draw(args.mirror, args.verdicts)
    if args.report:
        print(json.dumps(report(args.verdicts), indent=1))


if __name__ == "__main__":
    main()
