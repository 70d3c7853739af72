"""Rule-test tools: lint a REAL .docx with one rule, assert what it reports, test its fixes.

Every function here takes a built document (what ``tests/build.py`` makes: a spec, the .docx
bytes or a path) — never a hand-made model — so each example goes through the real reader and
anatomy::

    from tests import build
    from tests.ruletest import assert_clean, assert_flags
    from rules.elements.date_missing_leading_zero import DateMissingLeadingZero

    def test_flags_day_without_zero():
        spec = build.state_cong_van(date_text="Hà Nội, ngày 5 tháng 3 năm 2026")
        assert_flags(DateMissingLeadingZero, spec, excerpts=["5"])

    def test_accepts_padded_day():
        assert_clean(DateMissingLeadingZero, build.state_cong_van())

``assert_flags`` also applies every safe fix (``linter.fixer``, as tracked changes), reads the
fixed file again and asserts the rule no longer fires (LanguageTool's rule: a fix must not
trigger its own rule). ``tests/test_registry.py`` checks that each rule's test module calls both
``assert_flags`` and ``assert_clean``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from linter.config import Config
from linter.engine import FileResult, lint_document
from linter.finding import Finding, Severity
from linter.rule import Rule

FIX_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def neutral_doc(**overrides: Any) -> Any:
    """A builder spec with no Quốc hiệu, no Party heading and nothing else that tells the family
    (no number, no citation, no State or Party vocabulary): the anatomy says "unknown"."""
    from tests import build

    values: dict[str, Any] = {
        "quoc_hieu": None,
        "tieu_ngu": None,
        "so_ky_hieu": "",
        "can_cu": [],
        "co_quan_chu_quan": None,
        "co_quan_ban_hanh": "CÂU LẠC BỘ THƠ",
        "trich_yeu": "Lịch sinh hoạt",
        "noi_nhan": ["- Các hội viên."],
        "quyen_han_ky": None,
        "chuc_vu_ky": "CHỦ NHIỆM",
        "body": [build.p("Buổi sinh hoạt bàn về kế hoạch năm tới.")],
    }
    values.update(overrides)
    return build.state_thong_bao(**values)


def docx_bytes(source: Any) -> bytes:
    """The .docx bytes of a builder spec, bytes, or a path."""
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    if isinstance(source, str | Path):
        return Path(source).read_bytes()
    from tests import build

    return build.to_bytes(source)


def lint_docx(
    source: Any,
    rules: Rule | type[Rule] | Sequence[Rule | type[Rule]] | None = None,
    *,
    stage: str = "draft",
    today: dt.date | None = None,
    config: Config | None = None,
    lang: str = "vi",
    name: str = "test.docx",
) -> FileResult:
    """Read the document with the real reader and lint it (by default with every rule)."""
    from linter.reader import read_docx

    doc = read_docx(docx_bytes(source), name=name)
    if rules is not None and not isinstance(rules, Sequence):
        rules = [rules]
    return lint_document(
        doc, config=config, stage=stage, lang=lang, today=today, rules=rules, path=name
    )


def findings_of(rule: Rule | type[Rule], source: Any, **kwargs: Any) -> list[Finding]:
    """The findings of one rule on a document; a crash of the rule fails the test loudly."""
    result = lint_docx(source, rule, **kwargs)
    crashes = [f for f in result.findings if f.code == "VB002"]
    assert not crashes, crashes[0].message
    return [f for f in result.findings if f.code == rule.code]


def apply_fixes(source: Any, findings: Sequence[Finding], *, doc: Any = None) -> bytes:
    """The .docx bytes with the safe fixes applied as tracked changes."""
    from linter.fixer import apply_fixes as _apply

    return _apply(docx_bytes(source), findings, doc=doc, date=FIX_DATE).data


def assert_flags(
    rule: Rule | type[Rule],
    source: Any,
    *,
    count: int | None = None,
    excerpts: Sequence[str] | None = None,
    severity: Severity | None = None,
    check_fix: bool = True,
    **kwargs: Any,
) -> list[Finding]:
    """Assert the rule reports on this document; return its findings.

    ``count``: exact number of findings; ``excerpts``: the flagged texts, in reading order;
    ``severity``: the severity of every finding. When findings carry safe fixes, they are
    applied to a copy, which must then be clean for this rule.
    """
    result = lint_docx(source, rule, **kwargs)
    crashes = [f for f in result.findings if f.code == "VB002"]
    assert not crashes, crashes[0].message
    found = [f for f in result.findings if f.code == rule.code]
    assert found, f"{rule.code} reported nothing"
    if count is not None:
        assert len(found) == count, [f.message for f in found]
    if excerpts is not None:
        assert [f.location.excerpt for f in found] == list(excerpts), [f.message for f in found]
    if severity is not None:
        assert all(f.severity is severity for f in found), [f.severity for f in found]
    for f in found:
        assert f.message.strip(), "empty message"
        assert f.name == rule.name
    # The fixer writes main-story paragraphs only; other stories keep their fix as a suggestion.
    fixable = [f for f in found if f.fix is not None and f.fix.safe and f.location.story is None]
    if fixable and check_fix:
        assert rule.fixable, f"{rule.code} offers fixes but says fixable = False"
        fixed = apply_fixes(source, fixable, doc=result.doc)
        after = findings_of(rule, fixed, **kwargs)
        assert not after, f"{rule.code} still fires after its own fix: {after[0].message}"
    return found


def assert_clean(rule: Rule | type[Rule], source: Any, **kwargs: Any) -> None:
    """Assert the rule reports nothing on this document."""
    found = findings_of(rule, source, **kwargs)
    assert not found, [f.message for f in found]


__all__ = [
    "FIX_DATE",
    "apply_fixes",
    "assert_clean",
    "assert_flags",
    "docx_bytes",
    "findings_of",
    "lint_docx",
    "neutral_doc",
]
