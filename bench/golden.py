"""Golden guard for speed work: lint a fixed set of drafts and write every finding as JSON.

Usage::

    python bench/golden.py OUT.json

Lints every .docx of ``../shared/corpus_real/docx`` (when present) and ``corpus/samples`` plus the
generated three-page draft of ``bench_api``, in Vietnamese and in English, with a fixed "today"
(2026-11-29), and writes the findings (``FileResult.to_dict``), the rules that ran, and the tasks
extracted from each draft. A change meant only to make checks faster must leave the file
byte-identical (compare two runs with ``cmp``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

TODAY = dt.date(2026, 11, 29)


def inputs() -> list[Path]:
    real = ROOT.parent / "shared" / "corpus_real" / "docx"
    files = sorted(real.glob("*.docx")) if real.is_dir() else []
    return files + sorted((ROOT / "corpus" / "samples").glob("*.docx"))


def one(path: Path, shown: str) -> dict[str, Any]:
    from linter.content.tasks import extract_tasks
    from linter.engine import lint_path

    out: dict[str, Any] = {}
    for lang in ("vi", "en"):
        res = lint_path(path, display=shown, today=TODAY, lang=lang)
        out[lang] = res.to_dict()
        out[lang]["checked"] = list(res.checked)
        out[lang]["crashed"] = [list(c) for c in res.crashed]
    if res.doc is not None and res.anatomy is not None:
        out["tasks"] = [t.to_dict() for t in extract_tasks(res.doc, res.anatomy)]
    return out


def main(argv: list[str]) -> int:
    import bench_api

    if len(argv) != 1:
        print(__doc__)
        return 2
    result: dict[str, Any] = {}
    for path in inputs():
        result[f"{path.parent.name}/{path.name}"] = one(path, path.name)
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "three_page.docx"
        draft.write_bytes(bench_api.three_page_draft())
        result["three_page.docx"] = one(draft, draft.name)
    Path(argv[0]).write_text(
        json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
    )
    found = sum(len(v["vi"]["findings"]) for v in result.values())
    print(f"{len(result)} documents, {found} findings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
