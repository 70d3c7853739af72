"""Style resolution for WordprocessingML: effective run and paragraph formatting.

The order Word applies (ECMA-376 Part 1, 17.7.2): document defaults → table style →
paragraph style (``basedOn`` chain) → numbering level (indents only) → character style
(``basedOn`` chain) → direct formatting. Two details matter in practice:

* Toggle properties (bold, italic, caps, small caps, strike, double strike, hidden) are
  *toggled* by each style level that turns them on (17.7.3): a bold character style on a
  bold paragraph style gives non-bold text. Inside one ``basedOn`` chain the derived style
  simply overrides its base. Direct formatting sets the value absolutely.
* When a table paragraph uses the default paragraph style, the table style's properties win
  over that default style (Word's behaviour; otherwise a table style could never change
  the font of plain cells).

Theme fonts (``w:asciiTheme="minorHAnsi"``, shown in Word as "+Body") are resolved from
``word/theme/theme1.xml``. Everything here is computed once per style combination and cached.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from linter.model import Alignment, Border, ParagraphFormat, RunFormat, slot_setters

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_W = "{" + W + "}"

TWIPS_PER_MM = 1440 / 25.4
DEFAULT_FONT = "Times New Roman"  # what Word uses when no font is given anywhere
DEFAULT_SIZE_PT = 10.0  # ECMA-376 default for w:sz when nothing sets it

TOGGLES = ("b", "i", "caps", "smallCaps", "strike", "dstrike", "vanish")
_FALSE = frozenset({"0", "false", "off", "none"})
_FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")

_JC = {
    "both": Alignment.JUSTIFY,
    "left": Alignment.LEFT,
    "start": Alignment.LEFT,
    "right": Alignment.RIGHT,
    "end": Alignment.RIGHT,
    "center": Alignment.CENTER,
    "distribute": Alignment.DISTRIBUTE,
    "thaiDistribute": Alignment.DISTRIBUTE,
    "highKashida": Alignment.JUSTIFY,
    "mediumKashida": Alignment.JUSTIFY,
    "lowKashida": Alignment.JUSTIFY,
    "numTab": Alignment.LEFT,
}

Props = dict[str, Any]
_FMT_CACHE_MAX = 8192  # distinct (styles, direct formatting) of the runs a sheet has resolved


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag."""
    return _W + tag


_VAL = w("val")


def on_off(el: etree._Element) -> bool:
    """An ST_OnOff element: present without w:val means on."""
    val = el.get(_VAL)
    return val is None or val.lower() not in _FALSE


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value))
    except (ValueError, OverflowError):
        return None


def twips_to_mm(twips: float) -> float:
    return round(twips / TWIPS_PER_MM, 2)


class Theme:
    """The font scheme of a theme part: major (headings) and minor (body) fonts."""

    def __init__(self, root: etree._Element | None) -> None:
        self.fonts: dict[str, str | None] = {}
        # The document's theme font language is Vietnamese (w:themeFontLang w:val="vi-VN"):
        # a theme font then stands for the scheme's font of the "Viet" script, when it lists one
        # (ISO/IEC 29500-1, 17.15.1.88; the Office themes list Times New Roman for headings and
        # Arial for the body), not its a:latin font.
        self.vietnamese = False
        if root is None:
            return
        for kind in ("major", "minor"):
            node = root.find(f".//{{{A}}}{kind}Font")
            if node is None:
                continue
            for slot, child in (("latin", "latin"), ("ea", "ea"), ("cs", "cs")):
                el = node.find(f"{{{A}}}{child}")
                face = el.get("typeface") if el is not None else None
                self.fonts[f"{kind}.{slot}"] = face or None
            for el in node.iterfind(f"{{{A}}}font"):
                if el.get("script") == "Viet" and el.get("typeface"):
                    self.fonts[f"{kind}.viet"] = el.get("typeface")
                    break

    @classmethod
    def from_fonts(cls, fonts: dict[str, str | None]) -> Theme:
        """A theme from its fonts already read ("minor.latin" → "Times New Roman", ...)."""
        theme = cls(None)
        theme.fonts = dict(fonts)
        return theme

    def resolve(self, theme_ref: str) -> str | None:
        """``minorHAnsi`` → the minor latin font (its Vietnamese one in a Vietnamese
        document), ``majorEastAsia`` → major ea, ..."""
        kind = "major" if theme_ref.startswith("major") else "minor"
        rest = theme_ref[5:]
        if rest == "EastAsia":
            return self.fonts.get(f"{kind}.ea")
        if rest == "Bidi":
            return self.fonts.get(f"{kind}.cs")
        return self._latin(kind)

    def _latin(self, kind: str) -> str | None:
        if self.vietnamese:
            viet = self.fonts.get(f"{kind}.viet")
            if viet:
                return viet
        return self.fonts.get(f"{kind}.latin")

    def resolve_name(self, name: str) -> str:
        """Word's UI names "+Body" / "+Headings" (rarely stored literally) → theme fonts."""
        low = name.lower()
        if low.startswith("+body"):
            return self._latin("minor") or name
        if low.startswith("+headings"):
            return self._latin("major") or name
        return name


_RPR_NAMES = {w(n): n for n in ("rFonts", "sz", "u", "color", "highlight", "rStyle", *TOGGLES)}
_PPR_NAMES = {
    w(n): n for n in ("jc", "ind", "spacing", "pBdr", "pageBreakBefore", "numPr", "pStyle")
}
_FONT_ATTRS = tuple(
    (slot, w(slot), w("cstheme" if slot == "cs" else slot + "Theme")) for slot in _FONT_SLOTS
)


def parse_rpr(rpr: etree._Element | None, theme: Theme) -> Props:
    """Run properties set by one w:rPr element (not inherited ones)."""
    props: Props = {}
    if rpr is None:
        return props
    for child in rpr:
        name = _RPR_NAMES.get(child.tag)  # type: ignore[call-overload]
        if name is None:
            continue
        if name == "rFonts":
            for slot, attr, theme_attr in _FONT_ATTRS:
                ref = child.get(theme_attr)
                if ref:
                    face = theme.resolve(ref)
                    if face:
                        props["font_" + slot] = face
                        continue
                face = child.get(attr)
                if face:
                    props["font_" + slot] = theme.resolve_name(face) if face[0] == "+" else face
        elif name == "sz":
            half = _int(child.get(_VAL))
            if half is not None:
                props["sz"] = half / 2
        elif name == "u":
            val = child.get(_VAL) or "single"
            props["u"] = None if val == "none" else val
        elif name == "color":
            props["color"] = child.get(_VAL)
        elif name == "highlight":
            val = child.get(_VAL)
            props["highlight"] = None if val in (None, "none") else val
        elif name == "rStyle":
            props["rStyle"] = child.get(_VAL)
        else:  # a toggle property
            val = child.get(_VAL)
            props[name] = val is None or val.lower() not in _FALSE
    return props


def _border(el: etree._Element | None) -> Border | None:
    if el is None:
        return None
    style = el.get(_VAL) or "nil"
    size = _int(el.get(w("sz")))
    return Border(style=style, size_pt=size / 8 if size is not None else None)


_A = {
    name: w(name)
    for name in (
        "before",
        "after",
        "beforeAutospacing",
        "afterAutospacing",
        "line",
        "lineRule",
        "left",
        "start",
        "right",
        "end",
        "hanging",
        "firstLine",
    )
}


def parse_ppr(ppr: etree._Element | None) -> Props:
    """Paragraph properties set by one w:pPr element (not inherited ones)."""
    props: Props = {}
    if ppr is None:
        return props
    for child in ppr:
        name = _PPR_NAMES.get(child.tag)  # type: ignore[call-overload]
        if name is None:
            continue
        if name == "jc":
            val = child.get(_VAL)
            if val in _JC:
                props["jc"] = _JC[val]
        elif name == "ind":
            _parse_ind(child, props)
        elif name == "spacing":
            for attr in ("before", "after"):
                if child.get(_A[attr + "Autospacing"]) in ("1", "true", "on"):
                    props[attr] = 280  # Word shows "auto" spacing as 14 pt
                    continue
                val = _int(child.get(_A[attr]))
                if val is not None:
                    props[attr] = val
            line = _int(child.get(_A["line"]))
            if line is not None:
                props["line"] = line
                props["lineRule"] = child.get(_A["lineRule"]) or "auto"
        elif name == "pBdr":
            for edge in ("top", "bottom"):
                el = child.find(w(edge))
                if el is not None:
                    props["bdr_" + edge] = _border(el)
        elif name == "pageBreakBefore":
            props["pageBreakBefore"] = on_off(child)
        elif name == "numPr":
            num = child.find(w("numId"))
            lvl = child.find(w("ilvl"))
            if num is not None:
                props["numId"] = _int(num.get(_VAL))
            if lvl is not None:
                props["ilvl"] = _int(lvl.get(_VAL))
        elif name == "pStyle":
            props["pStyle"] = child.get(_VAL)
    return props


def _parse_ind(el: etree._Element, props: Props) -> None:
    left = el.get(_A["left"]) or el.get(_A["start"])
    right = el.get(_A["right"]) or el.get(_A["end"])
    if (val := _int(left)) is not None:
        props["ind_left"] = val
    if (val := _int(right)) is not None:
        props["ind_right"] = val
    hanging = _int(el.get(_A["hanging"]))
    first = _int(el.get(_A["firstLine"]))
    if hanging is not None:
        props["ind_first"] = -hanging
    elif first is not None:
        props["ind_first"] = first


class _Style:
    """One w:style; its properties are parsed on first use (most styles are never used).

    ``source`` is the element, or a function that parses it on demand (see
    ``StyleSheet.from_bytes``).
    """

    __slots__ = ("_el", "_links", "_ppr", "_rpr", "_source", "_tbl", "_theme", "id", "kind")

    def __init__(
        self,
        source: etree._Element | Callable[[], etree._Element],
        theme: Theme,
        style_id: str | None = None,
        kind: str | None = None,
    ) -> None:
        self._source = source
        self._el: etree._Element | None = None if callable(source) else source
        self._theme = theme
        self._rpr: Props | None = None
        self._ppr: Props | None = None
        self._tbl: dict[str, bool] | None = None
        self._links: tuple[str | None, str | None] | None = None
        if self._el is not None:
            style_id = self._el.get(_STYLE_ID)
            kind = self._el.get(_TYPE)
        self.id: str = style_id or ""
        self.kind: str = kind or "paragraph"

    @property
    def el(self) -> etree._Element:
        if self._el is None:
            self._el = self._source()  # type: ignore[operator]
        return self._el

    def _names(self) -> tuple[str | None, str | None]:
        if self._links is None:
            name = based = None
            for child in self.el:
                if child.tag == _NAME:
                    name = child.get(_VAL)
                elif child.tag == _BASED_ON:
                    based = child.get(_VAL)
            self._links = (name, based)
        return self._links

    @property
    def name(self) -> str | None:
        return self._names()[0]

    @property
    def based_on(self) -> str | None:
        return self._names()[1]

    @property
    def rpr(self) -> Props:
        if self._rpr is None:
            self._rpr = parse_rpr(self.el.find(_RPR), self._theme)
            self._rpr.pop("rStyle", None)
        return self._rpr

    @property
    def ppr(self) -> Props:
        if self._ppr is None:
            self._ppr = parse_ppr(self.el.find(_PPR))
            self._ppr.pop("pStyle", None)
        return self._ppr

    @property
    def tbl_borders(self) -> dict[str, bool]:
        if self._tbl is None:
            tblpr = self.el.find(w("tblPr"))
            self._tbl = table_border_edges(tblpr.find(w("tblBorders"))) if tblpr is not None else {}
        return self._tbl


_STYLES_ROOT = re.compile(rb"<w:styles\b[^>]*>")
_ATTR = re.compile(rb"""w:(styleId|type|default)\s*=\s*["']([^"']*)["']""")
_W_DECL = b'xmlns:w="' + W.encode() + b'"'


_W_ONLY_ROOT = b"<w:styles " + _W_DECL + b">"


def _fragment_root(root_open: bytes, data: bytes, start: int, end: int) -> bytes:
    """One style (or the docDefaults) of a styles part, wrapped in a styles root to be parsed:
    the part's own root start tag, or, when the fragment uses no prefix but ``w:`` (and the
    predefined ``xml:``), a root declaring only ``w``. Word's root declares a dozen namespaces,
    and each declaration costs the parser as much as a style's content."""
    piece = data[start:end]
    rest = piece.replace(b"<w:", b"").replace(b"</w:", b"").replace(b" w:", b"")
    if rest.replace(b" xml:", b"").find(b":") < 0:
        return _W_ONLY_ROOT + piece + b"</w:styles>"
    return root_open + piece + b"</w:styles>"


def _attr_text(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    text = raw.decode("utf-8", errors="replace")
    return html.unescape(text) if "&" in text else text


_STYLE_ID, _TYPE, _NAME, _BASED_ON = w("styleId"), w("type"), w("name"), w("basedOn")
_RPR, _PPR = w("rPr"), w("pPr")


def table_border_edges(borders: etree._Element | None) -> dict[str, bool]:
    """Edge name → visible, for a w:tblBorders / w:tcBorders element."""
    edges: dict[str, bool] = {}
    if borders is None:
        return edges
    for child in borders:
        if not isinstance(child.tag, str):
            continue
        edge = child.tag[len(_W) :]
        edge = {"start": "left", "end": "right"}.get(edge, edge)
        val = child.get(_VAL) or "nil"
        edges[edge] = val not in ("nil", "none")
    return edges


class StyleSheet:
    """The styles part of one document, with cached resolution."""

    def __init__(
        self, styles_root: etree._Element | None, theme_root: etree._Element | Theme | None
    ):
        self.theme = theme_root if isinstance(theme_root, Theme) else Theme(theme_root)
        self.styles: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_char: str | None = None
        self.default_table: str | None = None
        self.defaults_rpr: Props = {}
        self.defaults_ppr: Props = {}
        # settings.xml compatSetting "overrideTableStyleFontSizeAndJustification" (on in
        # documents saved by Word 2013 and later): the default paragraph style's font size
        # and justification, where it sets them to other than the document defaults, win over
        # the table style's. Set by the reader.
        self.override_table_size_jc = False
        if styles_root is not None:
            dd = styles_root.find(w("docDefaults"))
            if dd is not None:
                self.defaults_rpr = parse_rpr(dd.find(f"{_W}rPrDefault/{_W}rPr"), self.theme)
                self.defaults_ppr = parse_ppr(dd.find(f"{_W}pPrDefault/{_W}pPr"))
            for el in styles_root.iter(w("style")):
                style = _Style(el, self.theme)
                if not style.id:
                    continue
                self.styles.setdefault(style.id, style)
                if el.get(w("default")) in ("1", "true", "on"):
                    self._set_default(style)
        self._init_caches()

    def _init_caches(self) -> None:
        self._chain_cache: dict[tuple[str, str], tuple[Props, Props]] = {}
        self._run_cache: dict[tuple[Any, ...], Props] = {}
        self._fmt_cache: dict[tuple[Any, ...], RunFormat] = {}
        self._para_cache: dict[tuple[Any, ...], Props] = {}

    @classmethod
    def from_bytes(
        cls,
        data: bytes,
        theme_root: etree._Element | Theme | None,
        parse: Callable[[bytes], etree._Element],
    ) -> StyleSheet:
        """Index a serialized styles part and parse each style only when it is used.

        A styles part written by python-docx is 350 KB (a hundred table styles with their
        conditional formats); a document uses a handful of styles. Falls back to parsing the
        whole part when it is not laid out as expected (another prefix, UTF-16, ...).
        """
        head = _STYLES_ROOT.search(data, 0, 4096)
        if head is None or _W_DECL not in head.group(0):
            return cls(parse(data), theme_root)
        root_open = head.group(0)
        if root_open.endswith(b"/>"):
            return cls(None, theme_root)
        sheet = cls(None, theme_root)

        def fragment(start: int, end: int) -> Callable[[], etree._Element]:
            return lambda: parse(_fragment_root(root_open, data, start, end))[0]

        dd_start = data.find(b"<w:docDefaults", head.end())
        if dd_start >= 0:
            dd_end = data.find(b"</w:docDefaults>", dd_start)
            if dd_end >= 0:
                dd = fragment(dd_start, dd_end + len(b"</w:docDefaults>"))()
                sheet.defaults_rpr = parse_rpr(dd.find(f"{_W}rPrDefault/{_W}rPr"), sheet.theme)
                sheet.defaults_ppr = parse_ppr(dd.find(f"{_W}pPrDefault/{_W}pPr"))
        pos = data.find(b"<w:style", head.end())
        while pos >= 0:
            after = data[pos + 8 : pos + 9]
            if after not in (b" ", b">", b"/", b"\t", b"\n", b"\r"):  # <w:styles, <w:styleX
                pos = data.find(b"<w:style", pos + 8)
                continue
            head_end = data.find(b">", pos)
            if head_end < 0:
                return cls(parse(data), theme_root)  # malformed: let the parser say so
            if data[head_end - 1] == 0x2F:  # "/>": an empty style
                end = head_end + 1
            else:
                close = data.find(b"</w:style>", head_end)
                if close < 0:
                    return cls(parse(data), theme_root)
                end = close + 10
            attrs = dict(_ATTR.findall(data, pos, head_end))
            style_id = _attr_text(attrs.get(b"styleId"))
            if style_id:
                kind = _attr_text(attrs.get(b"type")) or "paragraph"
                style = _Style(fragment(pos, end), sheet.theme, style_id, kind)
                sheet.styles.setdefault(style_id, style)
                if attrs.get(b"default") in (b"1", b"true", b"on"):
                    sheet._set_default(style)
            pos = data.find(b"<w:style", end)
        return sheet

    def _set_default(self, style: _Style) -> None:
        if style.kind == "paragraph" and self.default_para is None:
            self.default_para = style.id
        elif style.kind == "character" and self.default_char is None:
            self.default_char = style.id
        elif style.kind == "table" and self.default_table is None:
            self.default_table = style.id

    # -- styles -------------------------------------------------------------------------
    def style_name(self, style_id: str | None) -> str | None:
        style = self.styles.get(style_id or "")
        return style.name if style else None

    def para_style_id(self, style_id: str | None) -> str | None:
        """The paragraph style in effect (the default paragraph style when none is named)."""
        if style_id and style_id in self.styles:
            return style_id
        return self.default_para

    def _chain(self, style_id: str | None, kind: str) -> tuple[Props, Props]:
        """(rPr, pPr) of a style with its basedOn chain merged (derived overrides base)."""
        if not style_id:
            return {}, {}
        key = (style_id, kind)
        cached = self._chain_cache.get(key)
        if cached is not None:
            return cached
        chain: list[_Style] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen and len(chain) < 32:
            seen.add(current)
            style = self.styles.get(current)
            if style is None:
                break
            chain.append(style)
            current = style.based_on
        rpr: Props = {}
        ppr: Props = {}
        for style in reversed(chain):
            rpr.update(style.rpr)
            ppr.update(style.ppr)
        self._chain_cache[key] = (rpr, ppr)
        return rpr, ppr

    def table_borders(self, style_id: str | None) -> dict[str, bool]:
        """Border edges a table style (and its bases) defines."""
        edges: dict[str, bool] = {}
        chain: list[_Style] = []
        current = style_id
        seen: set[str] = set()
        while current and current not in seen and current in self.styles:
            seen.add(current)
            chain.append(self.styles[current])
            current = self.styles[current].based_on
        for style in reversed(chain):
            edges.update(style.tbl_borders)
        return edges

    # -- runs ---------------------------------------------------------------------------
    def _run_base(self, pstyle: str | None, rstyle: str | None, tstyle: str | None) -> Props:
        key = (pstyle, rstyle, tstyle)
        cached = self._run_cache.get(key)
        if cached is not None:
            return cached
        levels: list[Props] = []
        table_rpr = self._chain(tstyle, "table")[0] if tstyle else {}
        para_rpr = self._chain(pstyle, "paragraph")[0] if pstyle else {}
        if tstyle and pstyle == self.default_para:
            levels = [para_rpr, table_rpr]
        else:
            levels = [table_rpr, para_rpr]
        char_id = rstyle if rstyle in self.styles else None
        if char_id:
            levels.append(self._chain(char_id, "character")[0])
        props: Props = dict(self.defaults_rpr)
        for level in levels:
            for name, value in level.items():
                if name in TOGGLES:
                    if value:
                        props[name] = not props.get(name, False)
                else:
                    props[name] = value
        if self._normal_overrides(tstyle, pstyle, para_rpr, self.defaults_rpr, "sz"):
            props["sz"] = para_rpr["sz"]
            if char_id and "sz" in levels[-1]:
                props["sz"] = levels[-1]["sz"]
        self._run_cache[key] = props
        return props

    def run_format(
        self,
        pstyle: str | None,
        tstyle: str | None,
        direct: Props,
    ) -> RunFormat:
        """Effective format of a run: ``direct`` is parse_rpr() of its own w:rPr."""
        rstyle = direct.get("rStyle")
        key = (pstyle, rstyle, tstyle, tuple(sorted(direct.items())))
        cached = self._fmt_cache.get(key)
        if cached is not None:
            return cached
        props = dict(self._run_base(pstyle, rstyle, tstyle))
        props.update(direct)
        fmt = _to_run_format(props)
        if len(self._fmt_cache) >= _FMT_CACHE_MAX:  # a sheet can serve many documents
            self._fmt_cache.clear()
        self._fmt_cache[key] = fmt
        return fmt

    def default_run_format(self) -> RunFormat:
        return self.run_format(self.default_para, None, {})

    # -- paragraphs ---------------------------------------------------------------------
    def para_base(self, pstyle: str | None, tstyle: str | None) -> Props:
        """Paragraph properties from defaults, table style and paragraph style chain."""
        key = (pstyle, tstyle)
        cached = self._para_cache.get(key)
        if cached is not None:
            return cached
        table_ppr = self._chain(tstyle, "table")[1] if tstyle else {}
        para_ppr = self._chain(pstyle, "paragraph")[1] if pstyle else {}
        props: Props = dict(self.defaults_ppr)
        if tstyle and pstyle == self.default_para:
            props.update(para_ppr)
            props.update(table_ppr)
            if self._normal_overrides(tstyle, pstyle, para_ppr, self.defaults_ppr, "jc"):
                props["jc"] = para_ppr["jc"]
        else:
            props.update(table_ppr)
            props.update(para_ppr)
        self._para_cache[key] = props
        return props

    def _normal_overrides(
        self, tstyle: str | None, pstyle: str | None, para: Props, defaults: Props, name: str
    ) -> bool:
        """True when the default paragraph style's ``name`` beats the table style's (the
        compatibility setting above)."""
        return (
            self.override_table_size_jc
            and bool(tstyle)
            and pstyle == self.default_para
            and name in para
            and para[name] != defaults.get(name)
        )

    @staticmethod
    def paragraph_format(props: Props) -> ParagraphFormat:
        """A ParagraphFormat from fully merged paragraph properties."""
        line = props.get("line")
        rule = props.get("lineRule") or "auto"
        if line is None:
            line_spacing, rule = 1.0, "auto"
        elif rule == "auto":
            line_spacing = round(line / 240, 3)
        else:
            line_spacing = round(line / 20, 2)
        return ParagraphFormat(
            alignment=props.get("jc", Alignment.LEFT),
            indent_left_mm=twips_to_mm(props.get("ind_left", 0)),
            indent_right_mm=twips_to_mm(props.get("ind_right", 0)),
            first_line_mm=twips_to_mm(props.get("ind_first", 0)),
            space_before_pt=props.get("before", 0) / 20,
            space_after_pt=props.get("after", 0) / 20,
            line_spacing=line_spacing,
            line_rule=rule,
            border_top=_visible(props.get("bdr_top")),
            border_bottom=_visible(props.get("bdr_bottom")),
            page_break_before=bool(props.get("pageBreakBefore", False)),
        )


def _visible(border: Border | None) -> Border | None:
    if border is None or border.style in ("nil", "none"):
        return None
    return border


_RUN_FORMAT_SETTERS = slot_setters(
    RunFormat,
    (
        "font_ascii",
        "font_hansi",
        "font_east_asia",
        "font_cs",
        "size_pt",
        "bold",
        "italic",
        "underline",
        "caps",
        "small_caps",
        "strike",
        "color",
        "highlight",
        "hidden",
    ),
)


def _to_run_format(props: Props) -> RunFormat:
    """The RunFormat of merged run properties, built by setting its slots directly (what the
    frozen dataclass's ``__init__`` does through ``object.__setattr__``, at half the cost)."""
    ascii_font = props.get("font_ascii")
    hansi = props.get("font_hAnsi")
    if ascii_font is None and hansi is None:
        ascii_font = hansi = DEFAULT_FONT
    color = props.get("color")
    fmt = object.__new__(RunFormat)
    values = (
        ascii_font or hansi,
        hansi or ascii_font,
        props.get("font_eastAsia"),
        props.get("font_cs"),
        props.get("sz", DEFAULT_SIZE_PT),
        bool(props.get("b", False)),
        bool(props.get("i", False)),
        props.get("u"),
        bool(props.get("caps", False)),
        bool(props.get("smallCaps", False)),
        bool(props.get("strike", False) or props.get("dstrike", False)),
        None if color in (None, "auto") else color,
        props.get("highlight"),
        bool(props.get("vanish", False)),
    )
    for setter, value in zip(_RUN_FORMAT_SETTERS, values, strict=True):
        setter(fmt, value)
    return fmt
