"""benchmarks/source_cap.py reads the sample named by --verdicts (round 6's train.json when none is named): a toy
sample, counted by hand, checks the cap it reports, and both kept samples still report (no PolNeAR text needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SAMPLES = BENCHMARKS / "data" / "source-cap"


def judged(stratum, verdict, kind="verb"):
    return {"article": "a", "source": [[0, 1]], "cue": [[2, 3]], "stratum": stratum, "verdict": verdict,
            "class": kind}


def run_report(*options):
    done = subprocess.run([sys.executable, str(BENCHMARKS / "source_cap.py"), "--report", *options],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_cap_comes_from_the_named_sample(tmp_path):
    # 100 relations: 40 "other" (20 hit, 20 missed), 60 "saying" (50 hit, 10 missed); precision 0.8. Half the other
    # misses and all the saying misses are sources (one of them said twice in its sentence): found all, recall
    # (70 + 10 + 10) / 100 = 0.9; once per sentence (70 + 10 + 5) / 100 = 0.85.
    counts = {"found": 100, "correct": 80, "relations": 100, "other_relations": 40, "other_hits": 20,
              "saying_relations": 60, "saying_hits": 50, "other_misses": 20, "saying_misses": 10}
    items = [judged("other", "yes"), judged("other", "no", "plan"),
             judged("saying", "yes", "grammar"), judged("saying", "yes", "same-source")]
    sample = tmp_path / "toy.json"
    sample.write_text(json.dumps({"seed": 30, "counts": counts, "items": items}))
    result = run_report("--verdicts", str(sample))
    assert result["recall_now"] == 0.7
    assert result["cap"] == {"recall": 0.9, "f1": round(2 * 0.8 * 0.9 / 1.7, 3), "saying_recall": 1.0}
    assert result["cap_once_per_sentence"]["recall"] == 0.85


@pytest.mark.parametrize("options, recall_at_draw", [
    ((), 0.624),
    (("--verdicts", str(SAMPLES / "train-round14.json")), 0.664),
])
def test_both_kept_samples_are_judged_and_report(options, recall_at_draw):
    result = run_report(*options)
    assert result["recall_now"] == recall_at_draw
    assert result["other"]["judged"] == 150 and result["saying"]["judged"] == 100
    assert result["cap_low"]["f1"] <= result["cap"]["f1"] <= result["cap_high"]["f1"]
