"""Shared helpers of the Party rules (VB600-VB699).

Every Party rule reads its numbers from the regime data (``rules/data/party_2017.toml``,
``party_2026.toml``): a top-level table holds the Hướng dẫn 36 presentation; for a document
presented under Hướng dẫn 05 (``Anatomy.guidance == "HD05"``) the keys of ``[hd05.<table>]``
override it. Every finding ends with the regime applied and why (``Anatomy.regime_reason``) and
cites the clause of the guidance in force (the table's ``source``).

Text matching works on NFC text with the old and new tone placements treated as equal
(uỷ/ủy, hoá/hóa); formatting values the reader could not resolve (None) are never reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from linter.finding import Finding, Fix, Location, Severity
from linter.i18n import with_regime
from linter.model import Paragraph, Run
from linter.parts import PartRef
from linter.rule import Context, Rule
from rules.elements._header import norm, paragraph_of, shown_text, span_of
from rules.layout._common import letter_runs

HD36 = "Hướng dẫn 36-HD/VPTW"
HD05 = "Hướng dẫn 05-HD/VPTW"
PARTY_REGIMES = frozenset({"party-2017", "party-2026"})

_SEVERITY = {s.value: s for s in Severity}


def severity_of(value: Any, default: Severity) -> Severity:
    """A severity named in the data ("error" | "warning" | "info"), else ``default``."""
    return _SEVERITY.get(str(value), default) if value else default


def fold_upper(text: str) -> str:
    """Upper case, NFC, new tone placement, single spaces: for comparing names."""
    return norm(text).upper()


class PartyRule(Rule):
    """Base of the Party rules: Party family, a Party regime, data from the regime file."""

    families: ClassVar[frozenset[str]] = frozenset({"party"})
    regimes: ClassVar[frozenset[str] | None] = PARTY_REGIMES
    table: ClassVar[str] = ""  # the regime-data table the rule reads (its "source" is cited)

    def data(self, ctx: Context, table: str | None = None) -> dict[str, Any]:
        """The table of the regime data, with the HD 05 overrides when HD 05 applies."""
        name = table or self.table
        base = ctx.regime_data.get(name, {})
        out: dict[str, Any] = dict(base) if isinstance(base, dict) else {}
        if ctx.anatomy.guidance == "HD05":
            extra = ctx.regime_data.get("hd05", {}).get(name, {})
            if isinstance(extra, dict):
                out.update(extra)
        return out

    def cite(self, ctx: Context, table: str | None = None) -> str:
        return str(self.data(ctx, table).get("source") or self.source)

    def report(
        self,
        ctx: Context,
        vi: str,
        en: str,
        location: Location,
        *,
        severity: Severity | None = None,
        fix: Fix | None = None,
        table: str | None = None,
        source: str | None = None,
    ) -> Finding:
        """A finding whose message ends with the regime applied and why."""
        vi, en = with_regime(ctx.anatomy, vi, en)
        return self.finding(
            ctx,
            vi=vi,
            en=en,
            location=location,
            fix=fix,
            severity=severity,
            source=source or self.cite(ctx, table),
        )


# -- parts --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartText:
    """One part's text inside its paragraph, with offsets into ``para.text``."""

    name: str
    ref: PartRef
    para: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.para.text[self.start : self.end]

    @property
    def nfc(self) -> str:
        return unicodedata.normalize("NFC", self.text).strip()

    def runs(self) -> list[Run]:
        """Runs with letters or digits overlapping the part's span (not hidden)."""
        return [r for r in letter_runs(self.para) if r.start < self.end and r.end > self.start]

    def shown(self) -> str:
        return shown_text(self.para, self.start, self.end)


def part_texts(ctx: Context, name: str) -> list[PartText]:
    """Every occurrence of a part (main story or text box) with its span."""
    out = []
    for ref in ctx.anatomy.part_list(name):
        para = paragraph_of(ctx, ref)
        if para is None:
            continue
        start, end = span_of(para, ref.text)
        out.append(PartText(name, ref, para, start, end))
    return out


def first_part(ctx: Context, name: str) -> PartText | None:
    found = part_texts(ctx, name)
    return found[0] if found else None


def location(
    rule: Rule, pt: PartText, start: int | None = None, end: int | None = None
) -> Location:
    lo = pt.start if start is None else start
    hi = pt.end if end is None else end
    loc = rule.at(pt.para, lo, hi, part=pt.name)
    return loc


def noi_nhan_lines(ctx: Context) -> tuple[PartText | None, list[PartText]]:
    """(the "Nơi nhận:" label, the recipient lines)."""
    items = part_texts(ctx, "noi_nhan")
    if items and norm(items[0].nfc).lower().startswith("nơi nhận"):
        return items[0], items[1:]
    return None, items


def kinh_gui_lines(ctx: Context) -> tuple[PartText | None, list[PartText]]:
    """(the "Kính gửi:"/"Kính trình:" line, the recipient lines after it)."""
    items = part_texts(ctx, "kinh_gui")
    if items:
        first = items[0]
        m = _KINH.match(first.text)
        if m is not None:
            # "Kính gửi: Ban Thường vụ …" on one line: the label is only the words and colon.
            label = PartText(first.name, first.ref, first.para, first.start, first.start + m.end())
            return label, items[1:]
    return None, items


_KINH = re.compile(r"^\s*K[íÍ]nh\s+(?:g[ửỬ]i|tr[ìÌ]nh)\s*:?", re.IGNORECASE)


_SEG_SPLIT = re.compile(r"\t+|\n+| {3,}")


def header_segments(ctx: Context) -> list[PartText]:
    """Lines of the header area (before the title or body; text boxes too), cut at tabs, line
    breaks and runs of spaces, as pseudo-parts named "header"."""
    a = ctx.anatomy
    starts = [
        r.paragraph
        for name in ("ten_loai", "kinh_gui", "can_cu", "noi_dung")
        for r in a.part_list(name)
        if r.story is None
    ]
    limit = min([*starts, 20])
    paras = [*ctx.doc.paragraphs[:limit], *ctx.doc.textboxes[:12]]
    out = []
    for para in paras:
        pos = 0
        for piece in _SEG_SPLIT.split(para.text):
            start = para.text.find(piece, pos) if piece else pos
            pos = start + len(piece)
            core = piece.strip()
            if not core:
                continue
            lead = len(piece) - len(piece.lstrip())
            story = None if para.story.value == "body" else para.story.value
            ref = PartRef(text=core, paragraph=para.index, story=story)
            out.append(PartText("header", ref, para, start + lead, start + lead + len(core)))
    return out


# -- sizes ----------------------------------------------------------------------------------------


def bounds(value: Any) -> tuple[float, float] | None:
    if value is None:
        return None
    if isinstance(value, int | float):
        return float(value), float(value)
    lo, hi = value
    return float(lo), float(hi)


def fmt_pt(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def fmt_bounds(pair: tuple[float, float], lang: str = "vi") -> str:
    lo, hi = pair
    one = fmt_pt if lang == "vi" else (lambda v: f"{v:g}")
    return one(lo) if lo == hi else f"{one(lo)}–{one(hi)}"


def bad_sizes(runs: Iterable[Run], pair: tuple[float, float]) -> list[float]:
    return sorted(
        {
            r.format.size_pt
            for r in runs
            if r.format.size_pt is not None
            and not (pair[0] - 0.01 <= r.format.size_pt <= pair[1] + 0.01)
        }
    )


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(not c.islower() for c in letters)


# -- a generic check of one part's typography ------------------------------------------------------

_STYLE_VI = {"bold": "đậm", "italic": "nghiêng", "underline": "gạch chân"}
_STYLE_EN = {"bold": "bold", "italic": "italic", "underline": "underlined"}


def typography_problems(
    pt: PartText, spec: dict[str, Any], prefix: str = ""
) -> list[tuple[str, str, str]]:
    """Problems of a part against a data table: (key, vi, en) per deviation.

    ``spec`` keys (after stripping ``prefix``): size_pt ([min, max] or one number), bold, italic,
    underline (True = required, False = forbidden, absent = not checked), caps (shown in capitals).
    """

    def get(key: str) -> Any:
        return spec.get(prefix + key)

    runs = pt.runs()
    if not runs:
        return []
    out: list[tuple[str, str, str]] = []
    pair = bounds(get("size_pt"))
    if pair is not None:
        bad = bad_sizes(runs, pair)
        if bad:
            out.append(
                (
                    "size",
                    f"cỡ chữ {', '.join(fmt_pt(v) for v in bad)} (phải {fmt_bounds(pair)})",
                    f"size {', '.join(f'{v:g}' for v in bad)} pt (must be "
                    f"{fmt_bounds(pair, 'en')} pt)",
                )
            )
    for attr in ("bold", "italic", "underline"):
        want = get(attr)
        if want is None:
            continue
        flags = [bool(getattr(r.format, attr)) for r in runs]
        if want and not all(flags):
            out.append((attr, f"không {_STYLE_VI[attr]}", f"not {_STYLE_EN[attr]}"))
        elif not want and any(flags):
            out.append((attr, f"in {_STYLE_VI[attr]}", f"{_STYLE_EN[attr]}"))
    if get("caps") and not is_upper(pt.shown()):
        out.append(("caps", "không viết in hoa", "not in capitals"))
    return out


__all__ = [
    "HD05",
    "HD36",
    "PARTY_REGIMES",
    "PartText",
    "PartyRule",
    "bad_sizes",
    "bounds",
    "first_part",
    "fmt_bounds",
    "fmt_pt",
    "fold_upper",
    "is_upper",
    "kinh_gui_lines",
    "location",
    "noi_nhan_lines",
    "part_texts",
    "severity_of",
    "typography_problems",
]
