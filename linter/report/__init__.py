"""Report renderers: text (people), json (contract), sarif 2.1.0 (code-scanning tools), junit (CI).

Every renderer takes the list of :class:`linter.engine.FileResult` of one run, in input order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from linter import TOOL_NAME, __version__
from linter.engine import FileResult
from linter.finding import Severity

FORMATS = ("text", "json", "sarif", "junit")


def to_json_dict(results: Sequence[FileResult]) -> dict[str, object]:
    """The ``--format json`` object (design.md contract)."""
    return {
        "tool": {"name": TOOL_NAME, "version": __version__},
        "files": [r.to_dict() for r in results],
    }


def render_json(results: Sequence[FileResult]) -> str:
    return json.dumps(to_json_dict(results), ensure_ascii=False, indent=2) + "\n"


def render(
    results: Sequence[FileResult],
    fmt: str,
    *,
    lang: str = "vi",
    fail_on: Severity = Severity.ERROR,
    color: bool = False,
    exit_code: int = 0,
) -> str:
    """Render a run in one of :data:`FORMATS`."""
    if fmt == "json":
        return render_json(results)
    if fmt == "sarif":
        from linter.report.sarif import render_sarif

        return render_sarif(results, lang=lang, exit_code=exit_code)
    if fmt == "junit":
        from linter.report.junit import render_junit

        return render_junit(results, lang=lang, fail_on=fail_on)
    from linter.report.text import render_text

    return render_text(results, lang=lang, fail_on=fail_on, color=color)


__all__ = ["FORMATS", "render", "render_json", "to_json_dict"]
