"""Draw the labelled sample of task findings (VB701/VB703/VB704/VB706) over the real corpus.

The sample behind ``tests/data/content_findings_labelled.jsonl`` was drawn with this script
before any change to the task extraction: every finding of the four codes over the .docx corpus,
sorted (file, paragraph, code, excerpt), then ``random.Random(SEED).sample(..., 80)``; the first
55 drawn are the development split, the last 25 the held-out split. Each is printed with its
paragraph's neighbours so that a person can label it. Usage:

    .venv/bin/python bench/content_sample.py [--n 80] [--seed 226] > sample.txt
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linter.config import Config  # noqa: E402
from linter.engine import lint_path  # noqa: E402
from linter.reader import read_docx  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus_real" / "docx"
CODES = ("VB701", "VB703", "VB704", "VB706")
SEED = 226


def findings() -> list[dict]:
    config = Config().with_overrides(select=list(CODES))
    out = []
    for path in sorted(CORPUS.glob("*.docx")):
        res = lint_path(path, config=config)
        for f in res.findings:
            if f.code in CODES:
                out.append(
                    {
                        "file": path.name,
                        "paragraph": f.location.paragraph,
                        "code": f.code,
                        "excerpt": f.location.excerpt,
                        "doc_type": res.doc_type,
                    }
                )
    out.sort(key=lambda d: (d["file"], d["paragraph"], d["code"], d["excerpt"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--dev", type=int, default=55)
    args = ap.parse_args()
    sample = random.Random(args.seed).sample(findings(), args.n)
    for k, item in enumerate(sample):
        item["split"] = "dev" if k < args.dev else "heldout"
        doc = read_docx(CORPUS / item["file"])
        i = item["paragraph"]
        ctx = []
        for j in range(max(0, i - 2), min(len(doc.paragraphs), i + 3)):
            mark = ">>" if j == i else "  "
            ctx.append(f"{mark}{j}: {doc.paragraphs[j].nfc.strip()[:300]}")
        item["context"] = ctx
        print(json.dumps(item, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
