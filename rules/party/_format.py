"""A Party rule that checks the typography of header and signature parts against the data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import (
    PartText,
    PartyRule,
    bounds,
    fmt_bounds,
    kinh_gui_lines,
    location,
    noi_nhan_lines,
    part_texts,
    severity_of,
    typography_problems,
)


def select(ctx: Context, selector: str) -> list[PartText]:
    """The parts a selector names: a part name, or one of the derived selectors below."""
    if selector == "noi_nhan_label":
        label, _ = noi_nhan_lines(ctx)
        return [label] if label else []
    if selector == "noi_nhan_items":
        return noi_nhan_lines(ctx)[1]
    if selector == "kinh_gui_label":
        label, _ = kinh_gui_lines(ctx)
        return [label] if label else []
    if selector == "kinh_gui_items":
        return kinh_gui_lines(ctx)[1]
    if selector == "trich_yeu":  # documents with a tên loại
        if ctx.anatomy.doc_type == "cong_van":
            return []
        return part_texts(ctx, "trich_yeu")
    if selector == "trich_yeu_cv":
        if ctx.anatomy.doc_type != "cong_van":
            return []
        return part_texts(ctx, "trich_yeu")
    return part_texts(ctx, selector)


def expected(spec: dict[str, Any], prefix: str, lang: str) -> str:
    words: list[str] = []
    pair = bounds(spec.get(prefix + "size_pt"))
    if pair is not None:
        words.append(f"cỡ {fmt_bounds(pair)}" if lang == "vi" else f"{fmt_bounds(pair, 'en')} pt")
    if spec.get(prefix + "caps"):
        words.append("in hoa" if lang == "vi" else "capitals")
    italic = spec.get(prefix + "italic")
    if italic is True:
        words.append("nghiêng" if lang == "vi" else "italic")
    elif italic is False:
        words.append("đứng" if lang == "vi" else "upright")
    bold = spec.get(prefix + "bold")
    if bold is True:
        words.append("đậm" if lang == "vi" else "bold")
    elif bold is False:
        words.append("không đậm" if lang == "vi" else "not bold")
    if spec.get(prefix + "underline"):
        words.append("có gạch chân" if lang == "vi" else "underlined")
    return ", ".join(words)


class PartFormatRule(PartyRule):
    """Typography of parts: ``checks`` = (selector, table, key prefix, label vi, label en)."""

    checks: ClassVar[tuple[tuple[str, str, str, str, str], ...]] = ()
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        for selector, table, prefix, label_vi, label_en in self.checks:
            spec = self.data(ctx, table)
            if not spec:
                continue
            for pt in select(ctx, selector):
                yield from self._one(ctx, pt, spec, table, prefix, label_vi, label_en)

    def _one(
        self,
        ctx: Context,
        pt: PartText,
        spec: dict[str, Any],
        table: str,
        prefix: str,
        label_vi: str,
        label_en: str,
    ) -> Iterator[Finding]:
        problems = typography_problems(pt, spec, prefix)
        if not problems:
            return
        groups: dict[Severity, list[tuple[str, str]]] = {}
        for key, vi, en in problems:
            attr = "size_pt" if key == "size" else key
            sev = severity_of(spec.get(f"{prefix}{attr}_severity"), self.severity)
            groups.setdefault(sev, []).append((vi, en))
        for sev, items in groups.items():
            yield self.report(
                ctx,
                vi=f"{label_vi} “{pt.nfc[:40]}”: {'; '.join(v for v, _ in items)}; phải "
                f"{expected(spec, prefix, 'vi')}.",
                en=f"{label_en} “{pt.nfc[:40]}”: {'; '.join(e for _, e in items)}; must be "
                f"{expected(spec, prefix, 'en')}.",
                location=location(self, pt),
                severity=sev,
                table=table,
            )


__all__ = ["PartFormatRule", "expected", "select"]
