"""Shared helpers of the State header and opening rules (VB100-VB149).

Text matching works on NFC text with the old and new tone placements treated as equal
(hoà/hòa, uỷ/ủy, thoả/thỏa) and whitespace collapsed. Formatting is read from the model's
resolved run formats; a value the reader could not resolve (None) is never reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Literal

from linter.finding import Finding, Location, Severity
from linter.model import Alignment, Paragraph, Run, Shape, Story
from linter.parts import PartRef
from linter.rule import Context, Rule

SOURCE_PL1 = "Nghị định 30/2020/NĐ-CP, Phụ lục I"

# Old (hoà) → new (hòa) tone placement on the open syllables oa, oe, uy.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_SECONDS: dict[str, str] = {}
for _old in _TONE_PAIRS:
    _SECONDS[_old[0]] = _SECONDS.get(_old[0], "") + _old[1]
# The old spellings, grouped by their first letter ("o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]"): the same strings as
# the alternation of the 15 pairs, searched about 4 times faster.
_TONE_RE = re.compile(
    "(" + "|".join(f"{re.escape(f)}[{s}]" for f, s in _SECONDS.items()) + ")(?![a-zà-ỹđ])",
    re.IGNORECASE,
)
# Every old spelling is an "o" or "u" (either case) before one of these letters (checked against
# every code point the case-blind pattern accepts): a text without such a pair, nearly every
# paragraph, skips the case-blind search, which costs about eight times more.
_TONE_HINT = re.compile(
    "[oOuU]["
    + "".join(sorted({c for s in _SECONDS.values() for ch in s for c in (ch, ch.upper())}))
    + "]"
)


def _tone_sub(m: re.Match[str]) -> str:
    src = m.group(0)
    new = _TONE_PAIRS[src.lower()]
    return "".join(n.upper() if s.isupper() else n for s, n in zip(src, new, strict=True))


def norm(text: str) -> str:
    """NFC, new tone placement, single spaces, stripped."""
    text = unicodedata.normalize("NFC", text)
    if _TONE_HINT.search(text) is not None:
        text = _TONE_RE.sub(_tone_sub, text)
    # ``split()`` cuts at the characters ``\s`` matches: runs of white space become one space
    return " ".join(text.split())


class StateElementRule(Rule):
    """Base of the State header rules: State family, ND 30 regime, not a normative document."""

    families: ClassVar[frozenset[str]] = frozenset({"state"})
    regimes: ClassVar[frozenset[str] | None] = frozenset({"nd30"})
    skip_normative: ClassVar[bool] = True

    def applies(self, ctx: Context) -> bool:
        if not super().applies(ctx):
            return False
        return not (self.skip_normative and ctx.anatomy.is_normative)

    @staticmethod
    def data(ctx: Context, table: str) -> dict[str, Any]:
        value = ctx.regime_data.get(table, {})
        return value if isinstance(value, dict) else {}

    def element(self, ctx: Context, name: str) -> Element | None:
        """The part ``name`` with its span and location, None when the anatomy has none."""
        found = part(ctx, name)
        if found is None:
            return None
        ref, para = found
        start, end = span_of(para, ref.text)
        return Element(ref, para, start, end, self.at(para, start, end, part=name))

    def typography(
        self,
        ctx: Context,
        checks: Iterable[Size | Style | Centred],
        data: dict[str, Any],
        runs: list[Run],
        loc: Location,
        para: Paragraph | None = None,
        span: tuple[int, int] | None = None,
    ) -> Iterator[Finding]:
        """One finding per check the runs (and, for :class:`Centred`, ``para``) fail, in order.

        Message templates are ``str.format`` strings: ``{got}``/``{want}`` for sizes,
        ``{align}`` for the alignment.
        """
        for check in checks:
            if isinstance(check, Size):
                bounds = data.get(check.key)
                if bounds is None:
                    continue
                bad = out_of_range(sizes(runs), bounds)
                if not bad:
                    continue
                words = {"got": ", ".join(fmt_size(v) for v in bad), "want": fmt_range(bounds)}
            elif isinstance(check, Style):
                if (
                    check.key is not None
                    and bool(data.get(check.key, check.wanted)) != check.wanted
                ):
                    continue
                marked = [getattr(r.format, check.attr) for r in runs]
                if all(marked) if check.wanted else not any(marked):
                    continue
                words = {}
            else:
                assert para is not None
                if not data.get(check.key, True) or "\t" in para.text:
                    continue
                alone = span is None or para.stripped == para.text[span[0] : span[1]].strip()
                if check.alone and not alone:
                    continue
                if centred(para) is not False:
                    continue
                assert para.format.alignment is not None
                words = {"align": para.format.alignment.value}
            yield self.finding(
                ctx,
                vi=check.vi.format(**words),
                en=check.en.format(**words),
                location=loc,
                severity=check.severity,
            )

    def line_below(
        self,
        ctx: Context,
        para: Paragraph,
        last: Paragraph,
        spans: Iterable[tuple[Paragraph, int, int]],
        ratio_bounds: Sequence[float],
        loc: Location,
        messages: LineMessages,
        **names: str,
    ) -> Iterator[Finding]:
        """The line drawn under an element: missing, not solid, or of the wrong length.

        ``last`` is the element's last paragraph (where the line is looked for), ``spans`` the
        text whose longest printed line the line is measured against, ``names`` extra template
        fields. Templates get ``{style}``/``{what}`` (how the line is drawn) and
        ``{width}``/``{ratio}``/``{text_width}``.
        """
        line = find_rule_below(ctx, last)
        if line.kind == "none":
            yield self.finding(
                ctx,
                vi=messages.missing_vi.format(**names),
                en=messages.missing_en.format(**names),
                location=loc,
            )
            return
        if not line.solid:
            what = f"“{line.style}”" if line.kind == "typed" else f"kiểu “{line.style}”"
            words = {"style": line.style, "what": what, **names}
            yield self.finding(
                ctx,
                vi=messages.dashed_vi.format(**words),
                en=messages.dashed_en.format(**words),
                location=self.at(line.paragraph) if line.paragraph is not None else loc,
                severity=Severity.WARNING,
            )
            return
        width = line.width_mm if line.kind == "shape" else typed_line_width_mm(line)
        widths = [w for p, lo, hi in spans if (w := line_text_width_mm(p, lo, hi))]
        if width is None or not widths:
            return
        text_width = max(widths)
        lo, hi = ratio_bounds
        if text_width > container_width_mm(ctx, para):
            return  # the text wraps: its printed length is unknown
        ratio = width / text_width
        if ratio < lo or ratio > hi:
            words = {"width": width, "ratio": ratio, "text_width": text_width, **names}
            yield self.finding(
                ctx,
                vi=messages.length_vi.format(**words),
                en=messages.length_en.format(**words),
                location=loc,
                severity=Severity.WARNING,
            )


class IssuedBlankRule(StateElementRule):
    """An element an issued document must fill in (drafts may leave it blank)."""

    blank_vi: ClassVar[str]  # templates with ``{raw}``, the element as typed
    blank_en: ClassVar[str]

    def blank(self, ctx: Context) -> tuple[str, Location] | None:
        """The element as typed and where it is, when it is still blank."""
        raise NotImplementedError

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.issued:
            return
        found = self.blank(ctx)
        if found is None:
            return
        raw, loc = found
        yield self.finding(
            ctx, vi=self.blank_vi.format(raw=raw), en=self.blank_en.format(raw=raw), location=loc
        )


# -- an element's typography, declared as data -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Element:
    """A header part located in its paragraph."""

    ref: PartRef
    para: Paragraph
    start: int
    end: int
    location: Location

    @property
    def runs(self) -> list[Run]:
        return visible_runs(self.para, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Size:
    """The size must lie within the bounds at ``data[key]`` (no check when absent)."""

    key: str
    vi: str
    en: str
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Style:
    """Every run must have ``attr`` (``wanted``), or none may. ``data[key]`` (default
    ``wanted``) turns the check off when it says otherwise; ``key=None``: always checked."""

    attr: Literal["bold", "italic"]
    wanted: bool
    key: str | None
    vi: str
    en: str
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Centred:
    """The paragraph must be centred (unless ``data[key]`` is false or tabs position it);
    ``alone``: only judged when the paragraph holds the element alone."""

    vi: str
    en: str
    key: str = "centred"
    alone: bool = False
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class LineMessages:
    """Templates of :meth:`StateElementRule.line_below`."""

    missing_vi: str
    missing_en: str
    dashed_vi: str
    dashed_en: str
    length_vi: str
    length_en: str


# -- paragraphs of parts ------------------------------------------------------------------------


def paragraph_of(ctx: Context, ref: PartRef) -> Paragraph | None:
    """The paragraph a part points at (main story, or the text-box story)."""
    pool: tuple[Paragraph, ...]
    pool = ctx.doc.textboxes if ref.story == "textbox" else ctx.doc.paragraphs
    if 0 <= ref.paragraph < len(pool) and pool[ref.paragraph].index == ref.paragraph:
        return pool[ref.paragraph]
    for para in pool:
        if para.index == ref.paragraph:
            return para
    return None


def part(ctx: Context, name: str) -> tuple[PartRef, Paragraph] | None:
    ref = ctx.anatomy.part(name)
    if ref is None:
        return None
    para = paragraph_of(ctx, ref)
    return (ref, para) if para is not None else None


def parts(ctx: Context, name: str) -> list[tuple[PartRef, Paragraph]]:
    out = []
    for ref in ctx.anatomy.part_list(name):
        para = paragraph_of(ctx, ref)
        if para is not None:
            out.append((ref, para))
    return out


def span_of(para: Paragraph, text: str) -> tuple[int, int]:
    """Offsets (into ``para.text``) of a part's text inside its paragraph; whole text if absent."""
    needle = unicodedata.normalize("NFC", text).strip()
    hay = para.nfc
    pos = hay.find(needle) if needle else -1
    if pos < 0:
        stripped = para.text.strip()
        start = para.text.find(stripped) if stripped else 0
        return start, start + len(stripped)
    return para.to_original_offset(pos), para.to_original_offset(pos + len(needle))


def visible_runs(para: Paragraph, start: int | None = None, end: int | None = None) -> list[Run]:
    """Runs with letters or digits overlapping [start, end) (the whole paragraph by default).

    Runs of spaces or punctuation only (a non-bold hyphen in the motto) are not judged.
    """
    lo = 0 if start is None else start
    hi = len(para.text) if end is None else end
    return [
        r
        for r in para.runs
        if r.start < hi and r.end > lo and not r.format.hidden and any(c.isalnum() for c in r.text)
    ]


def shown_text(para: Paragraph, start: int, end: int) -> str:
    """The text as Word shows it: runs with caps formatting appear in upper case."""
    chars = list(para.text[start:end])
    for run in para.runs:
        if not (run.format.caps or run.format.small_caps):
            continue
        for i in range(max(run.start, start), min(run.end, end)):
            chars[i - start] = chars[i - start].upper()
    return "".join(chars)


def sizes(runs: Iterable[Run]) -> set[float]:
    return {r.format.size_pt for r in runs if r.format.size_pt is not None}


def out_of_range(values: set[float], bounds: Any) -> list[float]:
    """Sizes outside ``bounds`` (a [lo, hi] list or a single number), sorted."""
    if isinstance(bounds, (int, float)):
        lo = hi = float(bounds)
    else:
        lo, hi = float(bounds[0]), float(bounds[1])
    return sorted(v for v in values if v < lo - 0.01 or v > hi + 0.01)


def fmt_size(value: float) -> str:
    return f"{value:g}"


def fmt_range(bounds: Any) -> str:
    if isinstance(bounds, (int, float)):
        return fmt_size(float(bounds))
    lo, hi = float(bounds[0]), float(bounds[1])
    return fmt_size(lo) if lo == hi else f"{fmt_size(lo)}–{fmt_size(hi)}"


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def centred(para: Paragraph) -> bool | None:
    """True/False when the alignment is known, None when the reader could not resolve it."""
    alignment = para.format.alignment
    if alignment is None:
        return None
    return alignment in (Alignment.CENTER, Alignment.DISTRIBUTE)


# -- text widths (no layout engine: Liberation Serif metrics, = Times New Roman) ---------------


@cache
def _width_table() -> dict[str, dict[str, int]]:
    from rules.data import load_table

    raw = load_table("times_widths")
    table: dict[str, dict[str, int]] = {}
    for style, groups in raw.items():
        table[style] = {ch: int(width) for width, chars in groups.items() for ch in chars}
    return table


def text_width_mm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """Estimated printed width of one line of Times New Roman text."""
    style = {
        (False, False): "regular",
        (True, False): "bold",
        (False, True): "italic",
        (True, True): "bold_italic",
    }[(bold, italic)]
    widths = _width_table()[style]
    total = 0
    for ch in unicodedata.normalize("NFC", text):
        w = widths.get(ch)
        if w is None:
            base = unicodedata.normalize("NFD", ch)[:1]
            w = widths.get(base, 500)
        total += w
    return total / 1000 * size_pt * 25.4 / 72


def line_text_width_mm(para: Paragraph, start: int, end: int) -> float | None:
    """Width of the part's text using its runs' sizes and weights; None if sizes are unknown."""
    total = 0.0
    seen = False
    for run in para.runs:
        lo, hi = max(run.start, start), min(run.end, end)
        if lo >= hi or run.format.size_pt is None:
            continue
        seen = True
        piece = shown_text(para, lo, hi)
        total += text_width_mm(
            piece, run.format.size_pt, bold=run.format.bold, italic=run.format.italic
        )
    return total if seen else None


# -- the line drawn under a header element ------------------------------------------------------

_TYPED_SOLID = re.compile(r"^[_\u2014\u2015\u2500\u2501]{3,}$")
_TYPED_DASHED = re.compile(r"^[-\u2013.·=~* ]{3,}$")
_SOLID_BORDERS = {"single", "thick", "double", "thinThickSmallGap", "thickThinSmallGap"}


@dataclass(frozen=True, slots=True)
class RuleLine:
    kind: str  # "shape" | "border" | "typed" | "none"
    solid: bool = True
    width_mm: float | None = None
    paragraph: Paragraph | None = None  # where a typed line or border is
    style: str = ""  # border style or typed text


def _same_cell(a: Paragraph, b: Paragraph) -> bool:
    if a.cell is None or b.cell is None:
        return a.cell is None and b.cell is None
    return (a.cell.table, a.cell.row, a.cell.col) == (b.cell.table, b.cell.row, b.cell.col)


def _cell_below(anchor: Paragraph, para: Paragraph) -> bool:
    """Real headers often anchor the line in the cell of the next row, same column."""
    a, p = anchor.cell, para.cell
    if a is None or p is None:
        return False
    return (a.table, a.col, a.row) == (p.table, p.col, p.row + 1)


def _pool(ctx: Context, para: Paragraph) -> tuple[Paragraph, ...]:
    return ctx.doc.textboxes if para.story == Story.TEXTBOX else ctx.doc.paragraphs


def line_shapes(ctx: Context, para: Paragraph, below: int = 2) -> list[Shape]:
    """Line-like shapes anchored in the paragraph's cell, or within ``below`` paragraphs of it."""
    if para.story not in (Story.BODY, Story.TEXTBOX):
        return []
    pool = _pool(ctx, para)
    by_index = {p.index: p for p in pool}
    out = []
    for shape in ctx.doc.shapes:
        if shape.paragraph is None or shape.story != para.story:
            continue
        if not _line_like(shape):
            continue
        anchor = by_index.get(shape.paragraph)
        if anchor is None:
            continue
        if para.cell is not None:
            near = _same_cell(anchor, para) and anchor.index >= para.index - 3
            if near or _cell_below(anchor, para):
                out.append(shape)
        elif para.index - 1 <= anchor.index <= para.index + below:
            out.append(shape)
    return out


def _line_like(shape: Shape) -> bool:
    if shape.kind == "line":
        return True
    if shape.kind in ("other", "rect") and shape.height_mm is not None:
        return shape.height_mm <= 1.5 and (shape.width_mm or 0) >= 5
    return False


def find_rule_below(ctx: Context, para: Paragraph) -> RuleLine:
    """How the line under ``para`` is drawn, if at all.

    Accepted forms (spec §4.1 notes): a drawn line shape, a bottom border on the paragraph (or a
    top border on the next one), or a typed line of underscores. A typed run of hyphens or dots
    is reported as not solid; a dashed/dotted border or shape likewise.
    """
    border = para.format.border_bottom
    if border is not None and border.style not in ("nil", "none"):
        return RuleLine("border", solid=border.style in _SOLID_BORDERS, paragraph=para,
                        style=border.style)  # fmt: skip
    pool = _pool(ctx, para)
    position = next((i for i, p in enumerate(pool) if p.index == para.index), None)
    nxt: list[Paragraph] = []
    if position is not None:
        for p in pool[position + 1 : position + 3]:
            if not _same_cell(p, para):
                break
            nxt.append(p)
            typed = _TYPED_SOLID.match(p.stripped.replace(" ", "")) or _TYPED_DASHED.match(
                p.stripped
            )
            if p.stripped and not typed:
                break
    for p in nxt:
        top = p.format.border_top
        if top is not None and top.style not in ("nil", "none") and not p.stripped:
            return RuleLine("border", solid=top.style in _SOLID_BORDERS, paragraph=p,
                            style=top.style)  # fmt: skip
        text = p.stripped.replace(" ", "")
        if text and _TYPED_SOLID.match(text):
            return RuleLine("typed", solid=True, paragraph=p, style=p.stripped)
        if text and _TYPED_DASHED.match(p.stripped) and len(text) >= 3:
            return RuleLine("typed", solid=False, paragraph=p, style=p.stripped)
        if p.stripped:
            break
        b = p.format.border_bottom
        if b is not None and b.style not in ("nil", "none") and not p.stripped:
            return RuleLine("border", solid=b.style in _SOLID_BORDERS, paragraph=p,
                            style=b.style)  # fmt: skip
    shapes = line_shapes(ctx, para)
    if shapes:
        widths = [s.width_mm for s in shapes if s.width_mm]
        # The shape nearest in width to the text is the most likely the line under it.
        return RuleLine("shape", width_mm=widths[0] if len(widths) == 1 else None)
    # A drawing we could not classify in the next empty paragraph: assume it is the line.
    if any(p.has_drawing for p in [para, *nxt]):
        return RuleLine("shape")
    return RuleLine("none")


def typed_line_width_mm(line: RuleLine) -> float | None:
    para = line.paragraph
    if para is None or line.kind != "typed":
        return None
    return line_text_width_mm(para, 0, len(para.text))


# -- the "Số: 15/QĐ-UBND" line --------------------------------------------------------------------

_ALNUM = "A-Za-zÀ-ỹĐđ0-9"
_NUMBER = re.compile(
    r"(?P<label>\bS[ốỐ]|\bSỐ)(?P<colon>[ \t]*[:;.]?)(?P<gap>[ \t.…_]*)(?P<so>\d+)?"
    rf"(?P<sym>[ \t]*/[ \t]*[{_ALNUM}]+(?:[ \t]*[-/.][ \t]*[{_ALNUM}]+)*)?"
)
_GROUP = re.compile(rf"[{_ALNUM}]+")


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """Offsets (into ``Paragraph.text``) of the pieces of a "Số: …/…-…" line."""

    para: Paragraph
    label: tuple[int, int]  # "Số"
    colon: str  # what follows "Số" before the number ("", ":", " :", ";")
    colon_span: tuple[int, int]
    so: str | None
    so_span: tuple[int, int] | None
    sym: str  # "/QĐ-UBND" as typed (may contain spaces), "" when absent
    sym_span: tuple[int, int]
    groups: tuple[tuple[str, int, int], ...]  # each letter/digit group of the symbol with offsets
    year: str | None  # a 4-digit year right after the first "/"


def parse_number(para: Paragraph, ref_text: str) -> NumberSpan | None:
    lo, _hi = span_of(para, ref_text)
    text = para.nfc
    start = len(unicodedata.normalize("NFC", para.text[:lo]))
    m = _NUMBER.search(text, start)
    if m is None or m.start() > start + 3:
        m = _NUMBER.search(text)
    if m is None:
        return None

    def o(i: int) -> int:
        return para.to_original_offset(i)

    groups = []
    year = None
    if m.group("sym"):
        base = m.start("sym")
        for g in _GROUP.finditer(m.group("sym")):
            groups.append((g.group(0), o(base + g.start()), o(base + g.end())))
        if groups and re.fullmatch(r"(19|20)\d\d", groups[0][0]) and len(groups) > 1:
            year = groups[0][0]
    return NumberSpan(
        para=para,
        label=(o(m.start("label")), o(m.end("label"))),
        colon=m.group("colon"),
        colon_span=(o(m.start("colon")), o(m.end("colon"))),
        so=m.group("so"),
        so_span=(o(m.start("so")), o(m.end("so"))) if m.group("so") else None,
        sym=m.group("sym") or "",
        sym_span=(o(m.start("sym")), o(m.end("sym")))
        if m.group("sym")
        else (o(m.end()), o(m.end())),
        groups=tuple(groups),
        year=year,
    )


def number_of(ctx: Context) -> NumberSpan | None:
    found = part(ctx, "so_ky_hieu")
    if found is None:
        return None
    ref, para = found
    return parse_number(para, ref.text)


# -- the "Lâm Đồng, ngày 05 tháng 01 năm 2026" line ---------------------------------------------

_BLANK = r"[ \t.…_]*"
_DATE_WORDS = re.compile(
    r"(?P<ngay>\b[Nn]gày)[ \t]*(?P<d>\d{1,3}|" + _BLANK + r")[ \t]*"
    r"(?P<thang>\b[Tt]háng)[ \t]*(?P<m>\d{1,3}|" + _BLANK + r")[ \t]*"
    r"(?P<nam>\b[Nn]ăm)[ \t]*(?P<y>\d{4}|" + _BLANK + r")"
)
_DATE_SLASH = re.compile(r"(?:\d{1,2}|[.…_ ]+)\s*/\s*(?:\d{1,2}|[.…_ ]+)\s*/\s*(?:\d{4}|\d{2})\b")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """Offsets (into ``Paragraph.text``) of the pieces of a date line."""

    para: Paragraph
    start: int
    end: int
    place: str
    place_span: tuple[int, int]
    comma: bool
    words: bool  # "ngày … tháng … năm …" form
    day: str | None = None
    day_span: tuple[int, int] | None = None
    month: str | None = None
    month_span: tuple[int, int] | None = None
    year: str | None = None
    keyword_spans: tuple[tuple[int, int], ...] = ()
    slash: tuple[int, int] | None = None  # a "05/01/2026" date instead of the words


def parse_date(para: Paragraph, ref_text: str) -> DateSpan | None:
    lo, hi = span_of(para, ref_text)
    nlo = len(unicodedata.normalize("NFC", para.text[:lo]))
    nhi = len(unicodedata.normalize("NFC", para.text[:hi]))
    text = para.nfc

    def o(i: int) -> int:
        return para.to_original_offset(i)

    m = _DATE_WORDS.search(text, nlo, nhi)
    if m is not None:
        head = text[nlo : m.start()]
        if "\t" in head:
            nlo += head.rindex("\t") + 1
            head = text[nlo : m.start()]
        place = head.rstrip(" \t,")
        comma = head.rstrip(" \t").endswith(",")
        pstart = nlo + (len(place) - len(place.lstrip()))
        day = m.group("d").strip() if m.group("d").strip(" \t.…_") else None
        month = m.group("m").strip() if m.group("m").strip(" \t.…_") else None
        year = m.group("y").strip() if m.group("y").strip(" \t.…_") else None
        return DateSpan(
            para=para,
            start=o(nlo),
            end=o(m.end()),
            place=place.strip(),
            place_span=(o(pstart), o(nlo + len(place))),
            comma=comma,
            words=True,
            day=day,
            day_span=(o(m.start("d")), o(m.end("d"))) if day else None,
            month=month,
            month_span=(o(m.start("m")), o(m.end("m"))) if month else None,
            year=year,
            keyword_spans=tuple((o(m.start(g)), o(m.end(g))) for g in ("ngay", "thang", "nam")),
        )
    s = _DATE_SLASH.search(text, nlo, nhi)
    if s is None:
        return None
    head = text[nlo : s.start()]
    if "\t" in head:
        nlo += head.rindex("\t") + 1
        head = text[nlo : s.start()]
    head_core = re.sub(r"[Nn]gày\s*$", "", head.rstrip()).rstrip()
    place = head_core.rstrip(" \t,")
    return DateSpan(
        para=para,
        start=o(nlo),
        end=o(s.end()),
        place=place.strip(),
        place_span=(o(nlo), o(nlo + len(place))),
        comma=head_core.endswith(","),
        words=False,
        slash=(o(s.start()), o(s.end())),
    )


def date_of(ctx: Context) -> DateSpan | None:
    """The date line the anatomy named, else one found in the header area (a malformed line
    such as "Hà Nội Ngày 05 Tháng 01 Năm 2026" that the anatomy did not recognise)."""
    found = part(ctx, "dia_danh_ngay_thang")
    if found is not None:
        ref, para = found
        return parse_date(para, ref.text)
    return ctx.memo("header.date_fallback", lambda: _date_in_header(ctx))


def _date_in_header(ctx: Context) -> DateSpan | None:
    limit = 15
    for name in ("ten_loai", "trich_yeu", "kinh_gui", "can_cu"):
        ref = ctx.anatomy.part(name)
        if ref is None or ref.story is not None or ref.paragraph >= len(ctx.doc.paragraphs):
            continue
        if ctx.doc.paragraphs[ref.paragraph].cell is None:  # below the header table
            limit = min(limit, ref.paragraph)
    candidates = [p for p in ctx.doc.paragraphs[:limit]] + list(ctx.doc.textboxes[:12])
    for para in candidates:
        if not para.stripped or not _DATE_WORDS.search(para.nfc):
            continue
        date = parse_date(para, para.text)
        if date is not None and date.words and date.year:
            return date
    return None


# -- applicability and layout estimates ---------------------------------------------------------

# The 29 administrative types of Điều 7 (PL III abbreviations, plus công văn and thư công).
ADMIN_TYPES = frozenset(
    {
        "nghi_quyet", "quyet_dinh", "chi_thi", "quy_che", "quy_dinh", "thong_cao", "thong_bao",
        "huong_dan", "chuong_trinh", "ke_hoach", "phuong_an", "de_an", "du_an", "bao_cao",
        "bien_ban", "to_trinh", "hop_dong", "cong_dien", "ban_ghi_nho", "ban_thoa_thuan",
        "giay_uy_quyen", "giay_moi", "giay_gioi_thieu", "giay_nghi_phep", "phieu_gui",
        "phieu_chuyen", "phieu_bao", "cong_van", "thu_cong",
    }
)  # fmt: skip

# A header column is rarely wider than this: a longer line has wrapped, its printed length is
# unknown and the line under it cannot be compared with it.
HEADER_COLUMN_MAX_MM = 75.0


def container_width_mm(ctx: Context, para: Paragraph) -> float:
    """The widest a single printed line of ``para`` can be (type area, or a header column)."""
    if para.cell is not None or para.story == Story.TEXTBOX:
        return HEADER_COLUMN_MAX_MM
    sections = ctx.doc.sections
    if 0 <= para.section < len(sections):
        s = sections[para.section]
        if s.page_width_mm and s.margin_left_mm is not None and s.margin_right_mm is not None:
            indent = (para.format.indent_left_mm or 0) + (para.format.indent_right_mm or 0)
            return s.page_width_mm - s.margin_left_mm - s.margin_right_mm - indent
    return 165.0


_BODY_OPENERS = ("Căn cứ", "Kính gửi", "Thực hiện", "Theo ", "Xét ", "Để ", "Ngày ", "Phần ",
                 "Chương ", "Điều ", "I.", "1.", "(Kèm theo")  # fmt: skip


def subject_after_title(ctx: Context) -> Paragraph | None:
    """A trích yếu the anatomy did not name: the first line after the tên loại (skipping at most
    one blank line) that reads like one (bold or centred, not a body opener, not capitals)."""
    found = part(ctx, "ten_loai")
    if found is None:
        return None
    _ref, title = found
    pool = _pool(ctx, title)
    position = next((i for i, p in enumerate(pool) if p.index == title.index), None)
    if position is None:
        return None
    blanks = 0
    for p in pool[position + 1 : position + 4]:
        text = p.stripped
        if not text:
            blanks += 1
            if blanks > 1:
                return None
            continue
        if text.startswith(_BODY_OPENERS) or is_upper(text):
            return None
        if not ctx.doc.has_formatting or p.all_runs("bold") or centred(p):
            return p
        return None
    return None
