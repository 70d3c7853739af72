"""Word auto-numbering: the visible label of a numbered paragraph.

Rebuilt from ``word/numbering.xml`` the way Word shows it: abstract numbering levels
(``lvlText`` "%1.%2.", ``numFmt``, ``start``), numbering instances with ``lvlOverride`` /
``startOverride``, ``numStyleLink`` / ``styleLink`` indirection, counters that restart when a
higher level advances (``lvlRestart``), legal numbering (``isLgl``). Instances of the same
abstract numbering share their counters (Word continues such lists) unless the instance
restarts a level with ``startOverride``.

Word's ``lowerLetter`` is a, b, c, d, e … (no Vietnamese "đ"): the label reproduces what
Word shows, not what a Vietnamese drafter would type by hand.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from linter.styles import Props, StyleSheet, W, parse_ppr, parse_rpr, w

_VAL = w("val")
_PUA_BULLET = "•"
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings", "zapf")


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = "%1."
    restart: int | None = None  # w:lvlRestart (1-based level after which to restart); None = any
    legal: bool = False
    font: str | None = None
    pstyle: str | None = None
    ppr: Props = field(default_factory=dict)


@dataclass
class _Abstract:
    id: str
    level_els: dict[int, etree._Element] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)  # parsed on first use
    num_style_link: str | None = None
    style_link: str | None = None


@dataclass
class _Num:
    abstract_id: str
    overrides: dict[int, Level] = field(default_factory=dict)
    start_overrides: dict[int, int] = field(default_factory=dict)


def _level(el: etree._Element, styles: StyleSheet) -> Level:
    lvl = Level()
    start = el.find(w("start"))
    if start is not None:
        try:
            lvl.start = int(start.get(_VAL) or 1)
        except ValueError:
            lvl.start = 1
    fmt = el.find(w("numFmt"))
    if fmt is not None:
        lvl.fmt = fmt.get(_VAL) or "decimal"
    text = el.find(w("lvlText"))
    lvl.text = text.get(_VAL) if text is not None else None
    if text is not None and lvl.text is None:
        lvl.text = ""
    restart = el.find(w("lvlRestart"))
    if restart is not None:
        try:
            lvl.restart = int(restart.get(_VAL) or 0)
        except ValueError:
            lvl.restart = None
    legal = el.find(w("isLgl"))
    lvl.legal = legal is not None and legal.get(_VAL) not in ("0", "false", "off")
    pstyle = el.find(w("pStyle"))
    lvl.pstyle = pstyle.get(_VAL) if pstyle is not None else None
    rpr = parse_rpr(el.find(w("rPr")), styles.theme)
    lvl.font = rpr.get("font_ascii") or rpr.get("font_hAnsi")
    lvl.ppr = parse_ppr(el.find(w("pPr")))
    return lvl


def _roman(n: int) -> str:
    if n <= 0 or n > 3999:
        return str(n)
    out = []
    for value, sym in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa.. (repeated letter, not base 26)."""
    if n <= 0 or n > 780:  # Word stops at 780 (zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz)
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word ``numFmt``."""
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def bullet_text(text: str, font: str | None) -> str:
    """A bullet's lvlText as shown: symbol-font and private-use characters become "•"."""
    if not text:
        return ""
    symbol_font = bool(font) and font.lower().startswith(_SYMBOL_FONTS)
    out = []
    for ch in text:
        code = ord(ch)
        if 0xE000 <= code <= 0xF8FF or (symbol_font and ch not in "-–—"):
            out.append(_PUA_BULLET)
        else:
            out.append(ch)
    return "".join(out)


_Lazy = etree._Element | Callable[[], etree._Element]
_NUMBERING_ROOT = re.compile(rb"<w:numbering\b[^>]*>")
_W_DECL = b'xmlns:w="' + W.encode() + b'"'
# Markup a byte scan could misread: those parts are parsed whole.
_UNEXPECTED = (b"<!--", b"<![CDATA[", b"AlternateContent")
_DEFINITION = re.compile(rb"<w:(abstractNum|num)\b([^>]*)>")
_ID_ATTR = re.compile(rb"""w:(abstractNumId|numId)\s*=\s*["']([^"']*)["']""")


def _attr_text(raw: bytes | None) -> str:
    if raw is None:
        return ""
    text = raw.decode("utf-8", errors="replace")
    return html.unescape(text) if "&" in text else text


class Numbering:
    """The numbering part of a document plus the running counters of one story."""

    def __init__(self, root: etree._Element | None, styles: StyleSheet) -> None:
        self.styles = styles
        self.abstracts: dict[str, _Abstract] = {}
        self.nums: dict[int, _Num | None] = {}
        # The elements, or functions that parse them on demand (see ``from_bytes``).
        self._abstract_els: dict[str, _Lazy] = {}
        self._num_els: dict[int, _Lazy] = {}
        if root is not None:
            abstract_tag, num_tag = w("abstractNum"), w("num")
            aid_attr, num_attr = w("abstractNumId"), w("numId")
            for el in root:
                if el.tag == abstract_tag:
                    self._abstract_els.setdefault(el.get(aid_attr) or "", el)
                elif el.tag == num_tag:
                    with contextlib.suppress(ValueError, TypeError):
                        self._num_els.setdefault(int(el.get(num_attr)), el)
        self.reset()

    @classmethod
    def from_bytes(
        cls, data: bytes, styles: StyleSheet, parse: Callable[[bytes], etree._Element]
    ) -> Numbering:
        """Index a serialized numbering part and parse each definition only when it is used.

        Word keeps every list definition ever pasted into a document (numbering.xml is often
        larger than the text); a document uses a few. Falls back to parsing the whole part
        when it is not laid out as expected (another prefix, UTF-16, comments, ...).
        """
        head = _NUMBERING_ROOT.search(data, 0, 4096)
        if (
            head is None
            or _W_DECL not in head.group(0)
            or any(mark in data for mark in _UNEXPECTED)
        ):
            return cls(parse(data), styles)
        root_open = head.group(0)
        numbering = cls(None, styles)
        if root_open.endswith(b"/>"):
            return numbering

        def fragment(start: int, end: int) -> Callable[[], etree._Element]:
            return lambda: parse(root_open + data[start:end] + b"</w:numbering>")[0]

        pos = head.end()
        while (m := _DEFINITION.search(data, pos)) is not None:
            kind, attrs = m.group(1), m.group(2)
            if attrs.endswith(b"/"):
                end = m.end()
            else:
                close = data.find(b"</w:" + kind + b">", m.end())
                if close < 0:
                    return cls(parse(data), styles)  # malformed: let the parser say so
                end = close + len(kind) + 5
            ids = dict(_ID_ATTR.findall(attrs))
            if kind == b"abstractNum":
                aid = _attr_text(ids.get(b"abstractNumId"))
                numbering._abstract_els.setdefault(aid, fragment(m.start(), end))
            else:
                with contextlib.suppress(ValueError, TypeError):
                    num_id = int(_attr_text(ids.get(b"numId")) or None)  # type: ignore[arg-type]
                    numbering._num_els.setdefault(num_id, fragment(m.start(), end))
            pos = end
        return numbering

    def _get_abstract(self, aid: str) -> _Abstract | None:
        ab = self.abstracts.get(aid)
        if ab is None:
            el = self._abstract_els.get(aid)
            if el is None:
                return None
            if callable(el):
                el = self._abstract_els[aid] = el()
            ab = _Abstract(aid)
            for lvl_el in el.iterchildren(w("lvl")):
                with contextlib.suppress(ValueError):
                    ab.level_els.setdefault(int(lvl_el.get(w("ilvl")) or 0), lvl_el)
            link = el.find(w("numStyleLink"))
            ab.num_style_link = link.get(_VAL) if link is not None else None
            link = el.find(w("styleLink"))
            ab.style_link = link.get(_VAL) if link is not None else None
            self.abstracts[aid] = ab
        return ab

    def _get_num(self, num_id: int) -> _Num | None:
        if num_id in self.nums:
            return self.nums[num_id]
        el = self._num_els.get(num_id)
        num = None
        if callable(el):
            el = self._num_els[num_id] = el()
        if el is not None:
            ref = el.find(w("abstractNumId"))
            num = _Num(ref.get(_VAL) if ref is not None else "")
            for ov in el.iterchildren(w("lvlOverride")):
                try:
                    ilvl = int(ov.get(w("ilvl")) or 0)
                except ValueError:
                    continue
                so = ov.find(w("startOverride"))
                if so is not None:
                    with contextlib.suppress(ValueError):
                        num.start_overrides[ilvl] = int(so.get(_VAL) or 1)
                lvl_el = ov.find(w("lvl"))
                if lvl_el is not None:
                    num.overrides[ilvl] = _level(lvl_el, self.styles)
        self.nums[num_id] = num
        return num

    def reset(self) -> None:
        """Start counting afresh (a new story)."""
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[int] = set()

    def save(self) -> tuple[dict[str, list[int | None]], set[int]]:
        """The running counters, to come back to after another story."""
        return self._counters, self._started

    def restore(self, state: tuple[dict[str, list[int | None]], set[int]]) -> None:
        self._counters, self._started = state

    def _abstract(self, num: _Num) -> _Abstract | None:
        ab = self._get_abstract(num.abstract_id)
        # numStyleLink: the real definition hangs off a numbering style's numPr.
        hops = 0
        while ab is not None and ab.num_style_link and hops < 4:
            hops += 1
            style = self.styles.styles.get(ab.num_style_link)
            num_id = style.ppr.get("numId") if style else None
            target = self._get_num(num_id) if num_id is not None else None
            if target is None:
                break
            ab = self._get_abstract(target.abstract_id)
        return ab

    def level(self, num_id: int, ilvl: int) -> Level | None:
        num = self._get_num(num_id)
        if num is None:
            return None
        if ilvl in num.overrides:
            return num.overrides[ilvl]
        ab = self._abstract(num)
        return self._abstract_level(ab, ilvl) if ab else None

    def _abstract_level(self, ab: _Abstract, ilvl: int) -> Level | None:
        lvl = ab.levels.get(ilvl)
        if lvl is None:
            el = ab.level_els.get(ilvl)
            if el is None:
                return None
            lvl = ab.levels[ilvl] = _level(el, self.styles)
        return lvl

    def level_for_style(self, num_id: int, style_id: str | None) -> int:
        """The ilvl a numbered paragraph style sits at (the level whose pStyle names it)."""
        num = self._get_num(num_id)
        ab = self._abstract(num) if num else None
        if ab is not None and style_id:
            for ilvl, el in ab.level_els.items():
                pstyle = el.find(w("pStyle"))
                if pstyle is not None and pstyle.get(_VAL) == style_id:
                    return ilvl
        return 0

    def label(self, num_id: int, ilvl: int) -> str | None:
        """Advance the counters for one paragraph and return its visible label."""
        num = self._get_num(num_id)
        if num is None:
            return None
        ab = self._abstract(num)
        if ab is None:
            return None
        key = ab.id
        counters = self._counters.setdefault(key, [None] * 9)
        ilvl = max(0, min(ilvl, 8))
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl_no, value in num.start_overrides.items():
                if 0 <= lvl_no <= 8:
                    counters[lvl_no] = value - 1
        levels = [self.level(num_id, i) or Level() for i in range(9)]
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            restart = levels[deeper].restart
            if restart is None or (restart != 0 and restart <= ilvl + 1):
                counters[deeper] = None
        lvl = levels[ilvl]
        if lvl.text is None:
            return None
        if lvl.fmt == "bullet":
            return bullet_text(lvl.text, lvl.font) or None
        out: list[str] = []
        text = lvl.text
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                ref = int(text[i + 1]) - 1
                i += 2
                if not 0 <= ref <= 8:
                    continue
                value = counters[ref]
                if value is None:
                    value = levels[ref].start
                fmt = levels[ref].fmt
                if lvl.legal and fmt not in ("decimalZero",):
                    fmt = "decimal"
                out.append(format_number(value, fmt))
                continue
            out.append(ch)
            i += 1
        return "".join(out) or None
