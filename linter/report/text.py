"""The text report: Vietnamese (or English), grouped by part of the document.

Paragraph numbers in this report count from 1, as people count ("đoạn 1" is the first paragraph);
the JSON and the API keep the 0-based index of the contract. Colour is used only when the caller
asks for it (the CLI: stdout is a terminal and ``NO_COLOR`` is not set).
"""

from __future__ import annotations

from collections.abc import Sequence

from linter import i18n
from linter.anatomy_parse import personal_slugs
from linter.engine import FileResult
from linter.finding import Finding, Severity
from linter.parts import PART_NAMES

_COLORS = {
    Severity.ERROR: "\x1b[31m",
    Severity.WARNING: "\x1b[33m",
    Severity.INFO: "\x1b[36m",
    "bold": "\x1b[1m",
    "dim": "\x1b[2m",
    "green": "\x1b[32m",
    "red": "\x1b[1;31m",
}
_RESET = "\x1b[0m"


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, key: object) -> str:
        if not self.color:
            return text
        return f"{_COLORS[key]}{text}{_RESET}"  # type: ignore[index]


def where(f: Finding, lang: str = "vi") -> str:
    """ "đoạn 8, ký tự 14" / "đầu trang, đoạn 1" / "section 1" / "" (whole document)."""
    loc = f.location
    bits: list[str] = []
    if loc.story:
        bits.append(i18n.pick(i18n.STORY_WORDS.get(loc.story, (loc.story, loc.story)), lang))
        if loc.section is not None and loc.paragraph is None:
            bits.append(i18n.t("section", lang, n=loc.section + 1))
    elif loc.paragraph is None and loc.section is not None:
        bits.append(i18n.t("section", lang, n=loc.section + 1))
    if loc.paragraph is not None:
        bits.append(i18n.t("paragraph", lang, n=loc.paragraph + 1))
        if loc.start is not None:
            bits.append(i18n.t("char", lang, n=loc.start + 1))
    return ", ".join(bits)


def _group_key(f: Finding) -> tuple[int, str | None]:
    loc = f.location
    if loc.part in PART_NAMES:
        return (1 + PART_NAMES.index(loc.part), loc.part)
    if loc.paragraph is None:
        return (0, None)  # whole document / page setup
    return (len(PART_NAMES) + 1, "")  # paragraphs outside any recognised part


def _group_label(key: tuple[int, str | None], lang: str) -> str:
    part = key[1]
    if part == "":
        return i18n.pick(i18n.OTHER_PARAGRAPHS, lang)
    return i18n.part_label(part, lang)


def _file_block(r: FileResult, lang: str, fail_on: Severity, s: _Style) -> list[str]:
    lines = [s(r.path, "bold")]
    if r.error is not None:
        word = i18n.severity_word(Severity.ERROR, lang)
        lines.append(f"  [{r.error.code}] {s(word, Severity.ERROR)}: {r.error.message}")
        lines.append(f"  {s(i18n.t('gate_fail', lang), 'red')}")
        return lines
    family = r.family
    if family == "unknown" and r.doc_type in personal_slugs():
        family = "personal"  # a person's document (VB006), not an unrecognised one
    head = [i18n.pick(i18n.FAMILY_WORDS.get(family, (family, family)), lang)]
    type_name = i18n.doc_type_name(r.doc_type, lang)
    if type_name:
        head.append(f"{i18n.t('doc_type', lang)}: {type_name}")
    stage = i18n.pick(i18n.STAGE_WORDS.get(r.stage, (r.stage, r.stage)), lang)
    head.append(f"{i18n.t('stage', lang)}: {stage}")
    lines.append("  " + " · ".join(head))
    regime = r.regime or i18n.t("no_regime", lang)
    reason = f" — {r.regime_reason}" if r.regime_reason else ""
    lines.append(f"  {i18n.t('regime', lang)}: {regime}{reason}")
    if not r.findings:
        lines.append("")
        lines.append("  " + i18n.t("no_findings", lang))
    groups: dict[tuple[int, str | None], list[Finding]] = {}
    for f in r.findings:
        groups.setdefault(_group_key(f), []).append(f)
    for key in sorted(groups, key=lambda k: k[0]):
        lines.append("")
        lines.append("  " + s(_group_label(key, lang), "bold"))
        for f in groups[key]:
            place = where(f, lang)
            prefix = f"{place} " if place else ""
            sev = s(i18n.severity_word(f.severity, lang), f.severity)
            lines.append(f"    {prefix}[{f.code}] {sev}: {f.message}")
            if f.fix is not None and f.fix.safe:
                lines.append(f"        {i18n.t('fix', lang)}: {f.fix.title}")
            if f.source:
                lines.append(s(f"        {i18n.t('source', lang)}: {f.source}", "dim"))
    lines.append("")
    lines.append("  " + _verdict([r], lang, fail_on, s))
    return lines


def _verdict(results: Sequence[FileResult], lang: str, fail_on: Severity, s: _Style) -> str:
    counts = {sev: 0 for sev in Severity}
    for r in results:
        for sev, n in r.counts().items():
            counts[sev] += n
    failed = any(r.fails(fail_on) for r in results)
    gate = s(i18n.t("gate_fail", lang), "red") if failed else s(i18n.t("gate_pass", lang), "green")
    threshold = i18n.t("gate_rule", lang, word=i18n.severity_word(fail_on, lang))
    return f"{i18n.summary_line(counts, lang)} — {gate} {threshold}"


def render_text(
    results: Sequence[FileResult],
    *,
    lang: str = "vi",
    fail_on: Severity = Severity.ERROR,
    color: bool = False,
) -> str:
    s = _Style(color)
    blocks: list[str] = []
    for r in results:
        blocks.append("\n".join(_file_block(r, lang, fail_on, s)))
    if len(results) > 1:
        unreadable = sum(1 for r in results if r.error is not None)
        total = i18n.t("files_total", lang, n=len(results))
        if unreadable:
            total += f" ({unreadable} {i18n.t('unreadable', lang)})"
        blocks.append(f"{s(total, 'bold')}: {_verdict(results, lang, fail_on, s)}")
    return "\n\n".join(blocks) + "\n"


__all__ = ["render_text", "where"]
