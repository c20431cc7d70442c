"""How well the analyzer finds sources in real news: PolNeAR's attribution relations (train and dev).

PolNeAR (Newell, Margolin and Ruths, 2018; https://github.com/networkdynamics/PolNeAR) annotates every
attribution relation in 1,028 US political news articles: the Source (who), the Cue (the verb of saying,
"according to") and the Content. This script reads the train and dev splits from a local mirror (a bare git
directory, read with `git cat-file`); it NEVER reads data/test, which is kept for a final measure. The
repository states no licence: nothing of it is copied into this project. A few articles were annotated twice:
the first annotation (by file name) is used.

Matching rule (decided before any run):
- a relation counts only if it has a Source span; its Source may be several pieces (all are used);
- a found source (one item of ``analyze(text)["attributions"]``: the source with its cue) is correct when its
  character span overlaps the Source span of some annotated relation in the same article;
- a relation is found (recall) when some found source overlaps its Source span;
- "verb of saying" recall is recall over the relations whose Cue contains a word of SAYING below (a fixed
  list of verbs of saying and their forms, written for this benchmark) or the words "according to".

Run: nice -n 15 .venv/bin/python benchmarks/bench_attribution_polnear.py [--mirror DIR] [--split train|dev]
     [--errors N]  (N: print that many missed and wrong sources per split, to study them)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
from pathlib import Path

from medialit.analyzer.analyzer import AnalysisError, analyze

MIRROR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")
SPLITS = ("train", "dev")  # never "test"
_VERBS = """say tell add ask write report announce state claim note explain argue insist warn respond reply tweet
declare comment continue suggest admit acknowledge confirm deny describe predict joke complain boast recall
testify post assert allege accuse urge praise blast criticize criticise slam mention reveal disclose concede
emphasize emphasise stress point observe remark reiterate repeat promise vow pledge threaten quip counter
retort answer inform tout charge contend maintain lament question wonder""".split()
#: Every verb of saying above with its -s, -ed and -ing forms, and the irregular past tenses news uses.
SAYING = {form for verb in _VERBS for form in (
    verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb[:-1] + "ied", verb[:-1] + "ies",
    verb + "ing", verb[:-1] + "ing", verb + verb[-1] + "ed", verb + verb[-1] + "ing")} | {
    "said", "told", "wrote", "written", "spoke", "spoken", "speak", "speaks", "speaking", "says"}


def _git(mirror: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(mirror), *args], check=True, capture_output=True, text=True).stdout


def read_split(mirror: Path, split: str) -> list[tuple[str, str, str]]:
    """(name, text, annotation) for every article of one split (train or dev only)."""
    if split not in SPLITS:
        raise SystemExit(f"{split!r} is not a split this benchmark may read")
    first = {}  # file names end in the annotator's code
    for path in sorted(_git(mirror, "ls-tree", "--name-only", "HEAD", f"data/{split}/attributions/").split()):
        first.setdefault(Path(path).stem.rsplit("_", 1)[0], Path(path).stem)
    names = sorted(first)
    wanted = [f"HEAD:data/{split}/{where}" for name in names
              for where in (f"text/{name}.txt", f"attributions/{first[name]}.ann")]
    out = subprocess.run(["git", "-C", str(mirror), "cat-file", "--batch"], input="\n".join(wanted).encode() + b"\n",
                         check=True, capture_output=True).stdout
    blobs, at = [], 0
    while at < len(out):
        header_end = out.index(b"\n", at)
        size = int(out[at:header_end].split()[2])
        blobs.append(out[header_end + 1:header_end + 1 + size].decode("utf-8"))
        at = header_end + 1 + size + 1
    return [(name, blobs[2 * i], blobs[2 * i + 1]) for i, name in enumerate(names)]


def relations(annotation: str) -> list[dict]:
    """The attribution relations of one brat file: each with its Source spans and Cue words."""
    spans, events = {}, []
    for line in annotation.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, ranges = fields[1].partition(" ")
            pieces = [tuple(map(int, r.split())) for r in ranges.split(";")]
            spans[fields[0]] = (label, pieces, fields[2] if len(fields) > 2 else "")
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(arg.split(":") for arg in fields[1].split()))
    found = []
    for event in events:
        roles = {re.sub(r"\d+$", "", role): spans[t] for role, t in event.items() if t in spans}
        if "Source" in roles:
            cue = roles["Cue"][2].lower() if "Cue" in roles else ""
            words = re.findall(r"[a-z]+", cue)
            saying = "according to" in cue or any(w in SAYING for w in words)
            found.append({"source": roles["Source"][1], "source_text": roles["Source"][2], "cue": cue, "saying": saying})
    return found


def _overlaps(start: int, end: int, pieces: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in pieces)


def score(articles: list[tuple[str, str, str]], errors: int = 0) -> dict:
    found = correct = gold = hits = saying = saying_hits = refused = 0
    missed, wrong = [], []
    for name, text, annotation in articles:
        rels = relations(annotation)
        try:
            marks = analyze(text)["attributions"]
        except AnalysisError:
            marks, refused = [], refused + 1
        sources = [r["source"] for r in rels]
        found += len(marks)
        for mark in marks:
            if any(_overlaps(mark["start"], mark["end"], pieces) for pieces in sources):
                correct += 1
            else:
                wrong.append((name, mark["text"], text[max(0, mark["start"] - 80):mark["end"] + 80]))
        for r in rels:
            hit = any(_overlaps(m["start"], m["end"], r["source"]) for m in marks)
            gold, hits = gold + 1, hits + hit
            if r["saying"]:
                saying, saying_hits = saying + 1, saying_hits + hit
            if not hit:
                s, e = r["source"][0]
                missed.append((name, r["source_text"], r["cue"], text[max(0, s - 80):e + 80]))
    p, r = correct / max(found, 1), hits / max(gold, 1)
    result = {"articles": len(articles), "refused_as_not_english": refused, "relations": gold, "found": found,
              "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3),
              "saying_relations": saying, "saying_recall": round(saying_hits / max(saying, 1), 3)}
    if errors:
        rng = random.Random(0)
        result["missed"] = rng.sample(missed, min(errors, len(missed)))
        result["wrong"] = rng.sample(wrong, min(errors, len(wrong)))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument("--split", choices=SPLITS, action="append")
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args()
    for split in args.split or SPLITS:
        print(split, json.dumps(score(read_split(args.mirror, split), args.errors), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
