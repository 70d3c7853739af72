"""Shared helpers of the layout, body, signature, recipient, orthography, capitalisation and
wording rules (VB150-VB199, VB2xx-VB5xx).

Rules read the model and the anatomy only. A formatting value the reader could not resolve
(None) is never reported. Text matching works on NFC text with the old and new tone placements
treated as equal (hoà/hòa).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, ClassVar

from linter.finding import Finding, Fix, Location, Severity
from linter.model import Alignment, Paragraph, Run
from linter.rule import Context, Rule

ND30 = "Nghị định 30/2020/NĐ-CP"
PL1 = f"{ND30}, Phụ lục I"

# Old (hoà) → new (hòa) tone placement on the open syllables oa, oe, uy.
TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_SECONDS: dict[str, str] = {}
for _old in TONE_PAIRS:
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

# Upper-case Vietnamese letters (for "starts with a capital" tests).
UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

MAX_PER_RULE = 10  # findings of one rule per document before the rest are summarised


def _tone_sub(m: re.Match[str]) -> str:
    src = m.group(0)
    new = TONE_PAIRS[src.lower()]
    return "".join(n.upper() if s.isupper() else n for s, n in zip(src, new, strict=True))


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """NFC, one tone placement (hòa), single spaces, stripped (cached: rules share texts)."""
    text = unicodedata.normalize("NFC", text)
    if _TONE_HINT.search(text) is not None:
        text = _TONE_RE.sub(_tone_sub, text)
    # ``split()`` cuts at the characters ``\s`` matches: runs of white space become one space
    return " ".join(text.split())


def is_upper_text(text: str) -> bool:
    """True when the text has letters and none of them is lower case."""
    letters = False
    for c in text:  # stops at the first lower-case letter (most texts: the second one)
        if c.isalpha():
            if c.islower():
                return False
            letters = True
    return letters


def num(value: float) -> str:
    """A number the Vietnamese way: 13, 12,5."""
    if abs(value - round(value)) < 0.05:
        return str(round(value))
    return f"{value:.1f}".replace(".", ",")


def num_en(value: float) -> str:
    if abs(value - round(value)) < 0.05:
        return str(round(value))
    return f"{value:.1f}"


def rng(values: Any) -> tuple[float, float] | None:
    """A [min, max] pair (or one number) from the regime data."""
    if values is None:
        return None
    if isinstance(values, int | float):
        return float(values), float(values)
    lo, hi = values
    return float(lo), float(hi)


def range_vi(pair: tuple[float, float], unit: str = "pt") -> str:
    lo, hi = pair
    return f"{num(lo)} {unit}" if lo == hi else f"từ {num(lo)} đến {num(hi)} {unit}"


def range_en(pair: tuple[float, float], unit: str = "pt") -> str:
    lo, hi = pair
    return f"{num_en(lo)} {unit}" if lo == hi else f"{num_en(lo)}–{num_en(hi)} {unit}"


def within(value: float, pair: tuple[float, float], tol: float = 0.01) -> bool:
    return pair[0] - tol <= value <= pair[1] + tol


def visible_runs(para: Paragraph) -> list[Run]:
    """Runs that show text (not blank, not hidden)."""
    return [r for r in para.runs if r.text.strip() and not getattr(r.format, "hidden", False)]


# A letter or a digit: ``\w`` is ``str.isalnum()`` plus "_" (one C-level scan per run instead of
# a Python generator over its characters).
_ALNUM = re.compile(r"[^\W_]")


def letter_runs(para: Paragraph) -> list[Run]:
    """Visible runs that carry letters or digits (not bullets or rules)."""
    # (a run with a letter is not blank: the ``visible_runs`` test is the hidden flag only)
    return [
        r
        for r in para.runs
        if not getattr(r.format, "hidden", False) and _ALNUM.search(r.text) is not None
    ]


def sizes(para: Paragraph) -> set[float]:
    return {r.format.size_pt for r in letter_runs(para) if r.format.size_pt is not None}


def all_fmt(para: Paragraph, attr: str) -> bool | None:
    """True/False when every/any letter run has the flag; None when the paragraph has none."""
    runs = letter_runs(para)
    if not runs:
        return None
    return all(getattr(r.format, attr) for r in runs)


def any_fmt(para: Paragraph, attr: str) -> bool:
    return any(getattr(r.format, attr) for r in letter_runs(para))


def cap(
    ctx: Context,
    findings: Iterable[Finding],
    limit: int = MAX_PER_RULE,
    *,
    more_vi: str = "chỗ khác cùng lỗi",
    more_en: str = "more like this",
) -> Iterator[Finding]:
    """At most ``limit`` findings; the last one says how many more were left out
    ("(và N chỗ khác cùng lỗi)", or "(và N ``more_vi``)")."""
    items = list(findings)
    if len(items) <= limit:
        yield from items
        return
    rest = len(items) - limit
    yield from items[: limit - 1]
    last = items[limit - 1]
    extra = ctx.t(f" (và {rest} {more_vi})", f" (and {rest} {more_en})")
    yield replace(last, message=last.message + extra)


class LayoutRule(Rule):
    """Base of these rules: skip normative documents; read one table of the regime data.

    ``table`` names the regime-data table the rule reads; when it is absent (or a key the rule
    needs is absent) the rule stays silent. A table may carry ``severity`` to lower the default
    severity for a regime whose fact is only [M].
    """

    table: ClassVar[str | None] = None
    skip_normative: ClassVar[bool] = True

    def applies(self, ctx: Context) -> bool:
        if not super().applies(ctx):
            return False
        if self.skip_normative and ctx.anatomy.is_normative:
            return False
        return self.table is None or bool(self.data(ctx))

    def data(self, ctx: Context) -> dict[str, Any]:
        if self.table is None:
            return {}
        node: Any = ctx.regime_data
        for key in self.table.split("."):
            node = node.get(key) if isinstance(node, dict) else None
            if node is None:
                return {}
        return node if isinstance(node, dict) else {}

    def finding(
        self,
        ctx: Context,
        vi: str,
        en: str,
        location: Location,
        *,
        fix: Fix | None = None,
        severity: Severity | None = None,
        source: str | None = None,
    ) -> Finding:
        """A Party document is judged by its own regime's data: cite that regime's clause (the
        table's ``source``) and say which regime applied and why, as the Party rules do."""
        if ctx.anatomy.family == "party":
            from linter.i18n import with_regime

            vi, en = with_regime(ctx.anatomy, vi, en)
            source = source or self.data(ctx).get("source")
        return super().finding(ctx, vi, en, location, fix=fix, severity=severity, source=source)

    def sev(self, ctx: Context, default: Severity | None = None) -> Severity:
        value = self.data(ctx).get("severity")
        if value:
            return Severity(value)
        return default or self.severity

    def para(self, ctx: Context, index: int) -> Paragraph:
        return ctx.doc.paragraphs[index]


class StateRule(LayoutRule):
    """A rule for State documents (ND 30) only."""

    families: ClassVar[frozenset[str]] = frozenset({"state"})
    regimes: ClassVar[frozenset[str] | None] = frozenset({"nd30"})


class FamilyRule(LayoutRule):
    """A rule whose numbers differ between families: it reads them from the regime data."""

    families: ClassVar[frozenset[str]] = frozenset({"state", "party"})


# -- parts -----------------------------------------------------------------------------------

_HEADING_LABEL = re.compile(r"^(Phần|Chương|Mục|Tiểu mục|PHẦN|CHƯƠNG|MỤC|TIỂU MỤC)\s+[IVXLC\d]+\b")
_ENACTING = re.compile(r"^[" + UPPER + r" ]{4,}:$")  # "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"


def part_paragraphs(ctx: Context, name: str) -> list[Paragraph]:
    """Main-story paragraphs of a part, in order."""
    out = []
    seen: set[int] = set()
    for ref in ctx.anatomy.part_list(name):
        ok = ref.story is None and 0 <= ref.paragraph < len(ctx.doc.paragraphs)
        if ok and ref.paragraph not in seen:
            seen.add(ref.paragraph)
            out.append(ctx.doc.paragraphs[ref.paragraph])
    return out


def is_heading(para: Paragraph) -> bool:
    """A structure heading or a title line rather than running text."""
    text = para.stripped
    if _HEADING_LABEL.match(text) or _ENACTING.match(text):
        return True
    if is_upper_text(text) and len(text) < 200:
        return True
    return para.format.alignment == Alignment.CENTER


def _has_letters(text: str, n: int) -> bool:
    """At least ``n`` letters in ``text``."""
    for c in text:
        if c.isalpha():
            n -= 1
            if n <= 0:
                return True
    return False


def content_paragraphs(ctx: Context) -> list[Paragraph]:
    """Nội dung paragraphs with text, outside tables (running text and headings)."""

    def build() -> list[Paragraph]:
        return [p for p in part_paragraphs(ctx, "noi_dung") if p.stripped and p.cell is None]

    result: list[Paragraph] = ctx.memo("layout.content_paragraphs", build)
    return result


def body_text_paragraphs(ctx: Context) -> list[Paragraph]:
    """Running-text paragraphs of the nội dung: not headings, not in tables, with words."""

    def build() -> list[Paragraph]:
        out = []
        for p in content_paragraphs(ctx):
            if is_heading(p) or (not letter_runs(p) and ctx.doc.has_formatting):
                continue
            if not _has_letters(p.stripped, 3):
                continue
            out.append(p)
        return out

    result: list[Paragraph] = ctx.memo("layout.body_text_paragraphs", build)
    return result


def signature_zone(ctx: Context) -> list[Paragraph]:
    """Paragraphs from the Nơi nhận / signing block to the end (or the appendices)."""
    a = ctx.anatomy
    starts = [
        r.paragraph
        for name in ("noi_nhan", "quyen_han_ky", "chuc_vu_ky", "ho_ten_ky")
        for r in a.part_list(name)
        if r.story is None
    ]
    if not starts:
        return []
    content = [r.paragraph for r in a.part_list("noi_dung") if r.story is None]
    first = min(starts)
    if content:
        first = min(first, max(content) + 1)
    last = max(starts)
    stop = min(len(ctx.doc.paragraphs), last + 12)
    return list(ctx.doc.paragraphs[first:stop])


# -- segments: one visual line of a paragraph -------------------------------------------------
# Real drafts put "Nơi nhận:" and "KT. CHỦ TỊCH" on one paragraph separated by tabs, or several
# recipients in one paragraph separated by line breaks. Rules on those blocks read segments.

_TAB_GAP = re.compile(r"\s*\t\s*")


@dataclass(frozen=True)
class Segment:
    para: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.para.text[self.start : self.end]

    @property
    def nfc(self) -> str:
        return unicodedata.normalize("NFC", self.text)

    def runs(self) -> list[Run]:
        return [r for r in letter_runs(self.para) if r.start < self.end and r.end > self.start]

    def sizes(self) -> set[float]:
        return {r.format.size_pt for r in self.runs() if r.format.size_pt is not None}

    def all_fmt(self, attr: str) -> bool | None:
        runs = self.runs()
        return all(getattr(r.format, attr) for r in runs) if runs else None

    def any_fmt(self, attr: str) -> bool:
        return any(getattr(r.format, attr) for r in self.runs())


def line_segments(para: Paragraph, which: str = "first") -> list[Segment]:
    """The lines of a paragraph (split at line breaks), each cut at its first tab gap.

    ``which`` = "first" keeps the text before the gap (the left column: Nơi nhận),
    "last" keeps the text after the last gap (the right column: the signer), "all" keeps the
    whole line.
    """
    out = []
    pos = 0
    for line in para.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        gaps = list(_TAB_GAP.finditer(line))
        if gaps and which == "first":
            end = start + gaps[0].start()
        elif gaps and which == "last":
            start = start + gaps[-1].end()
        seg_text = para.text[start:end]
        if not seg_text.strip():
            continue
        lead = len(seg_text) - len(seg_text.lstrip())
        trail = len(seg_text) - len(seg_text.rstrip())
        out.append(Segment(para, start + lead, end - trail))
    return out
