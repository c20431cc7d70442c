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
     [--errors N] [--saying-only] [--parses corenlp]  (N: print that many missed and wrong sources per split, to
     study them; --saying-only: print only the misses whose cue is a verb of saying or "according to")

``--parses corenlp`` gives the attribution rules a grammar of each sentence (medialit.analyzer.syntax) read from
the Stanford CoreNLP parses PolNeAR ships (data/SPLIT/corenlp/NAME.txt.xml, basic dependencies, UD v1 labels
mapped to v2): a stand-in for the project's own parser, which will be less accurate. Each analyzer token takes the
CoreNLP token its first character falls in; a head outside the sentence, or a token with none, hangs on nothing
("dep"); an analyzer sentence that spans several CoreNLP sentences gets all of them, their roots joined by
"parataxis". Without the option the rules read the project's own parse (medialit.analyzer.dep_parser), as
analyze() gives it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from medialit.analyzer import analyzer as analyzer_module
from medialit.analyzer.analyzer import AnalysisError, analyze
from medialit.analyzer.attribution import find_sources
from medialit.analyzer.syntax import Word
from mirror import git

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


def read_split(mirror: Path, split: str, parses: bool = False) -> list[tuple]:
    """(name, text, annotation) for every article of one split (train or dev only); with ``parses``, (name, text,
    annotation, CoreNLP XML)."""
    if split not in SPLITS:
        raise SystemExit(f"{split!r} is not a split this benchmark may read")
    first = {}  # file names end in the annotator's code
    for path in sorted(git(mirror, "ls-tree", "--name-only", "HEAD", f"data/{split}/attributions/").split()):
        first.setdefault(Path(path).stem.rsplit("_", 1)[0], Path(path).stem)
    names = sorted(first)
    parts = ("text/{}.txt", "attributions/{}.ann") + (("corenlp/{}.txt.xml",) if parses else ())
    wanted = [f"HEAD:data/{split}/" + where.format(name if where.startswith(("text", "corenlp")) else first[name])
              for name in names for where in parts]
    out = subprocess.run(["git", "-C", str(mirror), "cat-file", "--batch"], input="\n".join(wanted).encode() + b"\n",
                         check=True, capture_output=True).stdout
    blobs, at = [], 0
    while at < len(out):
        header_end = out.index(b"\n", at)
        if out[at:header_end].endswith(b" missing"):  # a few articles have no CoreNLP parse: no grammar
            blobs.append("")
            at = header_end + 1
            continue
        size = int(out[at:header_end].split()[2])
        blobs.append(out[header_end + 1:header_end + 1 + size].decode("utf-8"))
        at = header_end + 1 + size + 1
    return [tuple([name, *blobs[len(parts) * i:len(parts) * (i + 1)]]) for i, name in enumerate(names)]


#: UD v1 labels (CoreNLP's basic dependencies) as UD v2 writes them; other subtypes are dropped.
_V2 = {"dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "auxpass": "aux:pass", "neg": "advmod",
       "nmod:tmod": "obl:tmod", "mwe": "fixed"}
_KEPT_SUBTYPES = {"acl:relcl", "compound:prt", "nmod:poss", "nsubj:pass", "obl:tmod"}


def corenlp_sentences(xml: str) -> list[list[tuple[int, int, str, int, str]]]:
    """Each CoreNLP sentence as tokens (begin, end, Penn tag, head index in the sentence or -1, UD v2 label)."""
    sentences = []
    for sentence in ElementTree.fromstring(xml).find("document/sentences").findall("sentence"):
        tokens = [(int(t.findtext("CharacterOffsetBegin")), int(t.findtext("CharacterOffsetEnd")), t.findtext("POS"))
                  for t in sentence.find("tokens")]
        heads = [(-1, "dep")] * len(tokens)
        deps = next(d for d in sentence.iter("dependencies") if d.get("type") == "basic-dependencies")
        for dep in deps:
            head, word = int(dep.find("governor").get("idx")) - 1, int(dep.find("dependent").get("idx")) - 1
            label = _V2.get(dep.get("type"), dep.get("type"))
            if label.startswith("nmod") and label != "nmod:poss" and head >= 0 and tokens[head][2].startswith("VB"):
                label = "obl"
            if label not in _KEPT_SUBTYPES:
                label = label.split(":")[0]
            heads[word] = (head, label)
        sentences.append([(*token, *heads[i]) for i, token in enumerate(tokens)])
    return sentences


class CoreNLPGrammar:
    """Gives find_sources the CoreNLP grammar of each sentence analyze() reads from one article, in order."""

    def __init__(self, text: str, xml: str):
        self.text, self.position = text, 0
        self.tokens = [(s, k, token) for s, sentence in enumerate(corenlp_sentences(xml))
                       for k, token in enumerate(sentence)]

    def grammar(self, doc) -> list[Word]:
        found = re.compile(r"\s+".join(map(re.escape, doc.text.split()))).search(self.text, self.position)
        if not found or not doc.text.strip():
            return []
        self.position = found.end()
        solid = [found.start() + k for k, c in enumerate(found.group()) if not c.isspace()]
        count = [0]
        for c in doc.text:
            count.append(count[-1] + (not c.isspace()))
        where = [self._corenlp_token(solid[min(count[token.idx], len(solid) - 1)]) for token in doc]
        first = {}  # (CoreNLP sentence, token) -> the first analyzer token on it
        for i, key in enumerate(where):
            if key is not None:
                first.setdefault(key[:2], i)
        roots, words = [], []
        for i, key in enumerate(where):
            if key is None:
                words.append(Word("", -1, "dep"))
                continue
            s, k, (_, _, tag, head, label) = key
            if first[(s, k)] != i:
                words.append(Word(tag, first[(s, k)], "dep"))  # a CoreNLP token the analyzer splits
            elif head < 0 and label == "root":
                roots.append(i)
                words.append(Word(tag, -1, "root"))
            else:
                words.append(Word(tag, first.get((s, head), -1), label if (s, head) in first else "dep"))
        for root in roots[1:]:  # one analyzer sentence over several of CoreNLP's
            words[root] = Word(words[root].tag, roots[0], "parataxis")
        return words

    def _corenlp_token(self, at: int):
        low, high = 0, len(self.tokens)
        while low < high:
            middle = (low + high) // 2
            if self.tokens[middle][2][1] <= at:
                low = middle + 1
            else:
                high = middle
        return self.tokens[low] if low < len(self.tokens) and self.tokens[low][2][0] <= at else None


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
            found.append({"source": roles["Source"][1], "source_text": roles["Source"][2], "cue": cue, "saying": saying,
                          "cue_spans": roles["Cue"][1] if "Cue" in roles else []})
    return found


def _overlaps(start: int, end: int, pieces: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in pieces)


def score(articles: list[tuple], errors: int = 0, saying_only: bool = False) -> dict:
    found = correct = gold = hits = saying = saying_hits = refused = 0
    missed, wrong = [], []
    for name, text, annotation, *xml in articles:
        rels = relations(annotation)
        if xml and xml[0]:  # CoreNLP's parse in place of the project's own
            parses = CoreNLPGrammar(text, xml[0])
            analyzer_module.find_sources = lambda doc, previous, _: find_sources(doc, previous, parses.grammar)
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
            if not hit and (r["saying"] or not saying_only):
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
    parser.add_argument("--saying-only", action="store_true",
                        help="print only the misses whose cue is a verb of saying or 'according to'")
    parser.add_argument("--parses", choices=("corenlp",), help="give the rules CoreNLP's parses of each sentence")
    args = parser.parse_args()
    for split in args.split or SPLITS:
        articles = read_split(args.mirror, split, parses=bool(args.parses))
        print(split, json.dumps(score(articles, args.errors, args.saying_only), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
