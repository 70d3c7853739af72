"""Build real .docx fixtures: a compliant document of each type by default, one change at a time.

Usage::

    from tests import build

    spec = build.state_cong_van()                     # compliant State công văn (NĐ 30)
    spec = build.state_cong_van(dia_danh_ngay_thang="Lâm Đồng, ngày 5 tháng 3 năm 2026")
    spec = spec.fmt("quoc_hieu", bold=False)          # one formatting change on one part
    path = build.write(spec, tmp_path / "cv.docx")     # or build.to_bytes(spec)
    built = build.build(spec)                         # bytes + where every part landed
    built.parts["so_ky_hieu"]                         # -> 2 (main-story paragraph index)
    built.texts[2]                                    # -> "Số: 1250/SNV-VP"
    doc = build.read(spec)                            # linter.reader.read_docx(...) of it

Factories (all keyword arguments are DocSpec fields, plus the aliases ``date_text`` and
``number_text``; ``date`` and ``place`` recompute the date line, and for Party documents the
regime-dependent details):

- State (NĐ 30/2020): ``state_quyet_dinh``, ``state_cong_van``, ``state_ke_hoach``,
  ``state_to_trinh``, ``state_bao_cao``, ``state_thong_bao``, ``state_giay_moi`` and the generic
  ``state_doc(doc_type=...)`` for any other Phụ lục III type.
- Party: ``party_ket_luan``, ``party_cong_van``, ``party_nghi_quyet``, ``party_ke_hoach``,
  ``party_thong_bao``, ``party_bao_cao`` and ``party_doc(doc_type=...)``. ``date`` picks the
  regime: before 09/01/2026 party-2017 (HD 36); from then party-2026, presented per HD 36 up to
  26/05/2026 and per HD 05 from 27/05/2026 (Nơi nhận items end ";" instead of ",", the công văn
  trích yếu starts "về việc", a tờ trình says "Kính trình:").

Layout of the default document (what "paragraph N" means; the main story is body paragraphs and
table-cell paragraphs in document order, text boxes excluded):

1. Header: a borderless two-column table, one row (``header_rows=2`` puts Số/V/v and the date in
   a second row). State left cell: cơ quan chủ quản (if any), cơ quan ban hành, Số, [V/v for a
   công văn], [DỰ THẢO]; right cell: Quốc hiệu, Tiêu ngữ, địa danh + date. Party left cell: cấp
   trên (if any), cơ quan ban hành, "*", Số, [trích yếu of a công văn], [Dự thảo]; right cell:
   ĐẢNG CỘNG SẢN VIỆT NAM, địa danh + date. ``header_layout="paragraphs"`` writes the two columns
   as tab-separated lines instead (both parts of a line share one paragraph);
   ``header_layout="textbox"`` puts each column in a text box anchored in one empty paragraph
   (the parts are then in ``built.textbox_parts``).
2. Tên loại, [tác giả], trích yếu, [Party: "-----"], [thẩm quyền ban hành], Kính gửi lines, căn cứ
   lines, [enacting line "QUYẾT ĐỊNH:"], the body items (one paragraph each).
3. Signature: a borderless two-column table: left Nơi nhận label + lines; right quyền hạn, chức vụ,
   ``signature_space`` empty paragraphs, họ tên. ``signature_layout="paragraphs"`` writes
   tab-separated lines instead.
4. One empty paragraph closes the body (Word wants a paragraph after a table).

A part text containing "\\n" becomes several paragraphs (``built.part_lines[part]`` lists them;
``built.parts[part]`` is the first, or the list for the repeatable parts kinh_gui, can_cu,
noi_dung, noi_nhan; as in the anatomy, kinh_gui includes its "Kính gửi:" line and noi_nhan its
"Nơi nhận:" line, which is also ``parts["noi_nhan_label"]``). Other keys: sao, du_thao, tac_gia,
trich_yeu_rule, tham_quyen, enact, chu_ky (the empty signature lines), end.
Lines under Tiêu ngữ / tiêu đề / issuer / trích yếu are drawn shapes by
default (``rule_style``: "shape" | "border" | "text" | "none"; per part via ``rules``). "text"
adds an underscore paragraph, so it shifts the following indexes.

Formatting: part defaults follow the regime's table (NĐ 30 Table V; HD 36/HD 05 Phụ lục 3) and
are written as direct run formatting on header/signature parts; the body takes its font, size,
alignment, indent and spacing from the Normal style (and docDefaults, per ``defaults_in``).
``part_format={"quoc_hieu": {"bold": False}}`` (or ``spec.fmt("quoc_hieu", bold=False)``)
writes direct formatting. Keys: font, size, bold, italic, underline (True or a w:u value), caps,
color, highlight, strike; alignment ("left", "center", "right", "justify"), first_line_mm,
indent_left_mm, indent_right_mm, space_before_pt, space_after_pt, line_spacing, line_rule
("auto" lines or "exact"/"atLeast" points), box (a border around the paragraph).

Generation is deterministic: fixed core properties and zip timestamps, counters for ids.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import math
import unicodedata
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)
FIXED_DATE = dt.datetime(2026, 1, 1, 0, 0, 0)
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
HD05_FROM = dt.date(2026, 5, 27)
QD399_FROM = dt.date(2026, 1, 9)
EMU_PER_MM = 36000
TWIPS_PER_MM = 1440 / 25.4

# --------------------------------------------------------------------------------------------
# Text widths: advance widths (1/1000 em) of Liberation Serif, metric-compatible with Times New
# Roman, for ASCII 0x20-0x7E. Vietnamese letters take the width of their base letter.

_ASCII = "".join(chr(c) for c in range(32, 127))
_W_R = (
    "250 333 408 500 500 833 777 180 333 333 500 563 250 333 250 277 500 500 500 500 500 500 "
    "500 500 500 500 277 277 563 563 563 443 920 722 666 666 722 610 556 722 722 333 389 722 610 "
    "889 722 722 556 722 666 556 610 722 722 943 722 722 610 333 277 333 469 500 333 443 500 443 "
    "500 443 333 500 500 277 277 500 277 777 500 500 500 500 333 389 277 500 500 722 500 500 443 "
    "479 200 479 541"
)
_W_B = (
    "250 333 555 500 500 1000 833 277 333 333 500 569 250 333 250 277 500 500 500 500 500 500 "
    "500 500 500 500 333 333 569 569 569 500 930 722 666 722 722 666 610 777 777 389 500 777 666 "
    "943 722 777 610 777 722 556 666 722 722 1000 722 722 666 333 277 333 581 500 333 500 556 443 "
    "556 443 333 500 556 277 333 556 277 833 556 500 556 556 443 389 333 556 500 722 500 500 443 "
    "394 220 394 520"
)
_W_I = (
    "250 333 419 500 500 833 777 213 333 333 500 674 250 333 250 277 500 500 500 500 500 500 "
    "500 500 500 500 333 333 674 674 674 500 919 610 610 666 722 610 610 722 722 333 443 666 556 "
    "833 666 722 610 722 610 500 556 722 610 833 610 556 556 389 277 389 421 500 333 500 500 443 "
    "500 443 277 500 500 277 277 443 277 722 500 500 500 500 389 389 277 500 443 666 443 443 389 "
    "399 274 399 541"
)
_W_BI = (
    "250 389 555 500 500 833 777 277 333 333 500 569 250 333 250 277 500 500 500 500 500 500 "
    "500 500 500 500 333 333 569 569 569 500 832 666 666 666 722 666 666 722 777 389 500 666 610 "
    "889 722 722 610 722 666 556 610 722 666 889 666 610 610 333 277 333 569 500 333 500 500 443 "
    "500 443 333 500 556 277 277 500 277 777 556 500 500 500 389 389 277 556 443 666 500 443 389 "
    "348 220 348 569"
)
_WIDTHS = {
    (b, i): dict(zip(_ASCII, map(int, t.split()), strict=True))
    for (b, i), t in {
        (False, False): _W_R,
        (True, False): _W_B,
        (False, True): _W_I,
        (True, True): _W_BI,
    }.items()
}


def text_width_mm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """Width of ``text`` set in Times New Roman (Liberation Serif metrics), in millimetres."""
    table = _WIDTHS[(bold, italic)]
    units = 0
    for ch in text:
        base = {"Đ": "D", "đ": "d"}.get(ch) or unicodedata.normalize("NFD", ch)[0]
        units += table.get(base, 500)
    return units / 1000 * size_pt * 25.4 / 72


# --------------------------------------------------------------------------------------------
# Body items


@dataclass(frozen=True)
class Item:
    """One body paragraph. Build with p(), heading(), center(), lit(), dieu(), auto(), blank()."""

    kind: str = "text"  # text | heading | center | dieu | auto | blank
    text: str = ""
    label: str = ""  # bold lead-in run ("Điều 1."), written with the character style VBStrong
    level: int = 0  # auto-numbering level (0-based)
    scheme: str = "decimal"  # auto-numbering scheme, see NUMBERING_SCHEMES
    restart: bool = False  # restart the auto-numbering at this item
    segments: tuple[tuple[str, dict[str, Any]], ...] = ()  # explicit runs with their own format
    fmt: dict[str, Any] = field(default_factory=dict)

    @property
    def full_text(self) -> str:
        if self.segments:
            return "".join(t for t, _ in self.segments)
        if self.label:
            return f"{self.label} {self.text}" if self.text else self.label
        return self.text


def p(text: str, **fmt: Any) -> Item:
    """A plain body paragraph (justified, first-line indent, from the Normal style)."""
    return Item("text", text, fmt=fmt)


def heading(text: str, **fmt: Any) -> Item:
    """A bold body heading such as "I. MỤC ĐÍCH, YÊU CẦU" or "1. Mục đích" (literal number)."""
    return Item("heading", text, fmt={"bold": True, **fmt})


def center(text: str, **fmt: Any) -> Item:
    """A bold centred heading line ("Chương I", "Phần thứ nhất", "QUYẾT NGHỊ:")."""
    return Item(
        "center", text, fmt={"bold": True, "alignment": "center", "first_line_mm": 0, **fmt}
    )


def lit(label: str, text: str, *, bold_label: bool = False, **fmt: Any) -> Item:
    """A literally numbered item: the label ("1.", "a)", "-") is typed in the text."""
    if bold_label:
        return Item("text", text, label=label, fmt=fmt)
    return Item("text", f"{label} {text}", fmt=fmt)


def dieu(number: int | str, text: str, *, title: bool = False, **fmt: Any) -> Item:
    """ "Điều N. …": the label is bold (character style); ``title=True`` makes the line bold."""
    extra = {"bold": True} if title else {}
    return Item("dieu", text, label=f"Điều {number}.", fmt={**extra, **fmt})


def auto(
    text: str, level: int = 0, *, scheme: str = "decimal", restart: bool = False, **fmt: Any
) -> Item:
    """A Word auto-numbered paragraph (numbering.xml); its label is not in the text."""
    if scheme not in NUMBERING_SCHEMES:
        raise ValueError(f"unknown numbering scheme {scheme!r}")
    return Item("auto", text, level=level, scheme=scheme, restart=restart, fmt=fmt)


def blank() -> Item:
    """An empty body paragraph."""
    return Item("blank", "")


def runs(*segments: tuple[str, dict[str, Any]], **fmt: Any) -> Item:
    """A paragraph of runs with their own format: runs(("a ", {}), ("b", {"font": "Arial"}))."""
    return Item("text", segments=tuple(segments), fmt=fmt)


# numFmt, lvlText per level; "symbol" uses the Symbol-font bullet (private-use U+F0B7)
NUMBERING_SCHEMES: dict[str, tuple[tuple[str, str], ...]] = {
    "decimal": (("decimal", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3)"), ("bullet", "-")),
    "roman": (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")),
    "letter": (("lowerLetter", "%1)"), ("bullet", "-"), ("bullet", "+"), ("bullet", "-")),
    "dash": (("bullet", "-"), ("bullet", "+"), ("bullet", "-"), ("bullet", "+")),
    "symbol": (("bullet", "\uf0b7"), ("bullet", "o"), ("bullet", "\uf0a7"), ("bullet", "-")),
}
_SCHEME_IDS = {name: i + 1 for i, name in enumerate(NUMBERING_SCHEMES)}


def _private_use(text: str) -> bool:
    """A Symbol/Wingdings bullet (private-use code point), shown by Word as a dot."""
    return bool(text) and "\uf000" <= text[0] <= "\uf0ff"


def _roman(n: int) -> str:
    out = ""
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += sym
            n -= value
    return out


def _fmt_num(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return ""


# --------------------------------------------------------------------------------------------
# The document specification


@dataclass
class DocSpec:
    """Everything the builder writes. Factories fill in a compliant document; change one field."""

    family: str = "state"  # "state" | "party"
    doc_type: str = "cong_van"
    date: dt.date | None = None  # the date the date line says; Party: picks the regime
    # header texts ("\n" = several paragraphs; None or "" = absent)
    quoc_hieu: str | None = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    tieu_ngu: str | None = "Độc lập - Tự do - Hạnh phúc"
    tieu_de_dang: str | None = None  # "ĐẢNG CỘNG SẢN VIỆT NAM"
    co_quan_chu_quan: str | None = None
    co_quan_ban_hanh: str | None = None
    sao: str | None = None  # Party: the "*" under the issuer
    so_ky_hieu: str | None = None
    du_thao: str | None = None  # "DỰ THẢO" / "Dự thảo lần 2" marker
    dia_danh_ngay_thang: str | None = None
    ten_loai: str | None = None
    tac_gia: str | None = None  # Party author line ("CỦA BAN BÍ THƯ")
    trich_yeu: str | None = None  # công văn: the V/v line (State) / the italic line (Party)
    trich_yeu_rule: str | None = None  # Party: "-----" under the trích yếu
    tham_quyen: str | None = None  # State QĐ: "GIÁM ĐỐC SỞ NỘI VỤ"
    kinh_gui: list[str] = field(default_factory=list)  # whole lines, incl. "Kính gửi:"
    can_cu: list[str] = field(default_factory=list)
    enact: str | None = None  # "QUYẾT ĐỊNH:"
    body: list[Item] = field(default_factory=list)
    noi_nhan_label: str | None = "Nơi nhận:"
    noi_nhan: list[str] = field(default_factory=list)
    quyen_han_ky: str | None = None  # "KT. GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ"; None = signs directly
    chuc_vu_ky: str | None = None
    ho_ten_ky: str | None = None
    signature_space: int = 3  # empty paragraphs between chức vụ and họ tên
    # formatting
    part_format: dict[str, dict[str, Any]] = field(default_factory=dict)
    default_font: str = "Times New Roman"
    default_size: float = 14  # also the body size
    defaults_in: str = "docDefaults"  # "docDefaults" | "normal" | "direct" | "theme"
    body_alignment: str = "justify"
    body_first_line_mm: float = 10.0
    body_space_before_pt: float = 6.0
    body_space_after_pt: float = 0.0
    body_line_spacing: float = 1.15  # lines when body_line_rule == "auto", else points
    body_line_rule: str = "auto"
    rule_style: str = "shape"  # "shape" | "border" | "text" | "none"
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # per part: style/ratio/dash
    # page
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    orientation: str = "portrait"
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 15.0
    header_distance_mm: float = 10.0
    footer_distance_mm: float = 10.0
    page_number: str = "header"  # "header" | "header_all" | "header_and_first" | "footer" | "none"
    page_number_size: float = 14
    # a PAGE field in the even-page "header" or "footer" too (Word's "Different Odd & Even
    # Pages"), printed only when ``even_and_odd`` switches that option on in settings.xml
    even_page_number: str = "none"  # "none" | "header" | "footer"
    even_and_odd: bool = False
    # layout
    header_layout: str = "table"  # "table" | "paragraphs" | "textbox"
    header_rows: int = 1
    header_widths_mm: tuple[float, float] = (62.0, 103.0)
    signature_layout: str = "table"  # "table" | "paragraphs"
    signature_widths_mm: tuple[float, float] = (70.0, 95.0)
    # review state
    tracked_changes: bool = False  # a pending insertion and deletion in the first body item
    comments: list[str] = field(default_factory=list)  # comments on the first body item
    pages: int | None = None  # docProps/app.xml <Pages>
    title: str = ""  # core property dc:title

    # -- conveniences ---------------------------------------------------------------------
    def replace(self, **changes: Any) -> DocSpec:
        """A copy with some fields changed (aliases date_text / number_text accepted)."""
        return replace(self, **_aliases(changes))

    def fmt(self, part: str, **fmt: Any) -> DocSpec:
        """A copy with direct formatting merged into ``part``: fmt("quoc_hieu", bold=False)."""
        merged = {k: dict(v) for k, v in self.part_format.items()}
        merged.setdefault(part, {}).update(fmt)
        return replace(self, part_format=merged)

    def rule(self, part: str, **opts: Any) -> DocSpec:
        """A copy with the line under ``part`` changed: style=, ratio=, dash=."""
        merged = {k: dict(v) for k, v in self.rules.items()}
        merged.setdefault(part, {}).update(opts)
        return replace(self, rules=merged)

    @property
    def regime(self) -> str:
        if self.family != "party":
            return "nd30"
        return "party-2026" if self.date and self.date >= QD399_FROM else "party-2017"

    @property
    def hd05(self) -> bool:
        """Party presentation per Hướng dẫn 05-HD/VPTW (dated from 27/05/2026)."""
        return self.family == "party" and self.date is not None and self.date >= HD05_FROM


def _aliases(kw: dict[str, Any]) -> dict[str, Any]:
    out = dict(kw)
    if "date_text" in out:
        out["dia_danh_ngay_thang"] = out.pop("date_text")
    if "number_text" in out:
        out["so_ky_hieu"] = out.pop("number_text")
    for name in ("kinh_gui", "can_cu", "noi_nhan", "body", "comments"):
        if name in out and out[name] is not None:
            out[name] = list(out[name])
    return out


def date_line(place: str, date: dt.date) -> str:
    """ "<place>, ngày DD tháng M năm YYYY" with the zero-padding NĐ 30 and HD 36 use."""
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


# --------------------------------------------------------------------------------------------
# Default formatting per part (direct run/paragraph formatting written on that part)

_STATE_FMT: dict[str, dict[str, Any]] = {
    "co_quan_chu_quan": {"size": 13},
    "co_quan_ban_hanh": {"size": 13, "bold": True, "space_after_pt": 6},
    "so_ky_hieu": {"size": 13},
    "trich_yeu_cv": {"size": 12, "space_before_pt": 6},
    "du_thao": {"size": 13, "bold": True, "box": True, "space_before_pt": 6},
    "quoc_hieu": {"size": 13, "bold": True},
    "tieu_ngu": {"size": 14, "bold": True, "space_after_pt": 6},
    "dia_danh_ngay_thang": {"size": 14, "italic": True},
    "ten_loai": {"size": 14, "bold": True, "space_before_pt": 12},
    "tac_gia": {"size": 14, "bold": True},
    "trich_yeu": {"size": 14, "bold": True, "space_after_pt": 6},
    "tham_quyen": {"size": 14, "bold": True, "space_before_pt": 6},
    "kinh_gui": {"size": 14, "space_before_pt": 12},
    "kinh_gui_label": {},
    "can_cu": {"italic": True},
    "enact": {"size": 14, "bold": True, "space_before_pt": 6, "space_after_pt": 6},
    "noi_dung": {},
    "noi_nhan_label": {"size": 12, "bold": True, "italic": True, "space_before_pt": 6},
    "noi_nhan": {"size": 11},
    "quyen_han_ky": {"size": 14, "bold": True, "space_before_pt": 6},
    "chuc_vu_ky": {"size": 14, "bold": True},
    "chu_ky": {"size": 14},
    "ho_ten_ky": {"size": 14, "bold": True},
}
_PARTY_FMT: dict[str, dict[str, Any]] = {
    "co_quan_chu_quan": {"size": 14},
    "co_quan_ban_hanh": {"size": 14, "bold": True},
    "sao": {"size": 14},
    "so_ky_hieu": {"size": 14},
    "trich_yeu_cv": {"size": 12, "italic": True, "space_before_pt": 3},
    "du_thao": {"size": 14, "italic": True, "space_before_pt": 3},
    "tieu_de_dang": {"size": 15, "bold": True, "space_after_pt": 6},
    "dia_danh_ngay_thang": {"size": 14, "italic": True},
    "ten_loai": {"size": 15, "bold": True, "space_before_pt": 12},
    "tac_gia": {"size": 15, "bold": True},
    "trich_yeu": {"size": 14, "bold": True},
    "trich_yeu_rule": {"size": 14},
    "tham_quyen": {"size": 14, "bold": True, "space_before_pt": 12},
    "kinh_gui": {"size": 14, "space_before_pt": 6, "indent_left_mm": 25},
    "kinh_gui_label": {
        "italic": True,
        "alignment": "center",
        "indent_left_mm": 0,
        "space_before_pt": 12,
    },
    "can_cu": {},
    "enact": {"size": 14, "bold": True, "space_before_pt": 6, "space_after_pt": 6},
    "noi_dung": {},
    "noi_nhan_label": {"size": 14, "underline": True, "space_before_pt": 6},
    "noi_nhan": {"size": 12},
    "quyen_han_ky": {"size": 14, "bold": True, "space_before_pt": 6},
    "chuc_vu_ky": {"size": 14},
    "chu_ky": {"size": 14},
    "ho_ten_ky": {"size": 14, "bold": True},
}
# paragraph style of each part (None = Normal, the body style)
_PART_STYLE: dict[str, str | None] = {
    "kinh_gui": "VBLeft",
    "kinh_gui_label": "VBLeft",
    "noi_nhan_label": "VBLeft",
    "noi_nhan": "VBLeft",
    "can_cu": None,
    "noi_dung": None,
}
_RUN_KEYS = ("font", "size", "bold", "italic", "underline", "caps", "color", "highlight", "strike")
# default line under a part: ratio of the line's length to the text's width
_STATE_RULES = {"tieu_ngu": 1.0, "co_quan_ban_hanh": 0.4, "trich_yeu": 0.4}
_PARTY_RULES = {"tieu_de_dang": 1.0}


# --------------------------------------------------------------------------------------------
# Output


@dataclass(frozen=True)
class Built:
    """A built document and where everything landed."""

    data: bytes
    parts: dict[str, Any]  # part -> main-story paragraph index (list for repeatable parts)
    part_lines: dict[str, list[int]]  # part -> every paragraph it occupies
    texts: tuple[str, ...]  # expected text of each main-story paragraph
    labels: dict[int, str]  # expected auto-number label of each auto-numbered paragraph
    textbox_parts: dict[str, Any]
    textbox_texts: tuple[str, ...]

    def index(self, part: str) -> int:
        """The first main-story paragraph of ``part``."""
        return self.part_lines[part][0]


REPEATABLE = ("kinh_gui", "can_cu", "noi_dung", "noi_nhan")
# parts that also belong to a repeatable part (as the anatomy reports them)
_ALSO = {"noi_nhan_label": ("noi_nhan",)}


@dataclass
class _Line:
    """One paragraph to write: its part, runs and formatting."""

    part: str
    runs: list[tuple[str, dict[str, Any]]]
    pfmt: dict[str, Any]
    style: str | None
    rule: dict[str, Any] | None = None  # a line drawn under this paragraph
    numbering: tuple[int, int] | None = None  # (numId, ilvl)
    label: str | None = None
    char_style_first: bool = False  # first run uses character style VBStrong

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


def _twips(mm: float) -> int:
    """Millimetres to twips, rounded up so that 15 mm reads back as at least 15 mm."""
    return math.ceil(round(mm * TWIPS_PER_MM, 3))


def _split_fmt(fmt: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    run = {k: v for k, v in fmt.items() if k in _RUN_KEYS}
    para = {k: v for k, v in fmt.items() if k not in _RUN_KEYS}
    return run, para


class _Writer:
    def __init__(self, spec: DocSpec) -> None:
        self.spec = spec
        self.formats = _PARTY_FMT if spec.family == "party" else _STATE_FMT
        self.doc = docx.Document()
        self.body = self.doc.element.body
        self.ids = 0
        self.texts: list[str] = []
        self.labels: dict[int, str] = {}
        self.part_lines: dict[str, list[int]] = {}
        self.tb_texts: list[str] = []
        self.tb_part_lines: dict[str, list[int]] = {}
        self.num_counters: dict[int, list[int]] = {}
        self.num_ids: dict[str, int] = {}
        self.next_num_id = 100

    # -- formatting helpers ----------------------------------------------------------------
    def part_fmt(self, part: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        key = part
        if part == "trich_yeu" and self.spec.doc_type == "cong_van":
            key = "trich_yeu_cv"
        out = dict(self.formats.get(key, {}))
        out.update(self.spec.part_format.get(part, {}))
        if extra:
            out.update(extra)
        return out

    def next_id(self) -> int:
        self.ids += 1
        return self.ids

    def rule_for(self, part: str, text: str, run_fmt: dict[str, Any]) -> dict[str, Any] | None:
        defaults = _PARTY_RULES if self.spec.family == "party" else _STATE_RULES
        opts = dict(self.spec.rules.get(part, {}))
        if part == "trich_yeu" and self.spec.doc_type == "cong_van":
            defaults = {}  # the V/v line of a công văn has no line under it (Mẫu 1.5)
        if part not in defaults and not opts:
            return None
        style = opts.get("style", self.spec.rule_style)
        if style == "none":
            return None
        ratio = opts.get("ratio", defaults.get(part, 0.4))
        size = run_fmt.get("size") or self.spec.default_size
        width = text_width_mm(
            text, size, bold=bool(run_fmt.get("bold")), italic=bool(run_fmt.get("italic"))
        )
        return {"style": style, "length_mm": round(width * ratio, 1), "dash": opts.get("dash")}

    # -- building lines --------------------------------------------------------------------
    def lines_for(self, part: str, text: str | None, extra: dict[str, Any] | None = None):
        """The _Line objects of a header/signature part (one per "\\n"-separated line)."""
        if not text:
            return []
        fmt = self.part_fmt(part, extra)
        run_fmt, para_fmt = _split_fmt(fmt)
        style = _PART_STYLE.get(part, "VBHeader")
        out = []
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            line = _Line(part, [(piece, run_fmt)], para_fmt, style)
            if n == len(pieces) - 1:
                line.rule = self.rule_for(part, max(pieces, key=len), run_fmt)
            out.append(line)
        return out

    def kinh_gui_lines(self) -> list[_Line]:
        out = []
        for n, text in enumerate(self.spec.kinh_gui):
            fmt = self.part_fmt("kinh_gui")
            label = ""
            for prefix in ("Kính gửi:", "Kính trình:", "Kính gửi", "Kính trình"):
                if text.startswith(prefix):
                    label = prefix
                    break
            if label:
                fmt.update(self.formats.get("kinh_gui_label", {}))
                fmt.update(self.spec.part_format.get("kinh_gui_label", {}))
                if self.spec.family == "state":
                    one_line = len(self.spec.kinh_gui) == 1
                    fmt.setdefault("alignment", "center" if one_line else "left")
                    if not one_line:
                        fmt.setdefault("indent_left_mm", 30)
            elif self.spec.family == "state":
                fmt.setdefault(
                    "indent_left_mm",
                    round(30 + text_width_mm("Kính gửi: ", fmt.get("size") or 14), 1),
                )
            if n > 0:
                fmt["space_before_pt"] = 0
            run_fmt, para_fmt = _split_fmt(fmt)
            if label:
                base_run = {k: v for k, v in self.part_fmt("kinh_gui").items() if k in _RUN_KEYS}
                base_run.update(
                    {
                        k: v
                        for k, v in self.spec.part_format.get("kinh_gui", {}).items()
                        if k in _RUN_KEYS
                    }
                )
                runs_ = [(label, run_fmt)]
                if text[len(label) :]:
                    runs_.append((text[len(label) :], base_run))
            else:
                runs_ = [(text, run_fmt)]
            out.append(_Line("kinh_gui", runs_, para_fmt, _PART_STYLE["kinh_gui"]))
        return out

    def body_lines(self) -> list[_Line]:
        out: list[_Line] = []
        for text in self.spec.can_cu:
            run_fmt, para_fmt = _split_fmt(self.part_fmt("can_cu"))
            out.append(_Line("can_cu", [(text, run_fmt)], para_fmt, None))
        out += self.lines_for("enact", self.spec.enact)
        for item in self.spec.body:
            out.append(self.item_line(item))
        return out

    def item_line(self, item: Item) -> _Line:
        fmt = self.part_fmt("noi_dung", item.fmt)
        run_fmt, para_fmt = _split_fmt(fmt)
        if item.segments:
            runs_ = [(t, {**run_fmt, **f}) for t, f in item.segments]
        elif item.label:
            runs_ = [(item.label, run_fmt)]
            if item.text:
                runs_.append((" " + item.text, run_fmt))
        else:
            runs_ = [(item.text, run_fmt)] if item.text else []
        line = _Line("noi_dung", runs_, para_fmt, None, char_style_first=bool(item.label))
        if item.kind == "auto":
            num_id = self.num_id_for(item)
            line.numbering = (num_id, item.level)
            line.label = self.advance_label(num_id, item)
        return line

    def num_id_for(self, item: Item) -> int:
        if item.restart or item.scheme not in self.num_ids:
            if item.scheme in self.num_ids or item.restart:
                num_id = self.next_num_id
                self.next_num_id += 1
            else:
                num_id = _SCHEME_IDS[item.scheme]
            self.num_ids[item.scheme] = num_id
            self.add_num(num_id, _SCHEME_IDS[item.scheme], restart_level=item.level)
            self.num_counters[num_id] = [0] * 9
        return self.num_ids[item.scheme]

    def advance_label(self, num_id: int, item: Item) -> str:
        counters = self.num_counters[num_id]
        counters[item.level] += 1
        for deeper in range(item.level + 1, 9):
            counters[deeper] = 0
        levels = NUMBERING_SCHEMES[item.scheme]
        num_fmt, lvl_text = levels[item.level]
        if num_fmt == "bullet":
            return "•" if _private_use(lvl_text) else lvl_text
        label = lvl_text
        for lvl in range(len(levels)):
            label = label.replace(f"%{lvl + 1}", _fmt_num(levels[lvl][0], max(counters[lvl], 1)))
        return label

    def signature_columns(self) -> tuple[list[_Line], list[_Line]]:
        spec = self.spec
        left = self.lines_for("noi_nhan_label", spec.noi_nhan_label)
        for text in spec.noi_nhan:
            run_fmt, para_fmt = _split_fmt(self.part_fmt("noi_nhan"))
            left.append(_Line("noi_nhan", [(text, run_fmt)], para_fmt, "VBLeft"))
        right = self.lines_for("quyen_han_ky", spec.quyen_han_ky)
        right += self.lines_for("chuc_vu_ky", spec.chuc_vu_ky)
        for _ in range(spec.signature_space):
            run_fmt, para_fmt = _split_fmt(self.part_fmt("chu_ky"))
            right.append(_Line("chu_ky", [], para_fmt, "VBHeader"))
        right += self.lines_for("ho_ten_ky", spec.ho_ten_ky)
        return left, right

    def header_columns(self) -> list[tuple[list[_Line], list[_Line]]]:
        """Rows of (left cell lines, right cell lines)."""
        spec = self.spec
        top_left = self.lines_for("co_quan_chu_quan", spec.co_quan_chu_quan)
        top_left += self.lines_for("co_quan_ban_hanh", spec.co_quan_ban_hanh)
        if spec.family == "party":
            top_left += self.lines_for("sao", spec.sao)
        low_left = self.lines_for("so_ky_hieu", spec.so_ky_hieu)
        if spec.doc_type == "cong_van":
            low_left += self.lines_for("trich_yeu", spec.trich_yeu)
        low_left += self.lines_for("du_thao", spec.du_thao)
        if spec.family == "party":
            top_right = self.lines_for("tieu_de_dang", spec.tieu_de_dang)
        else:
            top_right = self.lines_for("quoc_hieu", spec.quoc_hieu)
            top_right += self.lines_for("tieu_ngu", spec.tieu_ngu)
        low_right = self.lines_for("dia_danh_ngay_thang", spec.dia_danh_ngay_thang)
        if spec.header_rows == 2:
            return [(top_left, top_right), (low_left, low_right)]
        return [(top_left + low_left, top_right + low_right)]

    def title_lines(self) -> list[_Line]:
        spec = self.spec
        out: list[_Line] = []
        if spec.doc_type != "cong_van":
            out += self.lines_for("ten_loai", spec.ten_loai)
            out += self.lines_for("tac_gia", spec.tac_gia)
            out += self.lines_for("trich_yeu", spec.trich_yeu)
            out += self.lines_for("trich_yeu_rule", spec.trich_yeu_rule)
            out += self.lines_for("tham_quyen", spec.tham_quyen)
        out += self.kinh_gui_lines()
        return out

    # -- XML writing -----------------------------------------------------------------------
    def record(self, line: _Line, *, textbox: bool = False, shared: bool = False) -> None:
        texts = self.tb_texts if textbox else self.texts
        lines = self.tb_part_lines if textbox else self.part_lines
        if not shared:
            texts.append(line.text)
        idx = len(texts) - 1
        if line.label is not None and not textbox:
            self.labels[idx] = line.label
        for part in (line.part, *_ALSO.get(line.part, ())):
            lines.setdefault(part, []).append(idx)

    def make_p(self, line: _Line, *, avail_mm: float, offset_mm: float = 0.0) -> Any:
        """A w:p element for ``line``; ``avail_mm`` is the width its column offers."""
        p = parse_xml(f'<w:p xmlns:w="{W_NS}"/>')
        ppr = self.make_ppr(line, avail_mm)
        if len(ppr):
            p.append(ppr)
        for n, (text, fmt) in enumerate(line.runs):
            p.append(self.make_r(text, fmt, char_style=line.char_style_first and n == 0))
        rule = line.rule
        if rule and rule["style"] == "shape":
            size = line.runs[0][1].get("size") if line.runs else None
            p.append(self.make_line_shape(rule, avail_mm, offset_mm, size or 14))
        return p

    def make_ppr(self, line: _Line, avail_mm: float) -> Any:
        f = dict(line.pfmt)
        ppr = etree.SubElement(etree.Element(qn("w:p")), qn("w:pPr"))
        if line.style:
            etree.SubElement(ppr, qn("w:pStyle")).set(qn("w:val"), line.style)
        if f.get("keep_next"):
            etree.SubElement(ppr, qn("w:keepNext"))
        if line.numbering:
            num_pr = etree.SubElement(ppr, qn("w:numPr"))
            etree.SubElement(num_pr, qn("w:ilvl")).set(qn("w:val"), str(line.numbering[1]))
            etree.SubElement(num_pr, qn("w:numId")).set(qn("w:val"), str(line.numbering[0]))
        rule = line.rule
        border_rule = rule if rule and rule["style"] == "border" else None
        if f.get("box") or border_rule:
            bdr = etree.SubElement(ppr, qn("w:pBdr"))
            sides = ("top", "left", "bottom", "right") if f.get("box") else ("bottom",)
            for side in sides:
                el = etree.SubElement(bdr, qn(f"w:{side}"))
                dash = border_rule and border_rule.get("dash")
                el.set(qn("w:val"), "dashed" if dash else "single")
                el.set(qn("w:sz"), "6")
                el.set(qn("w:space"), "1")
                el.set(qn("w:color"), "auto")
        if "tabs" in f:
            tabs = etree.SubElement(ppr, qn("w:tabs"))
            for kind, pos_mm in f["tabs"]:
                tab = etree.SubElement(tabs, qn("w:tab"))
                tab.set(qn("w:val"), kind)
                tab.set(qn("w:pos"), str(round(pos_mm * TWIPS_PER_MM)))
        before, after = f.get("space_before_pt"), f.get("space_after_pt")
        spacing_line, spacing_rule = f.get("line_spacing"), f.get("line_rule")
        if before is not None or after is not None or spacing_line is not None:
            sp = etree.SubElement(ppr, qn("w:spacing"))
            if before is not None:
                sp.set(qn("w:before"), str(round(before * 20)))
            if after is not None:
                sp.set(qn("w:after"), str(round(after * 20)))
            if spacing_line is not None:
                rule_name = spacing_rule or "auto"
                value = spacing_line * 240 if rule_name == "auto" else spacing_line * 20
                sp.set(qn("w:line"), str(round(value)))
                sp.set(qn("w:lineRule"), rule_name)
        left, right = f.get("indent_left_mm"), f.get("indent_right_mm")
        first = f.get("first_line_mm")
        if border_rule and left is None and right is None:
            # a bottom border is as long as the paragraph: narrow it to the wanted length
            side = max(0.0, (avail_mm - border_rule["length_mm"]) / 2)
            left = right = round(side, 1)
        if left is not None or right is not None or first is not None:
            ind = etree.SubElement(ppr, qn("w:ind"))
            if left is not None:
                ind.set(qn("w:left"), str(round(left * TWIPS_PER_MM)))
            if right is not None:
                ind.set(qn("w:right"), str(round(right * TWIPS_PER_MM)))
            if first is not None:
                if first < 0:
                    ind.set(qn("w:hanging"), str(round(-first * TWIPS_PER_MM)))
                else:
                    ind.set(qn("w:firstLine"), str(round(first * TWIPS_PER_MM)))
        if f.get("alignment"):
            jc = {"justify": "both"}.get(f["alignment"], f["alignment"])
            etree.SubElement(ppr, qn("w:jc")).set(qn("w:val"), jc)
        return ppr

    def make_r(self, text: str, fmt: dict[str, Any], *, char_style: bool = False) -> Any:
        r = etree.Element(qn("w:r"))
        rpr = etree.SubElement(r, qn("w:rPr"))
        if char_style:
            etree.SubElement(rpr, qn("w:rStyle")).set(qn("w:val"), "VBStrong")
        font = fmt.get("font")
        if font is None and self.spec.defaults_in == "direct":
            font = self.spec.default_font
        if font:
            rf = etree.SubElement(rpr, qn("w:rFonts"))
            for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
                rf.set(qn(f"w:{attr}"), font)
        if fmt.get("bold"):
            etree.SubElement(rpr, qn("w:b"))
            etree.SubElement(rpr, qn("w:bCs"))
        if fmt.get("italic"):
            etree.SubElement(rpr, qn("w:i"))
            etree.SubElement(rpr, qn("w:iCs"))
        if fmt.get("caps"):
            etree.SubElement(rpr, qn("w:caps"))
        if fmt.get("strike"):
            etree.SubElement(rpr, qn("w:strike"))
        if fmt.get("color"):
            etree.SubElement(rpr, qn("w:color")).set(qn("w:val"), fmt["color"])
        size = fmt.get("size")
        if size is None and self.spec.defaults_in == "direct":
            size = self.spec.default_size
        if size:
            etree.SubElement(rpr, qn("w:sz")).set(qn("w:val"), str(round(size * 2)))
            etree.SubElement(rpr, qn("w:szCs")).set(qn("w:val"), str(round(size * 2)))
        if fmt.get("highlight"):
            etree.SubElement(rpr, qn("w:highlight")).set(qn("w:val"), fmt["highlight"])
        if fmt.get("underline"):
            u = fmt["underline"]
            etree.SubElement(rpr, qn("w:u")).set(qn("w:val"), "single" if u is True else u)
        if not len(rpr):
            r.remove(rpr)
        parts = text.split("\t")
        for n, piece in enumerate(parts):
            if n:
                etree.SubElement(r, qn("w:tab"))
            segs = piece.split("\n")
            for k, seg in enumerate(segs):
                if k:
                    etree.SubElement(r, qn("w:br"))
                if seg:
                    t = etree.SubElement(r, qn("w:t"))
                    t.text = seg
                    if seg != seg.strip():
                        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    def make_line_shape(
        self, rule: dict[str, Any], avail_mm: float, offset_mm: float, size_pt: float
    ) -> Any:
        sid = self.next_id()
        length = rule["length_mm"]
        x_mm = offset_mm + max(0.0, (avail_mm - length) / 2)
        y_pt = size_pt * 1.15 + 3  # inside the 6 pt gap below the text line
        cx, x = round(length * EMU_PER_MM), round(x_mm * EMU_PER_MM)
        y = round(y_pt * 12700)
        dash = '<a:prstDash val="dash"/>' if rule.get("dash") else ""
        vdash = '<v:stroke dashstyle="dash"/>' if rule.get("dash") else ""
        x_pt, w_pt = x_mm * 72 / 25.4, length * 72 / 25.4
        xml = f"""<w:r {NSDECL}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300"
 distR="114300" simplePos="0" relativeHeight="{251659264 + sid}" behindDoc="0" locked="0"
 layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{sid}" name="Line {sid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="0"/></a:xfrm>
<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/>
</a:solidFill>{dash}</a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:line id="Line {sid}" style="position:absolute;z-index:{sid};
mso-position-horizontal-relative:text;mso-position-vertical-relative:text"
 from="{x_pt:.1f}pt,{y_pt:.1f}pt" to="{x_pt + w_pt:.1f}pt,{y_pt:.1f}pt" strokeweight=".75pt">{vdash}
</v:line></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
        return parse_xml(" ".join(xml.split("\n")).replace("> <", "><"))

    def text_rule_line(self, line: _Line) -> _Line | None:
        """The underscore paragraph that stands for a line in rule style "text"."""
        rule = line.rule
        if not rule or rule["style"] != "text":
            return None
        size = (line.runs[0][1].get("size") if line.runs else None) or 14
        count = max(3, round(rule["length_mm"] / text_width_mm("_", size)))
        return _Line(line.part + "_rule", [("_" * count, {"size": size})], {}, "VBHeader")

    def expand(self, lines: list[_Line]) -> list[_Line]:
        out = []
        for line in lines:
            out.append(line)
            extra = self.text_rule_line(line)
            if extra:
                out.append(extra)
        return out

    # -- containers ------------------------------------------------------------------------
    def add_body(self, line: _Line, avail_mm: float, offset_mm: float = 0.0) -> Any:
        p = self.make_p(line, avail_mm=avail_mm, offset_mm=offset_mm)
        self.body.sectPr.addprevious(p)
        self.record(line)
        return p

    def add_table(self, rows: list[tuple[list[_Line], list[_Line]]], widths: tuple[float, float]):
        tw = [round(w * TWIPS_PER_MM) for w in widths]
        tbl = parse_xml(
            f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblW w:w="{sum(tw)}" w:type="dxa"/>'
            '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
            '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
            '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" '
            'w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
            'w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{tw[0]}"/><w:gridCol w:w="{tw[1]}"/></w:tblGrid></w:tbl>'
        )
        cell_margin_mm = 108 / TWIPS_PER_MM  # Word's default left/right cell margin
        for row in rows:
            tr = etree.SubElement(tbl, qn("w:tr"))
            for col, lines in enumerate(row):
                tc = etree.SubElement(tr, qn("w:tc"))
                tcpr = etree.SubElement(tc, qn("w:tcPr"))
                tcw = etree.SubElement(tcpr, qn("w:tcW"))
                tcw.set(qn("w:w"), str(tw[col]))
                tcw.set(qn("w:type"), "dxa")
                avail = widths[col] - 2 * cell_margin_mm
                lines = self.expand(lines)
                if not lines:
                    lines = [_Line("empty", [], {}, "VBHeader")]
                for line in lines:
                    tc.append(self.make_p(line, avail_mm=avail))
                    self.record(line)
        self.body.sectPr.addprevious(tbl)
        return tbl

    def add_two_column_lines(
        self, left: list[_Line], right: list[_Line], widths: tuple[float, float]
    ) -> None:
        """Tab-separated lines: "left text<TAB>right text", centred tab stops per column."""
        left, right = self.expand(left), self.expand(right)
        for n in range(max(len(left), len(right))):
            a = left[n] if n < len(left) else None
            b = right[n] if n < len(right) else None
            runs_: list[tuple[str, dict[str, Any]]] = []
            pfmt: dict[str, Any] = {
                "alignment": "left",
                "first_line_mm": 0,
                "indent_left_mm": 0,
                "tabs": [("center", widths[0] / 2), ("center", widths[0] + widths[1] / 2)],
            }
            if a and a.style == "VBLeft":
                pfmt["tabs"] = [("center", widths[0] + widths[1] / 2)]
            else:
                runs_.append(("\t", {}))
            if a:
                runs_ += a.runs
                for key in ("space_before_pt", "space_after_pt"):
                    if key in a.pfmt:
                        pfmt[key] = a.pfmt[key]
            if b:
                runs_.append(("\t", {}))
                runs_ += b.runs
                for key in ("space_before_pt", "space_after_pt"):
                    if key in b.pfmt:
                        pfmt[key] = max(pfmt.get(key, 0), b.pfmt[key])
            part = a.part if a else (b.part if b else "empty")
            merged = _Line(part, runs_, pfmt, "VBHeader")
            if b and b.rule and b.rule["style"] in ("shape", "border"):
                merged.rule = {**b.rule, "style": "shape"}
            p = self.make_p(merged, avail_mm=widths[1], offset_mm=widths[0])
            if a and a.rule and a.rule["style"] in ("shape", "border"):
                size = a.runs[0][1].get("size") if a.runs else None
                p.append(self.make_line_shape(a.rule, widths[0], 0.0, size or 14))
            self.body.sectPr.addprevious(p)
            self.texts.append(merged.text)
            idx = len(self.texts) - 1
            for src in (a, b):
                if src:
                    for name in (src.part, *_ALSO.get(src.part, ())):
                        self.part_lines.setdefault(name, []).append(idx)

    def add_textbox_header(self, left: list[_Line], right: list[_Line]) -> None:
        widths = self.spec.header_widths_mm
        anchor = _Line("header_anchor", [], {}, "VBHeader")
        p = self.make_p(anchor, avail_mm=sum(widths))
        for col, lines in enumerate((left, right)):
            paras = []
            for line in lines:
                if line.rule and line.rule["style"] == "shape":
                    line.rule = {**line.rule, "style": "border"}
                paras.append(self.make_p(line, avail_mm=widths[col]))
                self.record(line, textbox=True)
            p.append(self.make_textbox(paras, widths[col], 32.0, sum(widths[:col])))
        self.body.sectPr.addprevious(p)
        self.texts.append("")
        self.part_lines.setdefault("header_anchor", []).append(len(self.texts) - 1)

    def make_textbox(self, paras: list[Any], w_mm: float, h_mm: float, x_mm: float) -> Any:
        sid = self.next_id()
        cx, cy, x = (round(v * EMU_PER_MM) for v in (w_mm, h_mm, x_mm))
        w_pt, h_pt, x_pt = (v * 72 / 25.4 for v in (w_mm, h_mm, x_mm))
        xml = f"""<w:r {NSDECL}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0"
 simplePos="0" relativeHeight="{251659264 + sid}" behindDoc="0" locked="0" layoutInCell="1"
 allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>
</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>
</wps:spPr><wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"
 lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="Text Box {sid}" o:spid="_x0000_s{1024 + sid}"
 type="#_x0000_t202" style="position:absolute;margin-left:{x_pt:.1f}pt;margin-top:0;
width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;z-index:{sid};mso-position-horizontal-relative:text;
mso-position-vertical-relative:text" filled="f" stroked="f"><v:textbox inset="0,0,0,0">
<w:txbxContent/></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
        r = parse_xml(" ".join(xml.split("\n")).replace("> <", "><"))
        contents = r.findall(".//" + qn("w:txbxContent"))
        for para in paras:
            contents[0].append(para)
            contents[1].append(copy.deepcopy(para))
        return r

    # -- document-level parts ----------------------------------------------------------------
    def setup_styles(self) -> None:
        spec = self.spec
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for child in list(rpr_default):
            if child.tag != qn("w:lang"):
                rpr_default.remove(child)
        half_points = str(round(spec.default_size * 2))
        xmlns_w = f'xmlns:w="{W_NS}"'
        font_xml = (
            f'<w:rFonts xmlns:w="{W_NS}" w:ascii="{spec.default_font}" '
            f'w:hAnsi="{spec.default_font}" w:eastAsia="{spec.default_font}" '
            f'w:cs="{spec.default_font}"/>'
        )
        theme_xml = (
            f'<w:rFonts xmlns:w="{W_NS}" w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" '
            'w:eastAsiaTheme="minorHAnsi" w:cstheme="minorBidi"/>'
        )
        size_xml = f'<w:sz xmlns:w="{W_NS}" w:val="{half_points}"/>'
        size_cs_xml = f'<w:szCs xmlns:w="{W_NS}" w:val="{half_points}"/>'
        lang = rpr_default.find(qn("w:lang"))
        if spec.defaults_in == "docDefaults":
            new = [font_xml, size_xml, size_cs_xml]
        elif spec.defaults_in == "theme":
            new = [theme_xml, size_xml, size_cs_xml]
            self.set_theme_font(spec.default_font)
        else:  # "normal" and "direct": defaults stay Word's (theme font, 11 pt)
            new = [theme_xml, f'<w:sz xmlns:w="{W_NS}" w:val="22"/>']
            self.set_theme_font("Calibri")
        for xml in reversed(new):
            if lang is not None:
                lang.addprevious(parse_xml(xml))
            else:
                rpr_default.append(parse_xml(xml))
        ppr_default = defaults.find(qn("w:pPrDefault"))
        if ppr_default is not None:
            defaults.remove(ppr_default)
        defaults.append(
            parse_xml(
                f'<w:pPrDefault xmlns:w="{W_NS}"><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            )
        )
        # Normal: the body paragraph
        normal = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='Normal']")
        for child in list(normal):
            if child.tag in (qn("w:pPr"), qn("w:rPr")):
                normal.remove(child)
        line_value = (
            spec.body_line_spacing * 240
            if spec.body_line_rule == "auto"
            else spec.body_line_spacing * 20
        )
        jc = {"justify": "both"}.get(spec.body_alignment, spec.body_alignment)
        normal.append(
            parse_xml(
                f'<w:pPr xmlns:w="{W_NS}">'
                f'<w:spacing w:before="{round(spec.body_space_before_pt * 20)}"'
                f' w:after="{round(spec.body_space_after_pt * 20)}" w:line="{round(line_value)}"'
                f' w:lineRule="{spec.body_line_rule}"/>'
                f'<w:ind w:firstLine="{round(spec.body_first_line_mm * TWIPS_PER_MM)}"/>'
                f'<w:jc w:val="{jc}"/></w:pPr>'
            )
        )
        if spec.defaults_in == "normal":
            normal.append(
                parse_xml(
                    f'<w:rPr xmlns:w="{W_NS}">{font_xml.replace(" " + xmlns_w, "")}'
                    f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
                )
            )
        styles.append(
            parse_xml(
                f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" '
                'w:styleId="VBHeader"><w:name w:val="VB Header Block"/><w:basedOn w:val="Normal"/>'
                '<w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" '
                'w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
                "</w:style>"
            )
        )
        styles.append(
            parse_xml(
                f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" '
                'w:styleId="VBLeft"><w:name w:val="VB Left Block"/><w:basedOn w:val="VBHeader"/>'
                '<w:qFormat/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>'
            )
        )
        styles.append(
            parse_xml(
                f'<w:style xmlns:w="{W_NS}" w:type="character" w:customStyle="1" '
                'w:styleId="VBStrong"><w:name w:val="VB Strong"/><w:rPr><w:b/><w:bCs/></w:rPr>'
                "</w:style>"
            )
        )

    def set_theme_font(self, font: str) -> None:
        for part in self.doc.part.package.iter_parts():
            if str(part.partname).startswith("/word/theme/"):
                root = etree.fromstring(part.blob)
                ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
                for latin in root.findall(".//a:minorFont/a:latin", ns):
                    latin.set("typeface", font)
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def setup_numbering(self) -> None:
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for name, levels in NUMBERING_SCHEMES.items():
            aid = _SCHEME_IDS[name]
            lvls = []
            for n, (num_fmt, text) in enumerate(levels):
                font = ""
                if _private_use(text):
                    font = (
                        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/>'
                        "</w:rPr>"
                    )
                lvls.append(
                    f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/>'
                    f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    '<w:suff w:val="space"/>'
                    f'<w:pPr><w:ind w:left="0" w:firstLine="{round(10 * TWIPS_PER_MM)}"/></w:pPr>'
                    f"{font}</w:lvl>"
                )
            numbering.append(
                parse_xml(
                    f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{aid}">'
                    f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>'
                )
            )

    def add_num(self, num_id: int, abstract_id: int, *, restart_level: int = 0) -> None:
        numbering = self.doc.part.numbering_part.element
        override = ""
        if num_id != abstract_id:
            override = (
                f'<w:lvlOverride w:ilvl="{restart_level}"><w:startOverride w:val="1"/>'
                "</w:lvlOverride>"
            )
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId '
                f'w:val="{abstract_id}"/>{override}</w:num>'
            )
        )

    def setup_section(self) -> None:
        spec = self.spec
        section = self.doc.sections[0]
        sect_pr = section._sectPr
        pg_sz = sect_pr.find(qn("w:pgSz"))
        pg_sz.set(qn("w:w"), str(_twips(spec.page_width_mm)))
        pg_sz.set(qn("w:h"), str(_twips(spec.page_height_mm)))
        if spec.orientation == "landscape":
            pg_sz.set(qn("w:orient"), "landscape")
        pg_mar = sect_pr.find(qn("w:pgMar"))
        for attr, value in (
            ("top", spec.margin_top_mm),
            ("bottom", spec.margin_bottom_mm),
            ("left", spec.margin_left_mm),
            ("right", spec.margin_right_mm),
            ("header", spec.header_distance_mm),
            ("footer", spec.footer_distance_mm),
        ):
            pg_mar.set(qn(f"w:{attr}"), str(_twips(value)))
        if spec.even_and_odd:
            self.doc.settings.odd_and_even_pages_header_footer = True
        if spec.even_page_number != "none":
            even = (
                section.even_page_footer
                if spec.even_page_number == "footer"
                else section.even_page_header
            )
            self.fill_page_field(even.paragraphs[0]._p)
        mode = spec.page_number
        if mode == "none":
            return
        section.different_first_page_header_footer = mode != "header_all"
        story = section.footer if mode == "footer" else section.header
        self.fill_page_field(story.paragraphs[0]._p)
        if mode in ("header", "footer"):
            first = section.first_page_footer if mode == "footer" else section.first_page_header
            first.is_linked_to_previous = False  # an explicit, empty first-page story
        elif mode == "header_and_first":
            self.fill_page_field(section.first_page_header.paragraphs[0]._p)

    def fill_page_field(self, p: Any) -> None:
        half = round(self.spec.page_number_size * 2)
        rpr = f'<w:rPr><w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'
        for child in list(p):
            p.remove(child)
        p.append(
            parse_xml(
                f'<w:pPr xmlns:w="{W_NS}"><w:pStyle w:val="Header"/><w:spacing w:before="0" '
                'w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>'
                f"{rpr}</w:pPr>"
            )
        )
        for piece in (
            '<w:fldChar w:fldCharType="begin"/>',
            '<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText>',
            '<w:fldChar w:fldCharType="separate"/>',
            "<w:t>2</w:t>",
            '<w:fldChar w:fldCharType="end"/>',
        ):
            p.append(parse_xml(f'<w:r xmlns:w="{W_NS}">{rpr}{piece}</w:r>'))

    def add_review_marks(self, first_body: Any | None) -> None:
        spec = self.spec
        if first_body is None:
            return
        if spec.comments:
            from docx.text.paragraph import Paragraph

            para = Paragraph(first_body, self.doc._body)
            target = para.runs or [para.add_run("")]
            for text in spec.comments:
                comment = self.doc.add_comment(target, text=text, author="Người góp ý")
                comment._comment_elm.set(qn("w:date"), "2026-01-01T00:00:00Z")
        if spec.tracked_changes:
            date = "2026-01-01T00:00:00Z"
            rs = first_body.findall(qn("w:r"))
            ins = parse_xml(
                f'<w:ins xmlns:w="{W_NS}" w:id="901" w:author="Người soạn thảo" w:date="{date}"/>'
            )
            if rs:
                rs[0].addprevious(ins)
                for r in rs:
                    ins.append(r)
            else:
                first_body.append(ins)
            ins.addprevious(
                parse_xml(
                    f'<w:del xmlns:w="{W_NS}" w:id="902" w:author="Người soạn thảo" '
                    f'w:date="{date}"><w:r><w:delText xml:space="preserve">Nội dung cũ. '
                    "</w:delText></w:r></w:del>"
                )
            )

    def build(self) -> Built:
        spec = self.spec
        self.setup_styles()
        self.setup_numbering()
        self.setup_section()
        content_mm = spec.page_width_mm - spec.margin_left_mm - spec.margin_right_mm
        if spec.orientation == "landscape" and spec.page_width_mm < spec.page_height_mm:
            content_mm = spec.page_height_mm - spec.margin_left_mm - spec.margin_right_mm
        # 1. header
        rows = self.header_columns()
        if spec.header_layout == "table":
            self.add_table(rows, spec.header_widths_mm)
        elif spec.header_layout == "paragraphs":
            for left, right in rows:
                self.add_two_column_lines(left, right, spec.header_widths_mm)
        elif spec.header_layout == "textbox":
            left = [ln for row in rows for ln in row[0]]
            right = [ln for row in rows for ln in row[1]]
            self.add_textbox_header(left, right)
        else:
            raise ValueError(f"unknown header_layout {spec.header_layout!r}")
        # 2. title, kính gửi, căn cứ, body
        first_body = None
        for line in self.expand(self.title_lines() + self.body_lines()):
            el = self.add_body(line, content_mm)
            if line.part == "noi_dung" and first_body is None:
                first_body = el
        # 3. signature
        left, right = self.signature_columns()
        if spec.signature_layout == "table":
            self.add_table([(left, right)], spec.signature_widths_mm)
        elif spec.signature_layout == "paragraphs":
            self.add_two_column_lines(left, right, spec.signature_widths_mm)
        else:
            raise ValueError(f"unknown signature_layout {spec.signature_layout!r}")
        # 4. closing paragraph
        self.add_body(_Line("end", [], {}, None), content_mm)
        self.add_review_marks(first_body)
        self.set_properties()
        data = _normalise_zip(self._save())
        parts: dict[str, Any] = {
            k: (list(v) if k in REPEATABLE else v[0]) for k, v in self.part_lines.items()
        }
        tb_parts: dict[str, Any] = {
            k: (list(v) if k in REPEATABLE else v[0]) for k, v in self.tb_part_lines.items()
        }
        return Built(
            data=data,
            parts=parts,
            part_lines={k: list(v) for k, v in self.part_lines.items()},
            texts=tuple(self.texts),
            labels=dict(self.labels),
            textbox_parts=tb_parts,
            textbox_texts=tuple(self.tb_texts),
        )

    def set_properties(self) -> None:
        props = self.doc.core_properties
        props.author = "vblint"
        props.last_modified_by = "vblint"
        props.title = self.spec.title
        props.comments = ""
        props.revision = 1
        props.created = FIXED_DATE
        props.modified = FIXED_DATE
        if self.spec.pages is not None:
            for part in self.doc.part.package.iter_parts():
                if str(part.partname) == "/docProps/app.xml":
                    root = etree.fromstring(part.blob)
                    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
                    pages = root.find(ns + "Pages")
                    if pages is None:
                        pages = etree.SubElement(root, ns + "Pages")
                    pages.text = str(self.spec.pages)
                    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def _save(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def _normalise_zip(data: bytes) -> bytes:
    """Same bytes for the same spec: fixed timestamps and order; drop the template thumbnail."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            blob = src.read(info.filename)
            if info.filename == "_rels/.rels":
                blob = _drop_thumbnail_rel(blob)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def _drop_thumbnail_rel(blob: bytes) -> bytes:
    root = etree.fromstring(blob)
    for rel in list(root):
        if rel.get("Target", "").endswith("thumbnail.jpeg"):
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --------------------------------------------------------------------------------------------
# Public API


def build(spec: DocSpec) -> Built:
    """Build ``spec``: the .docx bytes and where each part landed."""
    return _Writer(spec).build()


def to_bytes(spec: DocSpec) -> bytes:
    return build(spec).data


def write(spec: DocSpec, path: str | Path) -> Path:
    """Write ``spec`` as a .docx file and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_bytes(spec))
    return path


def read(spec: DocSpec, *, name: str = "fixture.docx") -> Any:
    """``linter.reader.read_docx`` of the built document (imported lazily)."""
    from linter.reader import read_docx

    return read_docx(to_bytes(spec), name=name)


# --------------------------------------------------------------------------------------------
# State documents (Nghị định 30/2020/NĐ-CP)

STATE_TYPES: dict[str, tuple[str, str]] = {
    # slug: (TÊN LOẠI, abbreviation per Phụ lục III)
    "nghi_quyet": ("NGHỊ QUYẾT", "NQ"),
    "quyet_dinh": ("QUYẾT ĐỊNH", "QĐ"),
    "chi_thi": ("CHỈ THỊ", "CT"),
    "quy_che": ("QUY CHẾ", "QC"),
    "quy_dinh": ("QUY ĐỊNH", "QyĐ"),
    "thong_cao": ("THÔNG CÁO", "TC"),
    "thong_bao": ("THÔNG BÁO", "TB"),
    "huong_dan": ("HƯỚNG DẪN", "HD"),
    "chuong_trinh": ("CHƯƠNG TRÌNH", "CTr"),
    "ke_hoach": ("KẾ HOẠCH", "KH"),
    "phuong_an": ("PHƯƠNG ÁN", "PA"),
    "de_an": ("ĐỀ ÁN", "ĐA"),
    "du_an": ("DỰ ÁN", "DA"),
    "bao_cao": ("BÁO CÁO", "BC"),
    "bien_ban": ("BIÊN BẢN", "BB"),
    "to_trinh": ("TỜ TRÌNH", "TTr"),
    "hop_dong": ("HỢP ĐỒNG", "HĐ"),
    "cong_dien": ("CÔNG ĐIỆN", "CĐ"),
    "ban_ghi_nho": ("BẢN GHI NHỚ", "BGN"),
    "ban_thoa_thuan": ("BẢN THỎA THUẬN", "BTT"),
    "giay_uy_quyen": ("GIẤY ỦY QUYỀN", "GUQ"),
    "giay_moi": ("GIẤY MỜI", "GM"),
    "giay_gioi_thieu": ("GIẤY GIỚI THIỆU", "GGT"),
    "giay_nghi_phep": ("GIẤY NGHỈ PHÉP", "GNP"),
    "phieu_gui": ("PHIẾU GỬI", "PG"),
    "phieu_chuyen": ("PHIẾU CHUYỂN", "PC"),
    "phieu_bao": ("PHIẾU BÁO", "PB"),
    "cong_van": ("", ""),
}

STATE_DATE = dt.date(2026, 11, 16)
STATE_PLACE = "Lâm Đồng"
STATE_ISSUER = ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ", "SNV")


def _finish(spec: DocSpec, overrides: dict[str, Any], place: str) -> DocSpec:
    overrides = _aliases(overrides)
    date = overrides.get("date", spec.date)
    if "date" in overrides and "dia_danh_ngay_thang" not in overrides and date is not None:
        overrides["dia_danh_ngay_thang"] = date_line(place, date)
    return replace(spec, **overrides)


def state_doc(
    doc_type: str = "thong_bao", *, place: str = STATE_PLACE, **overrides: Any
) -> DocSpec:
    """A compliant State document of any Phụ lục III type (generic content)."""
    if doc_type not in STATE_TYPES:
        raise ValueError(f"unknown State doc_type {doc_type!r}")
    ten_loai, abbr = STATE_TYPES[doc_type]
    chu_quan, issuer, issuer_abbr = STATE_ISSUER
    date = overrides.get("date") or STATE_DATE
    spec = DocSpec(
        family="state",
        doc_type=doc_type,
        date=date,
        co_quan_chu_quan=chu_quan,
        co_quan_ban_hanh=issuer,
        so_ky_hieu=f"Số: 125/{abbr}-{issuer_abbr}" if abbr else f"Số: 125/{issuer_abbr}-VP",
        dia_danh_ngay_thang=date_line(place, date),
        ten_loai=ten_loai or None,
        trich_yeu="Về công tác cải cách hành chính năm 2027",
        body=[
            p(
                "Sở Nội vụ tổ chức thực hiện các nhiệm vụ cải cách hành chính năm 2027 bảo đảm "
                "đúng tiến độ, chất lượng và hiệu quả."
            ),
            p(
                "Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm tổ chức "
                "thực hiện./."
            ),
        ],
        noi_nhan=[
            "- Ủy ban nhân dân tỉnh (để báo cáo);",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.",
        ],
        quyen_han_ky=None,
        chuc_vu_ky="GIÁM ĐỐC",
        ho_ten_ky="Nguyễn Văn An",
        title=f"{ten_loai or 'CÔNG VĂN'} - fixture",
    )
    return _finish(spec, overrides, place)


def state_quyet_dinh(*, place: str = STATE_PLACE, **overrides: Any) -> DocSpec:
    """Quyết định (cá biệt) quy định trực tiếp, Mẫu 1.2: căn cứ, QUYẾT ĐỊNH:, Điều 1-3."""
    base = state_doc("quyet_dinh", place=place)
    spec = base.replace(
        trich_yeu="Về việc thành lập Tổ công tác rà soát thủ tục hành chính nội bộ",
        tham_quyen="GIÁM ĐỐC SỞ NỘI VỤ TỈNH LÂM ĐỒNG",
        can_cu=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Quyết định số 25/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân "
            "tỉnh Lâm Đồng quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở "
            "Nội vụ;",
            "Theo đề nghị của Chánh Văn phòng Sở.",
        ],
        enact="QUYẾT ĐỊNH:",
        body=[
            dieu(
                1,
                "Thành lập Tổ công tác rà soát thủ tục hành chính nội bộ của Sở Nội vụ (sau đây "
                "gọi là Tổ công tác), gồm các thành viên có tên tại danh sách kèm theo Quyết định "
                "này.",
            ),
            dieu(
                2,
                "Tổ công tác có nhiệm vụ rà soát, đề xuất đơn giản hóa thủ tục hành chính nội bộ "
                "của Sở; báo cáo Giám đốc Sở kết quả thực hiện trước ngày 31 tháng 12 năm 2026. "
                "Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.",
            ),
            dieu(
                3,
                "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, "
                "đơn vị thuộc Sở và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành "
                "Quyết định này./.",
            ),
        ],
        noi_nhan=["- Như Điều 3;", "- Ủy ban nhân dân tỉnh (để báo cáo);", "- Lưu: VT, VP."],
        quyen_han_ky="KT. GIÁM ĐỐC",
        chuc_vu_ky="PHÓ GIÁM ĐỐC",
        ho_ten_ky="Trần Thị Bình",
    )
    return _finish(spec, overrides, place)


def state_cong_van(*, place: str = STATE_PLACE, **overrides: Any) -> DocSpec:
    """Công văn, Mẫu 1.5: V/v under Số, Kính gửi list, Nơi nhận starting "- Như trên;"."""
    base = state_doc("cong_van", place=place)
    spec = base.replace(
        so_ky_hieu="Số: 1250/SNV-VP",
        ten_loai=None,
        trich_yeu="V/v triển khai thực hiện Kết luận số 226-KL/TW của Ban Bí thư",
        kinh_gui=[
            "Kính gửi:",
            "- Các sở, ban, ngành thuộc tỉnh;",
            "- Ủy ban nhân dân các xã, phường, đặc khu.",
        ],
        body=[
            p(
                "Thực hiện Kết luận số 226-KL/TW ngày 11 tháng 12 năm 2025 của Ban Bí thư về việc "
                "chấn chỉnh lề lối làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị, "
                "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:"
            ),
            p(
                "1. Rà soát, cắt giảm ít nhất 15% số lượng văn bản hành chính ban hành năm 2026 "
                "so với năm 2025; báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng 12 năm 2026."
            ),
            p(
                "2. Văn phòng Sở chủ trì lập danh mục hội nghị năm 2027 của Sở, trong đó ít "
                "nhất 60% số hội nghị tổ chức trực tuyến; trình Giám đốc Sở trước ngày 20 tháng "
                "12 năm 2026."
            ),
            p("Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."),
        ],
        noi_nhan=["- Như trên;", "- Ủy ban nhân dân tỉnh (để báo cáo);", "- Lưu: VT, VP."],
        quyen_han_ky="KT. GIÁM ĐỐC",
        chuc_vu_ky="PHÓ GIÁM ĐỐC",
        ho_ten_ky="Trần Thị Bình",
    )
    return _finish(spec, overrides, place)


def state_ke_hoach(*, place: str = STATE_PLACE, **overrides: Any) -> DocSpec:
    """Kế hoạch (Mẫu 1.4) with Roman headings, literal numbers and Word auto-numbered điểm."""
    base = state_doc("ke_hoach", place=place)
    spec = base.replace(
        so_ky_hieu="Số: 45/KH-SNV",
        trich_yeu="Tuyên truyền cải cách hành chính năm 2027",
        body=[
            p(
                "Thực hiện Kế hoạch cải cách hành chính năm 2027 của Ủy ban nhân dân tỉnh, Sở Nội "
                "vụ ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2027 như sau:"
            ),
            heading("I. MỤC ĐÍCH, YÊU CẦU"),
            p(
                "1. Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về cải cách "
                "hành chính."
            ),
            p(
                "2. Nội dung tuyên truyền bảo đảm chính xác, thiết thực, phù hợp với từng đối "
                "tượng."
            ),
            heading("II. NỘI DUNG VÀ HÌNH THỨC"),
            p("1. Nội dung tuyên truyền"),
            auto(
                "Các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành "
                "chính;",
                2,
            ),
            auto("Kết quả cải cách thủ tục hành chính của tỉnh;", 2),
            p("2. Hình thức tuyên truyền"),
            auto("Trên Cổng thông tin điện tử của Sở;", 2, restart=True),
            auto("Tại hội nghị giao ban hằng tháng của Sở.", 2),
            heading("III. TỔ CHỨC THỰC HIỆN"),
            p(
                "Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị thuộc Sở triển khai thực "
                "hiện Kế hoạch này; báo cáo Giám đốc Sở kết quả thực hiện trước ngày 15 tháng 12 "
                "năm 2027./."
            ),
        ],
        noi_nhan=[
            "- Ủy ban nhân dân tỉnh (để báo cáo);",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.",
        ],
        quyen_han_ky=None,
        chuc_vu_ky="GIÁM ĐỐC",
        ho_ten_ky="Nguyễn Văn An",
    )
    return _finish(spec, overrides, place)


def state_to_trinh(*, place: str = STATE_PLACE, **overrides: Any) -> DocSpec:
    """Tờ trình to a higher body: Kính gửi one recipient, Nơi nhận "- Như trên;"."""
    base = state_doc("to_trinh", place=place)
    spec = base.replace(
        so_ky_hieu="Số: 30/TTr-SNV",
        trich_yeu="Về việc phê duyệt Kế hoạch cải cách hành chính năm 2027",
        kinh_gui=["Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng"],
        body=[
            p(
                "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ đã xây dựng dự thảo Kế "
                "hoạch cải cách hành chính năm 2027 của tỉnh."
            ),
            p(
                "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt Kế hoạch cải cách "
                "hành chính năm 2027 (có dự thảo kèm theo)./."
            ),
        ],
        noi_nhan=["- Như trên;", "- Lưu: VT, VP."],
    )
    return _finish(spec, overrides, place)


def state_bao_cao(*, place: str = STATE_PLACE, **overrides: Any) -> DocSpec:
    """Báo cáo (Mẫu 1.4) with Roman headings."""
    base = state_doc("bao_cao", place=place)
    spec = base.replace(
        so_ky_hieu="Số: 210/BC-SNV",
        trich_yeu="Kết quả thực hiện công tác cải cách hành chính năm 2026",
        body=[
            heading("I. KẾT QUẢ THỰC HIỆN"),
            p(
                "Năm 2026, Sở Nội vụ đã ban hành 12 văn bản chỉ đạo, điều hành công tác cải cách "
                "hành chính; giảm 18% số lượng văn bản so với năm 2025."
            ),
            heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027"),
            p(
                "Tiếp tục đẩy mạnh chuyển đổi số, bảo đảm 100% văn bản được trao đổi trên môi "
                "trường mạng./."
            ),
        ],
        noi_nhan=["- Ủy ban nhân dân tỉnh;", "- Lưu: VT, VP."],
    )
    return _finish(spec, overrides, place)


def state_thong_bao(*, place: str = STATE_PLACE, **overrides: Any) -> DocSpec:
    """Thông báo kết luận, signed TL. by the Chánh Văn phòng."""
    base = state_doc("thong_bao", place=place)
    spec = base.replace(
        so_ky_hieu="Số: 55/TB-SNV",
        trich_yeu="Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 11 năm 2026",
        body=[
            p(
                "Ngày 10 tháng 11 năm 2026, Giám đốc Sở Nội vụ chủ trì cuộc họp giao ban tháng 11 "
                "năm 2026. Sau khi nghe các phòng báo cáo, Giám đốc Sở kết luận như sau:"
            ),
            p(
                "1. Văn phòng Sở hoàn thành dự thảo Kế hoạch cải cách hành chính năm 2027, trình "
                "Giám đốc Sở trước ngày 25 tháng 11 năm 2026."
            ),
            p("Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./."),
        ],
        noi_nhan=["- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
        quyen_han_ky="TL. GIÁM ĐỐC",
        chuc_vu_ky="CHÁNH VĂN PHÒNG",
        ho_ten_ky="Lê Văn Cường",
    )
    return _finish(spec, overrides, place)


def state_giay_moi(*, place: str = STATE_PLACE, **overrides: Any) -> DocSpec:
    """Giấy mời, Mẫu 1.7."""
    base = state_doc("giay_moi", place=place)
    spec = base.replace(
        so_ky_hieu="Số: 60/GM-SNV",
        trich_yeu="Dự hội nghị triển khai Kết luận số 226-KL/TW của Ban Bí thư",
        body=[
            p("Sở Nội vụ trân trọng kính mời: Lãnh đạo các phòng, đơn vị thuộc Sở."),
            p(
                "Tới dự hội nghị triển khai Kết luận số 226-KL/TW ngày 11 tháng 12 năm 2025 của "
                "Ban Bí thư."
            ),
            p("Chủ trì: Đồng chí Nguyễn Văn An, Giám đốc Sở."),
            p("Thời gian: 01 buổi, bắt đầu lúc 08 giờ 00 ngày 02 tháng 12 năm 2026."),
            p("Địa điểm: Phòng họp số 1, Sở Nội vụ tỉnh Lâm Đồng./."),
        ],
        noi_nhan=["- Như thành phần mời;", "- Lưu: VT, VP."],
    )
    return _finish(spec, overrides, place)


# --------------------------------------------------------------------------------------------
# Party documents (Quy định 66/399; Hướng dẫn 36/05)

PARTY_TYPES: dict[str, tuple[str, str]] = {
    "nghi_quyet": ("NGHỊ QUYẾT", "NQ"),
    "quyet_dinh": ("QUYẾT ĐỊNH", "QĐ"),
    "quy_dinh": ("QUY ĐỊNH", "QĐ"),
    "chi_thi": ("CHỈ THỊ", "CT"),
    "ket_luan": ("KẾT LUẬN", "KL"),
    "quy_che": ("QUY CHẾ", "QC"),
    "thong_tri": ("THÔNG TRI", "TT"),
    "huong_dan": ("HƯỚNG DẪN", "HD"),
    "thong_bao": ("THÔNG BÁO", "TB"),
    "bao_cao": ("BÁO CÁO", "BC"),
    "ke_hoach": ("KẾ HOẠCH", "KH"),
    "chuong_trinh": ("CHƯƠNG TRÌNH", "CTr"),
    "de_an": ("ĐỀ ÁN", "ĐA"),
    "phuong_an": ("PHƯƠNG ÁN", "PA"),
    "to_trinh": ("TỜ TRÌNH", "TTr"),
    "bien_ban": ("BIÊN BẢN", "BB"),
    "cong_van": ("", "CV"),
}
PARTY_DATE = dt.date(2026, 11, 16)
PARTY_PLACE = "La Gi"
PARTY_ISSUER = ("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY PHƯỜNG LA GI", "ĐU")


def _party_sep(date: dt.date) -> str:
    """Nơi nhận items end "," under HD 36 and ";" under HD 05."""
    return ";" if date >= HD05_FROM else ","


def party_doc(
    doc_type: str = "thong_bao", *, place: str = PARTY_PLACE, **overrides: Any
) -> DocSpec:
    """A compliant Party document of any type; ``date`` picks the regime and presentation."""
    if doc_type not in PARTY_TYPES:
        raise ValueError(f"unknown Party doc_type {doc_type!r}")
    ten_loai, abbr = PARTY_TYPES[doc_type]
    cap_tren, issuer, issuer_abbr = PARTY_ISSUER
    date = overrides.get("date") or PARTY_DATE
    sep = _party_sep(date)
    spec = DocSpec(
        family="party",
        doc_type=doc_type,
        date=date,
        quoc_hieu=None,
        tieu_ngu=None,
        tieu_de_dang="ĐẢNG CỘNG SẢN VIỆT NAM",
        co_quan_chu_quan=cap_tren,
        co_quan_ban_hanh=issuer,
        sao="*",
        so_ky_hieu=f"Số 15-{abbr}/{issuer_abbr}",
        dia_danh_ngay_thang=date_line(place, date),
        ten_loai=ten_loai or None,
        trich_yeu="về công tác cải cách hành chính trong hệ thống chính trị phường",
        trich_yeu_rule="-----" if ten_loai else None,
        body=[
            p(
                "Ban Thường vụ Đảng ủy phường yêu cầu các chi bộ trực thuộc quán triệt, tổ chức "
                "thực hiện nghiêm các nội dung về cải cách hành chính trong hệ thống chính trị."
            ),
            p(
                "Giao Văn phòng Đảng ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Đảng ủy phường "
                "kết quả thực hiện."
            ),
        ],
        noi_nhan=[f"- Các chi bộ trực thuộc{sep}", "- Lưu Văn phòng Đảng ủy."],
        quyen_han_ky="T/M BAN THƯỜNG VỤ",
        chuc_vu_ky="BÍ THƯ",
        ho_ten_ky="Nguyễn Văn Hùng",
        body_line_spacing=20,
        body_line_rule="exact",
        header_widths_mm=(75.0, 90.0),
        title=f"{ten_loai or 'CÔNG VĂN'} - fixture",
    )
    return _finish(spec, overrides, place)


def party_ket_luan(*, place: str = PARTY_PLACE, **overrides: Any) -> DocSpec:
    date = overrides.get("date") or PARTY_DATE
    base = party_doc("ket_luan", place=place, date=date)
    spec = base.replace(
        so_ky_hieu="Số 12-KL/ĐU",
        trich_yeu="về chấn chỉnh lề lối làm việc trong hệ thống chính trị phường",
        body=[
            p(
                "Tại hội nghị ngày 10 tháng 11 năm 2026, sau khi xem xét báo cáo của Văn phòng "
                "Đảng ủy, Ban Thường vụ Đảng ủy phường kết luận như sau:"
            ),
            p(
                "1. Các chi bộ trực thuộc giảm ít nhất 15% số lượng văn bản ban hành so với năm "
                "2025; không tổ chức hội nghị nếu không thật sự cần thiết."
            ),
            p(
                "2. Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kết luận này, định kỳ "
                "hằng quý báo cáo Ban Thường vụ Đảng ủy phường."
            ),
        ],
        noi_nhan=[f"- Các chi bộ trực thuộc{_party_sep(date)}", "- Lưu Văn phòng Đảng ủy."],
    )
    return _finish(spec, overrides, place)


def party_cong_van(*, place: str = PARTY_PLACE, **overrides: Any) -> DocSpec:
    date = overrides.get("date") or PARTY_DATE
    sep = _party_sep(date)
    base = party_doc("cong_van", place=place, date=date)
    subject = "triển khai thực hiện Kết luận số 226-KL/TW của Ban Bí thư"
    spec = base.replace(
        so_ky_hieu="Số 383-CV/ĐU",
        trich_yeu=f"về việc {subject}" if date >= HD05_FROM else subject[0].upper() + subject[1:],
        kinh_gui=["Kính gửi:", "- Các chi bộ trực thuộc;", "- Các cơ quan, đơn vị thuộc phường."],
        body=[
            p(
                "Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư về việc chấn chỉnh "
                "lề lối làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị, Ban Thường "
                "vụ Đảng ủy phường yêu cầu các chi bộ trực thuộc thực hiện tốt các nội dung sau:"
            ),
            p(
                "1. Tổ chức quán triệt nội dung Kết luận số 226-KL/TW đến toàn thể cán bộ, đảng "
                "viên trước ngày 31 tháng 12 năm 2026."
            ),
            p(
                "2. Định kỳ hằng quý báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy phường "
                "(qua Văn phòng Đảng ủy)."
            ),
        ],
        noi_nhan=[f"- Như trên{sep}", "- Lưu Văn phòng Đảng ủy."],
    )
    return _finish(spec, overrides, place)


def party_nghi_quyet(*, place: str = PARTY_PLACE, **overrides: Any) -> DocSpec:
    date = overrides.get("date") or PARTY_DATE
    hd05 = date >= HD05_FROM
    base = party_doc("nghi_quyet", place=place, date=date)
    spec = base.replace(
        so_ky_hieu="Số 08-NQ/ĐU",
        trich_yeu="về chuyển đổi số trong hoạt động của Đảng bộ phường năm 2027",
        can_cu=[
            "- Căn cứ Điều lệ Đảng;",
            "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ "
            "2025 - 2030;",
            "- Xét đề nghị của Văn phòng Đảng ủy."
            if hd05
            else "- Xét đề nghị của Văn phòng Đảng ủy,",
        ],
        body=[
            p("Ban Thường vụ Đảng ủy phường quyết nghị:"),
            p(
                "1. Đến hết năm 2027, 100% văn bản của Đảng bộ phường được trao đổi trên môi "
                "trường mạng."
            ),
            p("2. Giao Văn phòng Đảng ủy chủ trì tham mưu, hướng dẫn thực hiện Nghị quyết này."),
        ],
    )
    return _finish(spec, overrides, place)


def party_ke_hoach(*, place: str = PARTY_PLACE, **overrides: Any) -> DocSpec:
    date = overrides.get("date") or PARTY_DATE
    base = party_doc("ke_hoach", place=place, date=date)
    spec = base.replace(
        so_ky_hieu="Số 84-KH/ĐU",
        trich_yeu="thực hiện Kết luận số 226-KL/TW của Ban Bí thư",
        body=[
            heading("I. MỤC ĐÍCH, YÊU CẦU"),
            p(
                "Quán triệt, triển khai đầy đủ, kịp thời Kết luận số 226-KL/TW đến các chi bộ "
                "trực thuộc."
            ),
            heading("II. NHIỆM VỤ, GIẢI PHÁP"),
            auto("Giảm ít nhất 15% số lượng văn bản ban hành so với năm 2025.", 0),
            auto("Giảm 10% số lượng hội nghị so với năm 2025.", 0),
            heading("III. TỔ CHỨC THỰC HIỆN"),
            p("Văn phòng Đảng ủy theo dõi, đôn đốc, định kỳ hằng quý báo cáo Ban Thường vụ."),
        ],
    )
    return _finish(spec, overrides, place)


def party_thong_bao(*, place: str = PARTY_PLACE, **overrides: Any) -> DocSpec:
    date = overrides.get("date") or PARTY_DATE
    base = party_doc("thong_bao", place=place, date=date)
    spec = base.replace(
        so_ky_hieu="Số 20-TB/ĐU",
        trich_yeu="kết luận của Ban Thường vụ Đảng ủy phường tại hội nghị tháng 11 năm 2026",
    )
    return _finish(spec, overrides, place)


def party_bao_cao(*, place: str = PARTY_PLACE, **overrides: Any) -> DocSpec:
    date = overrides.get("date") or PARTY_DATE
    base = party_doc("bao_cao", place=place, date=date)
    spec = base.replace(
        so_ky_hieu="Số 30-BC/ĐU",
        trich_yeu="kết quả thực hiện Kết luận số 226-KL/TW của Ban Bí thư năm 2026",
        body=[
            heading("I. KẾT QUẢ THỰC HIỆN"),
            p(
                "Năm 2026, Đảng ủy phường ban hành 85 văn bản, giảm 17% so với năm 2025; tổ chức "
                "12 hội nghị, trong đó 8 hội nghị trực tuyến."
            ),
            heading("II. NHIỆM VỤ NĂM 2027"),
            p("Tiếp tục giảm số lượng văn bản, hội nghị; đẩy mạnh chuyển đổi số."),
        ],
    )
    return _finish(spec, overrides, place)


FACTORIES = {
    "state_quyet_dinh": state_quyet_dinh,
    "state_cong_van": state_cong_van,
    "state_ke_hoach": state_ke_hoach,
    "state_to_trinh": state_to_trinh,
    "state_bao_cao": state_bao_cao,
    "state_thong_bao": state_thong_bao,
    "state_giay_moi": state_giay_moi,
    "party_ket_luan": party_ket_luan,
    "party_cong_van": party_cong_van,
    "party_nghi_quyet": party_nghi_quyet,
    "party_ke_hoach": party_ke_hoach,
    "party_thong_bao": party_thong_bao,
    "party_bao_cao": party_bao_cao,
}

__all__ = [
    "FACTORIES",
    "NUMBERING_SCHEMES",
    "Built",
    "DocSpec",
    "Item",
    "auto",
    "blank",
    "build",
    "center",
    "date_line",
    "dieu",
    "heading",
    "lit",
    "p",
    "read",
    "runs",
    "text_width_mm",
    "to_bytes",
    "write",
    *FACTORIES,
    "party_doc",
    "state_doc",
]
