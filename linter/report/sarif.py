"""SARIF 2.1.0 output for code-scanning tools (GitHub, GitLab, Azure DevOps).

- ``ruleId`` is the code (VB104), stable forever; ``driver.rules`` carries name, short and full
  descriptions and the rule's documentation as help text.
- Locations: the main-story paragraph is the ``startLine`` (1-based); ``startColumn`` /
  ``endColumn`` are the character offsets + 1 (SARIF columns are 1-based, ``endColumn`` exclusive).
  Findings in other stories (header, text box, …) name the story as a logical location instead of
  a line, since their paragraph numbers are not lines of the main text.
- ``partialFingerprints["vblint/v1"]`` hashes the code, the part, the excerpt and the number of the
  occurrence of that triple in the file: stable across runs and across edits elsewhere.
- An unreadable input is a ``toolExecutionNotification`` (descriptor VB001) of the invocation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from linter import TOOL_NAME, __version__
from linter.engine import FileResult, RuleMeta, all_meta
from linter.finding import Finding, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return p.as_posix()


def _first_paragraph(doc: str) -> str:
    return doc.split("\n\n", 1)[0].strip()


def _descriptor(meta: RuleMeta, lang: str) -> dict[str, Any]:
    summary = meta.summary_en if lang == "en" and meta.summary_en else meta.summary
    full = _first_paragraph(meta.doc) or summary
    descriptor: dict[str, Any] = {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": meta.doc or summary, "markdown": meta.doc or summary},
        "defaultConfiguration": {"level": _LEVELS[meta.severity]},
        "properties": {"fixable": meta.fixable},
    }
    if meta.source:
        descriptor["properties"]["source"] = meta.source
    return descriptor


def _fingerprint(f: Finding, seen: dict[tuple[str, str, str], int]) -> str:
    key = (f.code, f.location.part or "", f.location.excerpt)
    n = seen.get(key, 0)
    seen[key] = n + 1
    raw = "\x1f".join((f.code, f.location.part or "", f.location.excerpt, str(n)))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _region(f: Finding) -> dict[str, Any] | None:
    loc = f.location
    if loc.paragraph is None or loc.story is not None:
        return None
    region: dict[str, Any] = {"startLine": loc.paragraph + 1}
    if loc.start is not None:
        region["startColumn"] = loc.start + 1
        if loc.end is not None and loc.end >= loc.start:
            region["endColumn"] = loc.end + 1
    if loc.excerpt:
        region["snippet"] = {"text": loc.excerpt}
    return region


def _location(uri: str, f: Finding) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    region = _region(f)
    if region:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    loc = f.location
    logical: list[dict[str, Any]] = []
    if loc.part:
        logical.append({"name": loc.part, "kind": "element"})
    if loc.story:
        name = loc.story if loc.paragraph is None else f"{loc.story}/{loc.paragraph + 1}"
        logical.append({"name": name, "fullyQualifiedName": name, "kind": "element"})
    elif loc.paragraph is None and loc.section is not None:
        logical.append({"name": f"section/{loc.section + 1}", "kind": "element"})
    if logical:
        location["logicalLocations"] = logical
    return location


def _fix(uri: str, f: Finding) -> dict[str, Any] | None:
    loc = f.location
    if (
        f.fix is None
        or not f.fix.safe
        or loc.story is not None
        or loc.paragraph is None
        or loc.start is None
        or loc.end is None
    ):
        return None
    return {
        "description": {"text": f.fix.title},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {
                        "deletedRegion": {
                            "startLine": loc.paragraph + 1,
                            "startColumn": loc.start + 1,
                            "endColumn": loc.end + 1,
                        },
                        "insertedContent": {"text": f.fix.replacement},
                    }
                ],
            }
        ],
    }


def to_sarif(results: Sequence[FileResult], *, lang: str = "vi", exit_code: int = 0) -> dict:
    used = {f.code for r in results for f in r.findings}
    used |= {c for r in results for c in r.checked}
    if any(r.error is not None for r in results):
        used.add("VB001")
    metas = [m for m in all_meta() if m.code in used]
    index = {m.code: i for i, m in enumerate(metas)}
    out_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    for r in results:
        uri = artifact_uri(r.path)
        artifacts.append({"location": {"uri": uri}})
        if r.error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": r.error.message},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                    "descriptor": {"id": r.error.code},
                }
            )
            continue
        seen: dict[tuple[str, str, str], int] = {}
        for f in r.findings:
            result: dict[str, Any] = {
                "ruleId": f.code,
                "level": _LEVELS[f.severity],
                "message": {"text": f.message},
                "locations": [_location(uri, f)],
                "partialFingerprints": {"vblint/v1": _fingerprint(f, seen)},
            }
            if f.code in index:
                result["ruleIndex"] = index[f.code]
            fix = _fix(uri, f)
            if fix is not None:
                result["fixes"] = [fix]
            props: dict[str, Any] = {}
            if f.location.part:
                props["part"] = f.location.part
            if f.source:
                props["source"] = f.source
            if props:
                result["properties"] = props
            out_results.append(result)
    invocation: dict[str, Any] = {
        "executionSuccessful": exit_code != 2,
        "exitCode": exit_code,
    }
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": TOOL_NAME,
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_descriptor(m, lang) for m in metas],
            }
        },
        "invocations": [invocation],
        "artifacts": artifacts,
        "results": out_results,
        "language": "en-US" if lang == "en" else "vi-VN",
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(results: Sequence[FileResult], *, lang: str = "vi", exit_code: int = 0) -> str:
    return (
        json.dumps(to_sarif(results, lang=lang, exit_code=exit_code), ensure_ascii=False, indent=2)
        + "\n"
    )


__all__ = ["artifact_uri", "render_sarif", "to_sarif"]
