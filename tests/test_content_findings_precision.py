"""Precision of the task rules on real drafts, measured on a labelled sample of their findings.

``tests/data/content_findings_labelled.jsonl`` holds 80 findings of VB701, VB703, VB704 and
VB706 drawn at random (``bench/content_sample.py``, seed 226) over the real corpus *before* the
task extraction was tuned, each labelled by hand: true when the item really is a task of the
document and really lacks that slot (spec "What a task is"), false otherwise (a heading, an
example of a format guide, a closing formula, narrative …). The first 55 drawn are the
development split, the last 25 were held out until all tuning was done.

The rules are run again over the same files; a labelled finding counts as still reported when a
finding with the same file, paragraph, code and excerpt start is produced. Precision is the
share of true findings among the labelled findings still reported; kept is the share of the
true findings still reported (what tuning must not lose).
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from linter.config import Config
from linter.engine import lint_path

DATA = Path(__file__).parent / "data" / "content_findings_labelled.jsonl"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus_real" / "docx"
CODES = ("VB701", "VB703", "VB704", "VB706")

# (precision floor, kept-true floor) per split and code: the figures measured after tuning,
# truncated to two decimals, never rounded up. Before tuning the precision was, development:
# VB701 0/2, VB703 21/30 = 0.70, VB704 12/18 = 0.66, VB706 2/5 = 0.40 (all 35/55 = 0.63);
# held out: VB701 0/4, VB703 6/13 = 0.46, VB704 5/7 = 0.71, VB706 0/1 (all 11/25 = 0.44).
# After: development 35/35 reported are true; held out (one run, after all tuning) VB703 6/9,
# VB704 5/5, VB701 and VB706 none reported (all 11/14 = 0.78). No true finding was lost.
# A code with nothing reported counts as precision 1.0.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "dev": {
        "VB701": (1.0, 1.0),
        "VB703": (1.0, 1.0),
        "VB704": (1.0, 1.0),
        "VB706": (1.0, 1.0),
        "all": (1.0, 1.0),
    },
    "heldout": {
        "VB701": (1.0, 1.0),
        "VB703": (0.66, 1.0),
        "VB704": (1.0, 1.0),
        "VB706": (1.0, 1.0),
        "all": (0.78, 1.0),
    },
}


def _labelled() -> list[dict]:
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _key(excerpt: str) -> str:
    return " ".join(excerpt.split())[:25]


@cache
def _reported(name: str) -> frozenset[tuple[int | None, str, str]]:
    res = lint_path(CORPUS / name, config=Config().with_overrides(select=list(CODES)))
    return frozenset(
        (f.location.paragraph, f.code, _key(f.location.excerpt))
        for f in res.findings
        if f.code in CODES
    )


def measure(split: str) -> dict[str, dict[str, float]]:
    """Per code (and "all"): labelled, reported, true reported, precision, kept-true share."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, rep, rep_true, true
    for item in _labelled():
        if split != "all" and item["split"] != split:
            continue
        hit = (item["paragraph"], item["code"], _key(item["excerpt"])) in _reported(item["file"])
        for code in (item["code"], "all"):
            c = counts[code]
            c[0] += 1
            c[1] += hit
            c[2] += hit and item["label"]
            c[3] += item["label"]
    out = {}
    for code, (n, rep, rep_true, true) in counts.items():
        out[code] = {
            "labelled": n,
            "reported": rep,
            "precision": rep_true / rep if rep else 1.0,
            "kept": rep_true / true if true else 1.0,
        }
    return out


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_precision_floor(split: str) -> None:
    assert CORPUS.is_dir(), f"the real corpus is missing: {CORPUS}"
    figures = measure(split)
    for code, (p_floor, kept_floor) in FLOORS[split].items():
        got = figures[code]
        assert got["precision"] >= p_floor, (split, code, got)
        assert got["kept"] >= kept_floor, (split, code, got)
