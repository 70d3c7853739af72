"""Run every rule over the real documents of ../shared/corpus_real and list what each reports.

This is how false alarms are found: real drafts are not all compliant, so the output is read by a
person, file by file. Usage:

    .venv/bin/python bench/corpus_report.py [--out report.md] [--codes VB1,VB2] [--details]

Prints, per file, the family/regime/type found and the findings (code, severity, paragraph,
excerpt); then per rule the number of findings and of files it fired on.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linter.config import Config  # noqa: E402
from linter.engine import lint_path  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus_real"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the Markdown report here (default: stdout)")
    ap.add_argument("--codes", default="VB", help="comma-separated code prefixes to run")
    ap.add_argument("--details", action="store_true", help="print each finding's message")
    ap.add_argument("--texts", action="store_true", help="also run on the plain-text documents")
    args = ap.parse_args(argv)

    files = sorted((CORPUS / "docx").glob("*.docx"))
    if args.texts:
        files += sorted((CORPUS / "text").glob("*.txt"))
    if not files:
        print(f"no corpus found at {CORPUS}", file=sys.stderr)
        return 2
    config = Config().with_overrides(select=args.codes.split(","))
    lines: list[str] = []
    per_rule: collections.Counter[str] = collections.Counter()
    files_per_rule: dict[str, set[str]] = collections.defaultdict(set)
    per_severity: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    for path in files:
        res = lint_path(path, config=config)
        if res.error:
            lines.append(f"## {path.name}\n\nUNREADABLE: {res.error.message}\n")
            continue
        head = f"## {path.name} — {res.family} / {res.regime} / {res.doc_type}"
        lines.append(head + f" — {len(res.findings)} findings\n")
        for f in res.findings:
            per_rule[f.code] += 1
            files_per_rule[f.code].add(path.name)
            per_severity[f.severity.value] += 1
            loc = f.location
            where = f"¶{loc.paragraph}" if loc.paragraph is not None else f"§{loc.section}"
            if loc.story:
                where = f"{loc.story}:{where}"
            line = f"- {f.code} {f.severity.value} {where} `{loc.excerpt[:50]}`"
            if args.details:
                line += f" — {f.message}"
            lines.append(line)
        lines.append("")
    elapsed = time.perf_counter() - started
    lines.append("## Per rule\n\n| code | findings | files |\n|---|---|---|")
    for code, n in sorted(per_rule.items()):
        lines.append(f"| {code} | {n} | {len(files_per_rule[code])} |")
    lines.append(
        f"\n{len(files)} files, {sum(per_rule.values())} findings "
        f"({dict(per_severity)}), {elapsed:.1f} s"
    )
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
