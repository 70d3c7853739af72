"""The engine: read → anatomy → run the selected rules → findings in reading order.

``lint_document`` works on a model; ``lint_path``/``lint_bytes`` read first and turn an unreadable
input into a :class:`FileResult` with ``error`` (code VB001) instead of raising, so one bad file
never stops a batch.

Reading order (how findings are sorted, and how every report lists them):

1. document-level findings (no paragraph, no section: e.g. VB005 family unknown, VB003 pending
   tracked changes) — they frame everything else;
2. section-level findings (page setup), by section;
3. the main story (body and table cells) by paragraph, then character offset;
4. the other stories in the order text box, header, footer, footnote, each by paragraph.

Ties are broken by code, then message, so the order is stable from run to run.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.config import Config
from linter.finding import Finding, Location, Severity
from linter.i18n import regime_reason_en
from linter.model import Document
from linter.parts import Anatomy
from linter.rule import Context, Rule

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CoreCode:
    """A code of the linter itself (VB0xx) that is not a rule class."""

    code: str
    name: str
    summary: str
    summary_en: str
    severity: Severity
    doc: str


CORE_CODES: dict[str, CoreCode] = {
    "VB001": CoreCode(
        "VB001",
        "unreadable-input",
        "Không đọc được tệp đầu vào",
        "The input file cannot be read",
        Severity.ERROR,
        """Không đọc được tệp đầu vào.
(The input file cannot be read.)

## Kiểm tra gì (What it checks)
Tệp không phải .docx hợp lệ (hỏng, có mật khẩu, là .doc cũ hoặc tệp khác đổi đuôi) nên không
kiểm tra được. Lệnh kết thúc với mã thoát 2; các tệp khác trong cùng lượt vẫn được kiểm tra.
The file is not a valid .docx (damaged, password-protected, an old .doc or another file renamed),
so it cannot be checked. The run exits with code 2; the other files of the batch are still checked.

## Vì sao (Why)
Một văn bản không đọc được thì không thể xác nhận là đạt thể thức.
A document that cannot be read cannot be confirmed as compliant.

## Ví dụ sai (Bad)
    bao-cao.doc (Word 97-2003)

## Ví dụ đúng (Good)
    bao-cao.docx (mở bằng Word, Lưu thành .docx)

## Tự sửa (Fix)
Không. (No fix.)

## Tùy chọn (Options)
Không có. (None.)

## Ngoại lệ (When not to apply)
Không có. (None.)

## Căn cứ (References)
- Không có: mã của chính công cụ. (None: a code of the tool itself.)
""",
    ),
    "VB002": CoreCode(
        "VB002",
        "rule-crashed",
        "Một quy tắc gặp lỗi nội bộ khi kiểm tra",
        "A rule crashed while checking",
        Severity.ERROR,
        """Một quy tắc gặp lỗi nội bộ khi kiểm tra.
(A rule crashed while checking.)

## Kiểm tra gì (What it checks)
Khi một quy tắc gặp lỗi lập trình, công cụ báo lỗi này (nêu tên quy tắc) và vẫn chạy các quy tắc
còn lại. Kết quả của quy tắc đó bị thiếu, nên văn bản chưa được xác nhận là đạt.
When a rule fails with a programming error, the tool reports it (naming the rule) and still runs
the other rules. That rule's result is missing, so the document is not confirmed as compliant.

## Vì sao (Why)
Một lỗi của công cụ không được che giấu các lỗi khác, cũng không được cho qua một văn bản chưa
được kiểm tra đủ.
A bug in the tool must neither hide other findings nor let an unchecked document pass.

## Ví dụ sai (Bad)
    (không áp dụng: lỗi của công cụ)

## Ví dụ đúng (Good)
    (không áp dụng: lỗi của công cụ)

## Tự sửa (Fix)
Không. (No fix.)

## Tùy chọn (Options)
Không có. (None.)

## Ngoại lệ (When not to apply)
Không có. (None.)

## Căn cứ (References)
- Không có: mã của chính công cụ; hãy báo lỗi cho nhóm phát triển. (None: report it as a bug.)
""",
    ),
}


@dataclass(frozen=True)
class FileError:
    code: str  # "VB001"
    message: str  # in the language of the run

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass
class FileResult:
    """What linting one input gave. ``to_dict`` is the JSON contract (design.md)."""

    path: str
    error: FileError | None = None
    family: str = "unknown"
    regime: str | None = None
    doc_type: str | None = None
    findings: list[Finding] = field(default_factory=list)
    regime_reason: str = ""
    checked: tuple[str, ...] = ()  # codes of the rules that ran
    skipped: tuple[str, ...] = ()  # codes selected but not applicable to this document
    crashed: tuple[tuple[str, str], ...] = ()  # (rule code, message of its VB002 finding)
    stage: str = "draft"
    # For callers (fixer, API, inspect); not serialised and not sent between processes.
    anatomy: Anatomy | None = field(default=None, repr=False, compare=False)
    doc: Document | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "error": self.error.to_dict() if self.error else None,
            "family": self.family,
            "regime": self.regime,
            "doc_type": self.doc_type,
            "findings": [f.to_dict() for f in self.findings],
        }

    def counts(self) -> dict[Severity, int]:
        out = {s: 0 for s in Severity}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def fails(self, fail_on: Severity) -> bool:
        """True when some finding is at or above ``fail_on`` (an unreadable file always fails)."""
        if self.error is not None:
            return True
        return any(f.severity.rank >= fail_on.rank for f in self.findings)

    def without_model(self) -> FileResult:
        """A copy without ``doc``/``anatomy`` (small to send back from a worker process)."""
        from dataclasses import replace

        return replace(self, anatomy=None, doc=None)


# -- ordering ---------------------------------------------------------------------------------

_STORY_RANK = {None: 0, "textbox": 1, "header": 2, "footer": 3, "footnote": 4}


def reading_order(f: Finding) -> tuple[Any, ...]:
    loc = f.location
    if loc.paragraph is None:
        band = 0 if loc.section is None else 1
        return (band, loc.section or 0, 0, 0, 0, f.code, f.message)
    return (
        2 + _STORY_RANK.get(loc.story, 5),
        loc.section or 0 if loc.story in ("header", "footer") else 0,
        loc.paragraph,
        loc.start or 0,
        loc.end or 0,
        f.code,
        f.message,
    )


# -- running ----------------------------------------------------------------------------------


def crash_finding(what: str, exc: BaseException, ctx_lang: str) -> Finding:
    """VB002: the message names the rule and the exception, never a traceback."""
    detail = type(exc).__name__
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if text:
        detail += f": {text[:120]}"
    meta = CORE_CODES["VB002"]
    if ctx_lang == "en":
        message = (
            f"Rule {what} crashed and was skipped ({detail}). The other rules still ran; "
            "please report this bug."
        )
    else:
        message = (
            f"Quy tắc {what} gặp lỗi nội bộ và đã bị bỏ qua ({detail}). Các quy tắc khác vẫn "
            "chạy; hãy báo lỗi này cho nhóm phát triển."
        )
    return Finding(
        code=meta.code,
        name=meta.name,
        message=message,
        severity=Severity.ERROR,
        location=Location(),
        source=None,
    )


# Rule instances of the whole registry per configuration: rules keep no state between checks
# (``Rule.check`` reads only ``ctx`` and its options), so one set serves every document.
_BUILT: list[tuple[Config, tuple[type[Rule], ...], list[Rule]]] = []
_BUILT_MAX = 8


def _registry_instances(config: Config) -> list[Rule]:
    from rules import ALL_RULES

    for cfg, registry, built in _BUILT:
        if registry is ALL_RULES and cfg == config:
            return built
    built = config.build_rules(ALL_RULES)
    if len(_BUILT) >= _BUILT_MAX:
        _BUILT.pop(0)
    _BUILT.append((copy.deepcopy(config), ALL_RULES, built))  # a copy: later edits miss
    return built


def _instances(rules: Iterable[Rule | type[Rule]] | None, config: Config) -> list[Rule]:
    if rules is None:
        return _registry_instances(config)
    out: list[Rule] = []
    for r in rules:
        if isinstance(r, Rule):
            if config.is_enabled(r.code):
                out.append(r)
        else:
            out.extend(config.build_rules([r]))
    return out


def lint_document(
    doc: Document,
    *,
    config: Config | None = None,
    stage: str = "draft",
    lang: str = "vi",
    today: dt.date | None = None,
    parents: Sequence[Any] = (),
    corpus: Any = None,
    rules: Iterable[Rule | type[Rule]] | None = None,
    path: str = "",
    anatomy: Anatomy | None = None,
) -> FileResult:
    """Lint a model. ``rules`` defaults to the registry; selection and severities come from
    ``config``."""
    config = config or Config()
    findings: list[Finding] = []
    if anatomy is None:
        from linter.anatomy import analyse

        try:
            anatomy = analyse(doc, today=today, profile=config.profile)
        except Exception as exc:  # a bug in the anatomy must not stop the report
            log.debug("anatomy crashed", exc_info=True)
            findings.append(crash_finding("anatomy", exc, lang))
            anatomy = Anatomy()
    ctx = Context(
        doc,
        anatomy,
        stage=stage,
        lang=lang,
        today=today,
        profile=config.profile,
        parents=tuple(parents),
        corpus=corpus,
    )
    checked: list[str] = []
    skipped: list[str] = []
    crashed: list[tuple[str, str]] = []
    for rule in _instances(rules, config):
        try:
            applies = rule.applies(ctx)
            found = list(rule.check(ctx)) if applies else []
        except Exception as exc:  # one broken rule must not hide the others
            log.debug("rule %s crashed", rule.code, exc_info=True)
            crash = crash_finding(f"{rule.code} ({rule.name})", exc, lang)
            findings.append(crash)
            checked.append(rule.code)
            crashed.append((rule.code, crash.message))
            continue
        (checked if applies else skipped).append(rule.code)
        for f in found:
            sev = config.severity_for(f.code, f.severity)
            findings.append(f if sev is f.severity else f.with_severity(sev))
    findings.sort(key=reading_order)
    return FileResult(
        path=path or doc.source_name,
        family=anatomy.family,
        regime=anatomy.regime,
        doc_type=anatomy.doc_type,
        findings=findings,
        regime_reason=regime_reason_en(anatomy) if lang == "en" else anatomy.regime_reason,
        checked=tuple(checked),
        skipped=tuple(skipped),
        crashed=tuple(crashed),
        stage=stage,
        anatomy=anatomy,
        doc=doc,
    )


def _read_error(exc: BaseException, lang: str, name: str) -> FileError:
    from linter.errors import ReadError

    if isinstance(exc, ReadError):
        msg = exc.message_en if lang == "en" else exc.message
        return FileError(getattr(exc, "code", "VB001") or "VB001", msg)
    detail = type(exc).__name__
    if lang == "en":
        return FileError("VB001", f"Cannot read '{name}' as a Word document (.docx) ({detail}).")
    return FileError("VB001", f"Không đọc được “{name}” như một văn bản Word (.docx) ({detail}).")


def lint_path(path: str | Path, *, display: str | None = None, **kwargs: Any) -> FileResult:
    """Read a .docx (or .txt) file and lint it; an unreadable file gives ``error`` VB001."""
    from linter.reader import read_path

    path = Path(path)
    shown = display if display is not None else str(path)
    try:
        doc = read_path(path)
    except Exception as exc:
        log.debug("cannot read %s", path, exc_info=True)
        return FileResult(path=shown, error=_read_error(exc, kwargs.get("lang", "vi"), path.name))
    return lint_document(doc, path=shown, **kwargs)


def lint_bytes(data: bytes, name: str = "document.docx", **kwargs: Any) -> FileResult:
    """Lint the bytes of a .docx (the HTTP API: nothing touches the disk)."""
    from linter.reader import read_docx

    try:
        doc = read_docx(data, name=name)
    except Exception as exc:
        log.debug("cannot read %s", name, exc_info=True)
        return FileResult(path=name, error=_read_error(exc, kwargs.get("lang", "vi"), name))
    return lint_document(doc, path=name, **kwargs)


@dataclass(frozen=True)
class RuleMeta:
    """What the front ends show about a code: rule classes and the VB0xx codes alike."""

    code: str
    name: str
    summary: str
    summary_en: str
    severity: Severity
    fixable: bool
    source: str
    doc: str


def rule_meta(code: str) -> RuleMeta | None:
    """Metadata of a rule or core code, or None when the code is unknown."""
    import inspect

    code = code.strip().upper()
    if code in CORE_CODES:
        c = CORE_CODES[code]
        return RuleMeta(c.code, c.name, c.summary, c.summary_en, c.severity, False, "", c.doc)
    from rules import rule_by_code

    cls = rule_by_code(code)
    if cls is None:
        return None
    return RuleMeta(
        cls.code,
        cls.name,
        cls.summary,
        cls.summary_en,
        cls.severity,
        cls.fixable,
        cls.source,
        inspect.cleandoc(cls.__doc__ or ""),
    )


def all_meta() -> list[RuleMeta]:
    """Every code, sorted: the VB0xx codes of the linter first, then the registry."""
    from rules import ALL_RULES

    metas = [rule_meta(c) for c in CORE_CODES] + [rule_meta(r.code) for r in ALL_RULES]
    return sorted((m for m in metas if m is not None), key=lambda m: m.code)


def gate_passes(results: Iterable[FileResult], fail_on: Severity) -> bool:
    return not any(r.fails(fail_on) for r in results)


def exit_code(results: Sequence[FileResult], fail_on: Severity, *, exit_zero: bool = False) -> int:
    """design.md: 2 if an input could not be read; else 1 if a finding is at/above fail_on."""
    if any(r.error is not None for r in results):
        return 2
    if not gate_passes(results, fail_on):
        return 0 if exit_zero else 1
    return 0


__all__ = [
    "CORE_CODES",
    "CoreCode",
    "FileError",
    "FileResult",
    "RuleMeta",
    "all_meta",
    "exit_code",
    "gate_passes",
    "lint_bytes",
    "lint_document",
    "lint_path",
    "reading_order",
    "rule_meta",
]
