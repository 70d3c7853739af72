"""The anatomy: which paragraph is which part of the document, and what the parts say.

``analyse(doc)`` reads the model only (never XML) and returns a ``linter.parts.Anatomy``:
family (State / Party), regime, document type, the header parts (Quốc hiệu, Tiêu ngữ, tiêu đề
Đảng, cơ quan chủ quản / ban hành, số ký hiệu, địa danh và ngày tháng), tên loại and trích yếu,
kính gửi, căn cứ, nội dung, nơi nhận and the signature block, the parsed number, date line,
recipients, signing and citations.

Real layouts handled: a borderless header table (date line in the right cell), header lines laid
out with tabs/spaces in plain paragraphs, plain text from PDF where the two header columns share
one line, text boxes, signature tables with "Nơi nhận" in the left cell, and paragraphs holding
several lines (soft breaks). A paragraph is cut into *segments* at tabs, line breaks and runs of
three or more spaces; header and signature parts are matched on segments, so a ``PartRef`` may
name a paragraph that also holds another part (its text is then the part's own segment).

In plain-text documents (no formatting) an entry that wraps onto the next line (a căn cứ, a
recipient) is joined into one ``PartRef`` at its first line.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from linter.anatomy_parse import (
    DocType,
    fold,
    parse_date_line,
    parse_number,
    party_abbreviations,
    state_abbreviations,
    type_by_title,
)
from linter.citations import find_citations
from linter.model import Alignment, CellRef, Document, Paragraph
from linter.parts import Anatomy, Citation, DateLine, Number, PartRef, Signing
from linter.rule import Profile

PARTY_2026_START = dt.date(2026, 1, 9)  # Quy định 399-QĐ/TW
HD05_START = dt.date(2026, 5, 27)  # Hướng dẫn 05-HD/VPTW

_HEADER_SCAN = 30  # non-empty paragraphs searched for the header parts
_RIGHT_COL = 30  # a lone segment starting at or after this column is in the right column

_PHU_LUC = re.compile(r"PHU LUC(?: [IVXLC\d]+)?")
_KEY_LEN = 100  # segments are matched on the folded form of their first characters
# Cheap test for a paragraph that may hold a "Nơi nhận" label or an authority line.
# (TM|KT|TL|TUQ|Q) ?\. | [TK]/[MLTU] | TU/Q, written from the first letter so that the search
# skips to a T, K or Q (four times faster on a line of running text).
_FORM_ANY = re.compile(r"T(?:M ?\.|L ?\.|UQ ?\.|U/Q|/[MLTU])|K(?:T ?\.|/[MLTU])|Q ?\.")


def _sig_hint(text: str) -> bool:
    return (
        "nhận" in text
        or "NHẬN" in text
        or "Nhận" in text
        or (("." in text or "/" in text) and _FORM_ANY.search(text) is not None)
    )


_SPLIT = re.compile(r"\t+|\n+| {3,}|\u00a0{2,}")
_QH = re.compile(r"CONG HOA XA HOI CHU NGHIA VIET NAM")
_TN = re.compile(r"DOC LAP\s*-\s*TU DO\s*-\s*HANH PHUC")
_TD = re.compile(r"DANG CONG SAN VIET NAM")
_RULE_LINE = re.compile(r"^[\s\-_=*.~·—–]+$")
_DRAFT = re.compile(r"^\(?\s*DU THAO\b.{0,20}$")
_VV = re.compile(r"^V/[Vv]\b\s*:?\s*")
_KINH = re.compile(r"^(KINH GUI|KINH TRINH)\s*:?\s*")
_DIEN = re.compile(r"\bDIEN\s*:\s*$")
_NOI_NHAN = re.compile(r"^NOI NHAN\s*(?::\s*|$)")
_CAN_CU = re.compile(r"^[-+•]?\s*CAN CU\b")
_THUC_HIEN = re.compile(r"^[-+•]?\s*THUC HIEN\b")
_THEO = re.compile(r"^[-+•]?\s*(THEO DE NGHI|XET DE NGHI|XET TO TRINH|XET\b|THEO\b)")
_ENACT = re.compile(r"^[A-ZĐÀ-Ỹ ]{4,40}:$")  # "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
_NUMBERED = re.compile(
    r"^(?:[IVXLC]+[.\-]|\d+[.)\-]|[a-zđ]\)|PHẦN\b|Phần\b|CHƯƠNG\b|Chương\b|Điều\b)"
)
_FORM = re.compile(r"^(?P<form>TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L|T/U|TU/Q)\s*(?P<rest>.*)$")
_LUU = re.compile(r"^[-+•]?\s*LUU\b")
_ITEM = re.compile(r"^[-+•–]\s*")
_PAGE_NO = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_SIGN_NOTE = re.compile(r"^[(\[]?\s*(?:DA KY|KY\b|CHU KY|KY,|KY TEN|DONG DAU|\(?KY)", re.I)
_TRAILING_CAPS = re.compile(
    r"^(?P<left>.*[;,.:])\s+(?P<right>(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*[A-ZĐÀ-Ỹ ,]+"
    r"|[A-ZĐÀ-Ỹ]{2,}(?:\s+[A-ZĐÀ-Ỹ]{1,})+)$"
)
_ORG_HEAD = re.compile(
    r"^(UBND|HDND|UY BAN|HOI DONG|SO\b|BO\b|BAN\b|VAN PHONG|TRUNG TAM|CONG AN|TO\b|CHI CUC|CUC\b|"
    r"PHONG\b|DANG UY|DANG BO|TINH UY|THANH UY|HUYEN UY|QUAN UY|THI UY|CHI BO|TRUONG\b|CONG TY|"
    r"HIEP HOI|TOA AN|VIEN\b|CHINH PHU|QUOC HOI|DOAN\b|LIEN DOAN|KHO BAC|THANH TRA|DAI HOI|"
    r"BAN CHAP HANH|BCH|UBKT|CO QUAN|BENH VIEN|HOI\b|QUY\b|NGAN HANG|BAO HIEM|TONG CUC|VU\b)"
)
_CONTINUES = re.compile(r"(,|\bVA|\bVE|\bCUA|\bTHUOC|-)$")


@dataclass(slots=True)
class _Seg:
    para: int  # index in its story
    story: str | None  # None = main story, "textbox"
    text: str  # NFC, stripped
    key: str  # fold(text)
    col: int  # visual column where it starts (tab = 8)
    no: int  # segment number in its paragraph
    count: int  # segments in the paragraph
    cell: CellRef | None

    @property
    def upper(self) -> bool:
        # the letters all upper case (the per-character tests, run by map and filter in C)
        letters = "".join(filter(str.isalpha, self.text))
        return bool(letters) and all(map(str.isupper, letters))


def _may_split(text: str) -> bool:
    """False when ``_SPLIT`` cannot match ``text``."""
    return "\t" in text or "\n" in text or "   " in text or "\u00a0\u00a0" in text


def _visual_col(text: str, end: int) -> int:
    if "\t" not in text and "\n" not in text:
        return end
    col = 0
    for ch in text[:end]:
        if ch == "\t":
            col = (col // 8 + 1) * 8
        elif ch == "\n":
            col = 0
        else:
            col += 1
    return col


def _segments(p: Paragraph, story: str | None = None) -> list[_Seg]:
    text = p.nfc
    pieces: list[tuple[int, str]] = []
    pos = 0
    if _may_split(text):  # the regex walks every character: most lines have no separator
        for m in _SPLIT.finditer(text):
            if m.start() > pos:
                pieces.append((pos, text[pos : m.start()]))
            pos = m.end()
    if pos < len(text):
        pieces.append((pos, text[pos:]))
    out: list[_Seg] = []
    index, cell = p.index, p.cell
    for start, piece in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        key = fold(stripped if len(stripped) <= _KEY_LEN else stripped[:_KEY_LEN])
        # para, story, text, key, col, no, count (1, or all of them below), cell
        out.append(
            _Seg(index, story, stripped, key, _visual_col(text, start + lead), len(out), 1, cell)
        )
    if len(out) > 1:
        for s in out:
            s.count = len(out)
    return out


class _LazySegments:
    """Segments of each main-story paragraph, computed on first use."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._cache: list[list[_Seg] | None] = [None] * len(doc.paragraphs)

    def __getitem__(self, i: int) -> list[_Seg]:
        got = self._cache[i]
        if got is None:
            got = self._cache[i] = _segments(self._doc.paragraphs[i])
        return got


@dataclass
class _State:
    doc: Document
    segs: _LazySegments
    nonempty: list[int]
    parts: dict[str, PartRef | list[PartRef]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)  # paragraphs claimed by the opening

    def put(self, name: str, seg: _Seg, text: str | None = None) -> None:
        self.parts[name] = PartRef(
            text=text if text is not None else seg.text, paragraph=seg.para, story=seg.story
        )

    def add(self, name: str, seg: _Seg, text: str | None = None) -> None:
        ref = PartRef(
            text=text if text is not None else seg.text, paragraph=seg.para, story=seg.story
        )
        lst = self.parts.setdefault(name, [])
        assert isinstance(lst, list)
        lst.append(ref)


def _is_left(seg: _Seg, doc: Document) -> bool:
    if seg.cell is not None:
        table = doc.tables[seg.cell.table] if seg.cell.table < len(doc.tables) else None
        if table is not None and table.cols >= 2:
            return seg.cell.col == 0
        return seg.col < _RIGHT_COL
    if seg.count >= 2:
        return seg.no == 0 and seg.col < _RIGHT_COL
    return seg.col < _RIGHT_COL


def _clean_entry(text: str) -> str:
    text = _ITEM.sub("", text.strip())
    return text.rstrip(" ;,.").strip()


# Common Vietnamese family names: a signer's name that starts with one and ends with a
# capitalised given name is a name even when a middle syllable was typed in lower case ("Trần
# thị Bình"), which VB161 then reports.
_SURNAMES = frozenset(
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Mai", "Trương", "Lâm", "Phùng", "Cao",
        "Lưu", "Tạ", "Châu", "Tô", "Thái", "Quách", "Vương", "Đàm", "Lương", "Kiều", "Tăng",
        "Thạch", "Đào", "Triệu", "Chu", "Lại", "Khúc", "Giang", "Nông", "Mạc", "Hứa", "Bạch",
        "Doãn", "Tống", "Lục", "Diệp", "Âu", "Phí", "Tôn", "Ninh", "Trình", "Nghiêm", "Hầu", "Thân",
        "Kim", "Lò", "Hà",
    }
)  # fmt: skip


def _name_like(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if (
        len(words) <= 5
        and unicodedata.normalize("NFC", words[0]) in _SURNAMES
        and words[-1][:1].isupper()  # the given name, last, keeps its capital
        and all(w.isalpha() for w in words)
    ):
        return True
    for w in words:
        w = w.strip(".,")
        if not w or not w[0].isupper() or not (w[1:].islower() or len(w) == 1):
            return False
    return True


# -- header -------------------------------------------------------------------------------------


@dataclass
class _Header:
    qh: _Seg | None = None
    tn: _Seg | None = None
    td: _Seg | None = None
    number: Number | None = None
    number_seg: _Seg | None = None
    date_line: DateLine | None = None
    date_seg: _Seg | None = None
    end: int = -1  # last main-story paragraph of the header block
    draft: bool = False
    layout: str | None = None


def _find_in(segs: list[_Seg], rx: re.Pattern[str], max_extra: int = 12) -> tuple[_Seg, str] | None:
    for s in segs:
        m = rx.search(s.key)
        if m and len(s.key) <= m.end() - m.start() + max_extra:
            return s, s.text
        if m:  # run together with other text: the matched span only
            return s, s.text[m.start() : m.end()]
    return None


def _scan_header(st: _State) -> _Header:
    h = _Header()
    doc = st.doc
    head = st.nonempty[:_HEADER_SCAN]
    flat = [s for i in head for s in st.segs[i]]
    top_flat = [s for i in head[:12] for s in st.segs[i]]
    tb_segs = [s for p in doc.textboxes for s in _segments(p, "textbox")]

    def locate(rx: re.Pattern[str]) -> tuple[_Seg, str] | None:
        return _find_in(top_flat, rx) or _find_in(tb_segs, rx)

    for name, rx in (("quoc_hieu", _QH), ("tieu_de_dang", _TD)):
        found = locate(rx)
        if found:
            seg, text = found
            setattr(h, "qh" if name == "quoc_hieu" else "td", seg)
            st.put(name, seg, text)
    if h.qh and h.td:  # both named: the one printed first is the header
        if (h.td.story, h.td.para) < (h.qh.story, h.qh.para) or h.qh.story == "textbox":
            st.parts.pop("quoc_hieu")
            h.qh = None
        else:
            st.parts.pop("tieu_de_dang")
            h.td = None
    if h.qh:
        found = locate(_TN)
        if found:
            h.tn = found[0]
            st.put("tieu_ngu", found[0], found[1])

    # Number and date: whole-paragraph parsing (the number may contain runs of spaces), near
    # the Quốc hiệu / tiêu đề when there is one, else only at the very top.
    top = h.qh or h.td
    if top is not None and top.story is None:
        k0 = next((k for k, i in enumerate(head) if i >= top.para), 0)
        near = head[max(0, k0 - 6) : k0 + 14]
    else:
        near = head[:6]
    for i in near:
        p = doc.paragraphs[i]
        if h.number is None:
            num = parse_number(p.nfc)
            if num is not None:
                h.number = num
                h.number_seg = _Seg(i, None, num.raw, fold(num.raw), 0, 0, 1, p.cell)
        if h.date_line is None:
            dl = parse_date_line(p.nfc)
            if dl is not None:
                h.date_line = dl
                h.date_seg = _Seg(i, None, dl.raw, fold(dl.raw), 0, 0, 1, p.cell)
        if h.number and h.date_line:
            break
    for p in doc.textboxes:
        if h.number is None and (num := parse_number(p.nfc)) is not None:
            h.number = num
            h.number_seg = _Seg(p.index, "textbox", num.raw, fold(num.raw), 0, 0, 1, None)
        if h.date_line is None and (dl := parse_date_line(p.nfc)) is not None:
            h.date_line = dl
            h.date_seg = _Seg(p.index, "textbox", dl.raw, fold(dl.raw), 0, 0, 1, None)
    if h.number_seg:
        st.put("so_ky_hieu", h.number_seg)
    if h.date_seg:
        st.put("dia_danh_ngay_thang", h.date_seg)

    anchors = [s for s in (h.qh, h.tn, h.td, h.number_seg, h.date_seg) if s and s.story is None]
    h.end = max((s.para for s in anchors), default=-1)
    # A header table: the whole table belongs to the header.
    first = h.qh or h.td
    if first is not None and first.story is None and first.cell is not None:
        t = doc.tables[first.cell.table]
        if t.last_paragraph - h.end < 12:
            h.end = max(h.end, t.last_paragraph)
    if first is None:
        h.layout = None
    elif first.story == "textbox":
        h.layout = "textbox"
    elif first.cell is not None:
        h.layout = "table"
    else:
        h.layout = "paragraphs"

    h.draft = any(_DRAFT.match(s.key) for s in flat if s.para <= max(h.end, 0) + 2) or any(
        _DRAFT.match(s.key) for s in tb_segs
    )
    if h.qh or h.td or h.number:
        _issuer_lines(st, h, tb_segs if h.layout == "textbox" else flat)
    return h


def _issuer_lines(st: _State, h: _Header, flat: list[_Seg]) -> None:
    """Cơ quan chủ quản / cơ quan ban hành: upper-case left-column lines above the number."""
    doc = st.doc
    story = flat[0].story if flat else None
    if h.number_seg and h.number_seg.story == story:
        stop = h.number_seg.para
    else:
        stop = h.end + 1 if story is None else 10**9
    skip = {id(s) for s in (h.qh, h.tn, h.td) if s}
    lines: list[_Seg] = []
    for s in flat:
        if (
            s.story is None
            and s.para >= stop
            and not (h.number_seg and s.para == stop and not s.key.startswith("SO"))
        ):
            break
        if id(s) in skip or s.key.startswith("SO:") or parse_number(s.text):
            continue
        if _QH.search(s.key) or _TN.search(s.key) or _TD.search(s.key):
            continue
        if _RULE_LINE.match(s.text) or _DRAFT.match(s.key) or not s.upper:
            continue
        if parse_date_line(s.text) or _VV.match(s.key):
            continue
        if not _is_left(s, doc):
            continue
        if h.number_seg and s.story == h.number_seg.story and s.para == stop and s.no > 0:
            continue
        lines.append(s)
    if not lines:
        return
    # Formatting first: the chủ quản line is not bold, the issuer is.
    names: list[list[_Seg]] = []
    bold = [_bold(doc, s) for s in lines]
    if doc.has_formatting and any(b is True for b in bold) and any(b is False for b in bold):
        upper = [s for s, b in zip(lines, bold, strict=True) if b is False]
        lower = [s for s, b in zip(lines, bold, strict=True) if b is not False]
        if upper and lower and upper[-1].para <= lower[0].para:
            names = [upper, lower]
    if not names:
        for s in lines:
            if names and _continues(names[-1][-1], s):
                names[-1].append(s)
            else:
                names.append([s])
    if len(names) >= 2:
        chu = [s for n in names[:-1] for s in n]
        st.put("co_quan_chu_quan", chu[0], " ".join(s.text for s in chu))
    last = names[-1]
    st.put("co_quan_ban_hanh", last[0], " ".join(s.text for s in last))


def _bold(doc: Document, s: _Seg) -> bool | None:
    if s.story is not None:
        return None
    p = doc.paragraphs[s.para]
    runs = [r for r in p.runs if r.text.strip()]
    if not runs:
        return None
    return all(r.format.bold for r in runs)


def _continues(prev: _Seg, cur: _Seg) -> bool:
    if _CONTINUES.search(prev.key):
        return True
    if cur.key.startswith(("VA ", "VE ", "CUA ", "THUOC ")):
        return True
    # A new organisation name starts a new line group; anything else continues the name:
    # "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG"; "TRUNG TÂM XÚC TIẾN ĐẦU TƯ" / "THƯƠNG MẠI VÀ DU LỊCH".
    return not _ORG_HEAD.match(cur.key)


# -- title, trích yếu, kính gửi, căn cứ -----------------------------------------------------------


def _title_type(seg: _Seg) -> DocType | None:
    if not seg.upper:
        return None
    key = re.sub(r"\s+", " ", seg.key).strip(" .")
    t = type_by_title().get(key)
    if t is not None:
        return t
    if _PHU_LUC.fullmatch(key):
        return type_by_title().get("PHU LUC")
    m = _PERSONAL_TITLE.match(key)
    if m is not None:  # "ĐƠN ĐỀ NGHỊ …": a person's document names its kind first
        return type_by_title().get(m.group(1))
    return _qualified_title(key)


def _qualified_title(key: str) -> DocType | None:
    """A title line that goes on after its kind ("GIẤY MỜI HỌP", "BÁO CÁO CÔNG TÁC TUẦN 02
    THÁNG 6 NĂM 2026"): the longest kind it opens with, not a legal normative one (their titles
    are exact), when the line stays short."""
    words = key.split()
    if len(words) > 16:
        return None
    titles = type_by_title()
    for n in range(min(len(words) - 1, 4), 0, -1):
        t = titles.get(" ".join(words[:n]))
        if t is not None and not t.normative and not t.personal and t.slug != "phu_luc":
            return t
    return None


# The title of a person's document, its kind first ("ĐƠN ĐỀ NGHỊ …", "TỜ KHAI ĐĂNG KÝ …",
# "GIẤY ĐỀ NGHỊ CHỨNG THỰC …"; a body's "Giấy đề nghị thanh toán" has a number or an issuer; not
# "ĐƠN VỊ …", "ĐƠN GIÁ …"), folded
_PERSONAL_TITLE = re.compile(
    r"(DON|TO KHAI|GIAY DE NGHI|GIAY CAM KET|BAN CAM KET|SO YEU LY LICH|DI CHUC)"
    r"(?: (?!(?:VI|GIA)\b)\S.*)?$"
)


def _opening(st: _State, h: _Header, family: str) -> tuple[DocType | None, int]:
    """Find tên loại, trích yếu, kính gửi and căn cứ; return the type and the body start."""
    paras = st.nonempty
    start_pos = 0
    if h.end >= 0:
        start_pos = next((k for k, i in enumerate(paras) if i > h.end), len(paras))
    title_type: DocType | None = None
    title_seg: _Seg | None = None
    pos = start_pos
    # Headerless annexes open with "Phụ lục I"; others with the title within a few lines.
    for k in range(start_pos, min(start_pos + 8, len(paras))):
        segs = st.segs[paras[k]]
        if not segs:
            continue
        first = segs[0]
        if _KINH.match(first.key) or _CAN_CU.match(first.key) or len(first.text) > 90:
            break
        t = _title_type(first)
        if t is None and _PHU_LUC.fullmatch(re.sub(r"\s+", " ", first.key)):
            t = type_by_title().get("PHU LUC")  # "Phụ lục I" opening a headerless annex
        if t is not None:
            title_type, title_seg, pos = t, first, k
            break
    last_open = paras[start_pos - 1] if start_pos > 0 else -1
    if title_seg is not None:
        st.put("ten_loai", title_seg)
        st.used.add(title_seg.para)
        last_open = title_seg.para
        rest = st.segs[title_seg.para][1:]
        k = pos + 1
        lines: list[_Seg] = list(rest)
        # Author line ("CỦA BAN BÍ THƯ") is not a part.
        if not lines and k < len(paras):
            nxt = st.segs[paras[k]]
            if nxt and nxt[0].upper and nxt[0].key.startswith("CUA "):
                st.used.add(paras[k])
                last_open = paras[k]
                k += 1
        while k < len(paras) and len(lines) < 6:
            segs = st.segs[paras[k]]
            if not segs:
                k += 1
                continue
            s = segs[0]
            if _stop_trich_yeu(s, lines, set_apart=_set_apart(st.doc, s)) or (
                lines and st.doc.has_formatting and _bold(st.doc, s) != _bold(st.doc, lines[0])
            ):
                break
            lines.append(s)
            if s.count > 1:
                lines.extend(segs[1:])
            k += 1
            if s.text.endswith((".", ";", ":")):
                break
        lines = [s for s in lines if not _RULE_LINE.match(s.text)]
        if lines:
            st.put("trich_yeu", lines[0], " ".join(s.text for s in lines))
            for s in lines:
                st.used.add(s.para)
            last_open = max(last_open, max(s.para for s in lines if s.story is None))
    else:
        _vv(st, h, party=family == "party")
        ty = st.parts.get("trich_yeu")
        if isinstance(ty, PartRef) and ty.story is None:
            last_open = max(last_open, max(st.used) if st.used else ty.paragraph)

    last_open = max(last_open, _kinh_gui(st, h, last_open))
    # "Thực hiện ..." opens the căn cứ block of a Party document that has a tên loại; in a
    # công văn or a State document it is ordinary body text.
    body_start = _can_cu(st, last_open, thuc_hien=family == "party" and title_seg is not None)
    return title_type, body_start


def _set_apart(doc: Document, s: _Seg) -> bool:
    """A line laid out as a trích yếu (PL I, II.5.a: bold, centred), whatever its length."""
    if s.story is not None or not doc.has_formatting or s.no:
        return False
    return doc.paragraphs[s.para].format.alignment == Alignment.CENTER and bool(_bold(doc, s))


def _stop_trich_yeu(s: _Seg, lines: list[_Seg], *, set_apart: bool = False) -> bool:
    if _KINH.match(s.key) or _CAN_CU.match(s.key) or _DIEN.search(s.key):
        return True
    if _THUC_HIEN.match(s.key) and (
        lines or len(s.text) > 75 or s.text.endswith((",", ";", ".", ":"))
    ):
        return True
    if _RULE_LINE.match(s.text):
        return bool(lines)
    if _NUMBERED.match(s.text) or _ENACT.match(s.text):
        return True
    if lines and s.upper != lines[0].upper:
        return True
    if lines and lines[-1].text.endswith((".", ";", ":")):
        return True
    # A body paragraph right under the title is no trích yếu; one long centred bold line is
    # (a thông báo kết luận names the meeting, the chair and its subject in one paragraph).
    return len(s.text) > (400 if set_apart and not lines else 130)


def _vv(st: _State, h: _Header, *, party: bool) -> None:
    """Công văn trích yếu: "V/v ..." under the number (or, for Party, the left-column text)."""
    doc = st.doc
    limit = h.end + 8
    cands = [s for i in st.nonempty if i <= limit for s in st.segs[i]]
    cands += [s for p in doc.textboxes for s in _segments(p, "textbox")]
    lines: list[_Seg] = []
    num = h.number_seg
    for s in cands:
        if not lines:
            if _VV.match(s.text) and not _KINH.match(s.key):
                lines.append(s)
            elif party and num is not None and _party_cv_subject(st, h, num, s):
                # Party công văn: the trích yếu sits under the number without "V/v".
                lines.append(s)
            continue
        same_cell = s.cell is not None and s.cell == lines[0].cell
        if s.story != lines[0].story:
            break
        if lines[0].cell is not None and not same_cell:
            continue  # the V/v sits in a table cell: only that cell continues it
        whole = doc.paragraphs[s.para].nfc if s.story is None else s.text
        if _KINH.match(s.key) or _RULE_LINE.match(s.text) or parse_date_line(whole):
            if s.para == lines[-1].para or same_cell:
                continue
            break
        if s.story == "textbox" or same_cell:
            lines.append(s)
            continue
        if s.para == lines[-1].para:
            continue  # other column of the same line
        if not _is_left(s, doc) and s.count == 1:
            continue
        if s.para > lines[-1].para + 1 and not st.doc.has_formatting:
            break
        if s.para > lines[-1].para + 2 or len(s.text) > 70 or s.no > 0:
            break
        lines.append(s)
        if len(lines) >= 6:
            break
    if lines:
        st.put("trich_yeu", lines[0], " ".join(s.text for s in lines))
        for s in lines:
            if s.story is None:
                st.used.add(s.para)


def _continuation(prev: str, cur: str) -> bool:
    """Plain text: does ``cur`` continue the wrapped entry ``prev``?"""
    if prev.count("(") > prev.count(")"):
        return True
    return bool(cur) and (cur[0].islower() or cur[0].isdigit()) and len(cur) < 100


def _party_cv_subject(st: _State, h: _Header, num: _Seg, s: _Seg) -> bool:
    return (
        s.story == num.story
        and num.para < s.para <= h.end + 1
        and _is_left(s, st.doc)
        and not s.upper
        and not parse_date_line(s.text)
        and not _KINH.match(s.key)
        and not _RULE_LINE.match(s.text)
        and not s.key.startswith("DU THAO")
        and not _VV.match(s.text)
    )


def _kinh_gui(st: _State, h: _Header, after: int) -> int:
    """The "Kính gửi:" (or "Kính trình:", or the công điện's "... điện:") block."""
    paras = st.nonempty
    start = next((k for k, i in enumerate(paras) if i > min(after, h.end)), len(paras))
    last = after
    for k in range(max(0, start), min(start + 14, len(paras))):
        segs = st.segs[paras[k]]
        hit = next((s for s in segs if _KINH.match(s.key) or _DIEN.search(s.key)), None)
        if hit is None:
            if segs and (_CAN_CU.match(segs[0].key) or len(segs[0].text) > 100):
                return last
            continue
        st.add("kinh_gui", hit)
        st.used.add(hit.para)
        entries: list[tuple[_Seg, str]] = []
        m = _KINH.match(hit.key)
        inline = hit.text[m.end() :].strip() if m else ""
        if inline:
            entries.append((hit, inline))
        later = [s for s in segs if s.no > hit.no]
        last = hit.para
        j = k + 1
        queue = list(later)
        while True:
            if not queue:
                if j >= len(paras):
                    break
                queue = list(st.segs[paras[j]])
                j += 1
                if not queue:
                    continue
            s = queue.pop(0)
            is_item = bool(_ITEM.match(s.text))
            prev_open = entries and not entries[-1][1].rstrip().endswith((";", ".", ","))
            if is_item:
                entries.append((s, s.text))
            elif (
                prev_open
                and not st.doc.has_formatting
                and _continuation(entries[-1][1], s.text)
                and s.para <= entries[-1][0].para + 1
            ) or (
                # "- Các Sở: Công Thương, Tài chính, Xây dựng," / "Nông nghiệp và Môi trường;":
                # a list of names wrapped onto a line of its own after a comma
                entries
                and entries[-1][1].rstrip().endswith(",")
                and s.para <= entries[-1][0].para + 1
                and len(s.text) <= 80
                and s.text.rstrip().endswith((";", ".", ","))
                and not _CAN_CU.match(s.key)
            ):
                s0, t0 = entries[-1]
                entries[-1] = (s0, t0 + " " + s.text)
                st.used.add(s.para)
                last = max(last, s.para)
                continue
            else:
                break
            st.used.add(s.para)
            last = max(last, s.para)
            if s.text.rstrip().endswith(".") and not _DIEN.search(hit.key):
                break
        for seg, text in entries:
            if seg is not hit:
                st.add("kinh_gui", seg, text)
        st.kinh = [_clean_entry(t) for _, t in entries]  # type: ignore[attr-defined]
        return last
    return last


def _can_cu(st: _State, after: int, *, thuc_hien: bool) -> int:
    """Căn cứ lines (and "Thực hiện ...", "Theo đề nghị ..." openers); returns the body start."""
    doc = st.doc
    paras = [i for i in st.nonempty if i > after]
    k = 0
    # The issuing authority line of a Quyết định/Nghị quyết ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
    while k < len(paras) and k < 2:
        segs = st.segs[paras[k]]
        if (
            segs
            and segs[0].upper
            and not _NUMBERED.match(segs[0].text)
            and len(segs) == 1
            and (not _ENACT.match(segs[0].text))
            and not _RULE_LINE.match(segs[0].text)
        ):
            nxt = st.segs[paras[k + 1]] if k + 1 < len(paras) else []
            if nxt and (_CAN_CU.match(nxt[0].key) or _THEO.match(nxt[0].key)):
                st.used.add(paras[k])
                k += 1
                continue
        if segs and _RULE_LINE.match(segs[0].text):
            k += 1
            continue
        break
    found = False
    entries: list[tuple[int, str]] = []
    while k < len(paras):
        i = paras[k]
        segs = st.segs[i]
        if not segs:
            k += 1
            continue
        key = segs[0].key
        text = doc.paragraphs[i].nfc.strip()
        if (
            _CAN_CU.match(key)
            or (thuc_hien and not found and _THUC_HIEN.match(key))
            or (found and _THEO.match(key))
        ):
            found = True
            entries.append((i, text))
            k += 1
            # Plain text: the entry runs on until a line ends it.
            while (
                not doc.has_formatting
                and not text.endswith((";", ".", ":", ","))
                and k < len(paras)
            ):
                nxt = doc.paragraphs[paras[k]].nfc.strip()
                nkey = st.segs[paras[k]][0].key if st.segs[paras[k]] else ""
                if _CAN_CU.match(nkey) or _THEO.match(nkey) or _NUMBERED.match(nxt):
                    break
                text = text + " " + nxt
                entries[-1] = (entries[-1][0], text)
                st.used.add(paras[k])
                k += 1
            continue
        break
    for i, text in entries:
        st.used.add(i)
        ref = PartRef(text=text, paragraph=i)
        lst = st.parts.setdefault("can_cu", [])
        assert isinstance(lst, list)
        lst.append(ref)
    # Enacting lines ("QUYẾT ĐỊNH:", or the upper-case issuer line of a Party regulation).
    n = 0
    while k < len(paras) and n < 3:
        segs = st.segs[paras[k]]
        if not segs:
            k += 1
            continue
        s = segs[0]
        if _ENACT.match(s.text) or (
            entries and s.upper and len(s.text) < 90 and not _NUMBERED.match(s.text)
        ):
            st.used.add(paras[k])
            k += 1
            n += 1
            continue
        break
    return paras[k] if k < len(paras) else len(doc.paragraphs)


# -- signature ------------------------------------------------------------------------------------


@dataclass
class _Sign:
    start: int | None = None
    layout: str | None = None
    noi_nhan: list[tuple[_Seg, str]] = field(default_factory=list)
    label: _Seg | None = None
    forms: list[_Seg] = field(default_factory=list)
    titles: list[_Seg] = field(default_factory=list)
    name: _Seg | None = None


def _split_sig(seg: _Seg, left: bool) -> list[tuple[_Seg, bool]]:
    """Undo lost column gaps: "Nơi nhận: T/M BAN THƯỜNG VỤ", "- Như trên; BÍ THƯ"."""
    if not left:
        return [(seg, left)]
    m = _NOI_NHAN.match(seg.key)
    if m and m.end() < len(seg.text):
        rest = seg.text[m.end() :].strip()
        label = seg.text[: m.end()].strip()
        if rest and (_FORM.match(rest) or _Seg(0, None, rest, "", 0, 0, 1, None).upper):
            a = _Seg(seg.para, seg.story, label, fold(label), seg.col, seg.no, seg.count, seg.cell)
            b = _Seg(
                seg.para,
                seg.story,
                rest,
                fold(rest),
                seg.col + m.end(),
                seg.no,
                seg.count,
                seg.cell,
            )
            return [(a, True), (b, False)]
    m2 = _TRAILING_CAPS.match(seg.text)
    if m2 and _ITEM.match(seg.text):
        lt, rt = m2.group("left").strip(), m2.group("right").strip()
        a = _Seg(seg.para, seg.story, lt, fold(lt), seg.col, seg.no, seg.count, seg.cell)
        b = _Seg(
            seg.para,
            seg.story,
            rt,
            fold(rt),
            seg.col + m2.start("right"),
            seg.no,
            seg.count,
            seg.cell,
        )
        return [(a, True), (b, False)]
    return [(seg, left)]


def _signature(st: _State, body_start: int) -> _Sign:
    doc = st.doc
    sg = _Sign()
    paras = [i for i in st.nonempty if i >= body_start]
    # The block starts at the first "Nơi nhận:" label, or at an authority line just above it
    # (a signer printed before the label); without a label, at the first authority line.
    label_k = form_k = None
    for k, i in enumerate(paras):
        if not _sig_hint(doc.paragraphs[i].nfc):
            continue
        for s in st.segs[i]:
            if label_k is None and _NOI_NHAN.match(s.key):
                label_k = k
            if form_k is None and _FORM.match(s.text) and s.upper:
                form_k = k
        if label_k is not None:
            break
    if label_k is not None:
        start_k = label_k
        for k in range(label_k - 1, max(-1, label_k - 7), -1):
            if any(_FORM.match(s.text) and s.upper for s in st.segs[paras[k]]):
                start_k = k
    else:
        start_k = form_k
    if start_k is None:
        return sg
    sg.start = paras[start_k]
    first = st.segs[sg.start][0]
    table = doc.tables[first.cell.table] if first.cell is not None else None
    sg.layout = "table" if table is not None else "paragraphs"
    end_k = len(paras)
    if table is not None:
        end_k = next((k for k, i in enumerate(paras) if i > table.last_paragraph), len(paras))
        end_k = max(end_k, start_k + 1)
    lu_done = False
    for k in range(start_k, min(end_k, start_k + 60)):
        i = paras[k]
        for seg0 in st.segs[i]:
            for s, left in _split_sig(seg0, _is_left(seg0, doc)):
                if _PAGE_NO.match(s.text):
                    continue
                if left and _NOI_NHAN.match(s.key) and sg.label is None:
                    sg.label = s
                    continue
                is_form = bool(_FORM.match(s.text)) and s.upper
                if (
                    left
                    and not is_form
                    and sg.label is not None
                    and not lu_done
                    and not (sg.noi_nhan and not _ITEM.match(s.text) and s.upper)
                ):
                    _nn_item(sg, s, doc)
                    if _LUU.match(s.key):
                        lu_done = True
                    continue
                # Right column: authority, title, name.
                if sg.name is not None:
                    continue
                if is_form:
                    sg.forms.append(s)
                elif s.upper and not _SIGN_NOTE.match(s.key) and not _ITEM.match(s.text):
                    sg.titles.append(s)
                elif _name_like(s.text) and (sg.titles or sg.forms):
                    sg.name = s
        if sg.name is not None and (lu_done or sg.label is None) and table is None:
            break
    return sg


def _is_left_body(s: _Seg, doc: Document) -> bool:
    # A form line in the left column of a plain paragraph is not a signature (e.g. a list).
    return s.cell is None and s.count == 1 and s.col == 0 and doc.has_formatting and False


def _nn_item(sg: _Sign, s: _Seg, doc: Document) -> None:
    is_item = bool(_ITEM.match(s.text)) or _LUU.match(s.key) is not None
    if sg.noi_nhan and not is_item:
        prev_seg, prev_text = sg.noi_nhan[-1]
        if not prev_text.rstrip().endswith((";", ".", ",")) or (
            not doc.has_formatting and prev_text.count("(") > prev_text.count(")")
        ):
            sg.noi_nhan[-1] = (prev_seg, prev_text + " " + s.text)
            return
    if not is_item and not sg.noi_nhan and len(s.text) > 80:
        return
    sg.noi_nhan.append((s, s.text))


# -- regime ---------------------------------------------------------------------------------------


def _fmt(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def _party_regime(dl: DateLine | None, today: dt.date) -> tuple[str, str, str]:
    """(regime, guidance, reason) for a Party document."""
    date = dl.date if dl else None
    lo = hi = None
    if date is None and dl is not None and dl.year and dl.year.isdigit():
        y = int(dl.year)
        if dl.month and dl.month.isdigit() and 1 <= int(dl.month) <= 12:
            m = int(dl.month)
            lo = dt.date(y, m, 1)
            hi = (dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)
        else:
            lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    if date is not None:
        ref = date
        said = f"văn bản ghi ngày {_fmt(date)}"
    elif lo is not None and hi is not None:
        ref = min(max(today, lo), hi)
        said = (
            f"văn bản chưa ghi đủ ngày (tháng {dl.month}/{dl.year})"
            if dl and dl.month
            else f"văn bản chưa ghi đủ ngày (năm {dl.year if dl else ''})"
        )
        if lo <= today <= hi:
            said += f", lấy ngày kiểm tra {_fmt(today)}"
    else:
        ref = today
        said = f"văn bản chưa ghi ngày, lấy ngày kiểm tra {_fmt(today)}"
    if ref < PARTY_2026_START:
        return (
            "party-2017",
            "HD36",
            f"{said}, trước 09/01/2026: áp dụng Quy định 66-QĐ/TW và Hướng dẫn 36-HD/VPTW",
        )
    if ref < HD05_START:
        return (
            "party-2026",
            "HD36",
            f"{said}, từ 09/01/2026 đến 26/05/2026: áp dụng Quy định 399-QĐ/TW và Hướng dẫn "
            "36-HD/VPTW",
        )
    return (
        "party-2026",
        "HD05",
        f"{said}, từ 27/05/2026: áp dụng Quy định 399-QĐ/TW và Hướng dẫn 05-HD/VPTW",
    )


_PARTY_WORDS = re.compile(r"\b(?:CAP UY|DANG UY|DANG BO|CHI BO|TINH UY|THANH UY|DANG VIEN)\b")
_STATE_WORDS = re.compile(r"\b(?:UY BAN NHAN DAN|UBND|HDND|SO [A-Z]|BO [A-Z]|CO QUAN CHUYEN MON)")


def _infer_family(
    number: Number | None, citations: list[Citation], vocabulary: str = ""
) -> str | None:
    """Weak guess for a document without a header: its own number, or what it cites."""
    if number is not None:
        return "party" if re.search(r"\d*\s*-\s*[A-Za-zĐ]+\s*/", number.raw) else "state"
    party = sum(1 for c in citations if c.number and re.match(r"\d+-", c.number))
    if not citations and vocabulary:
        party = len(_PARTY_WORDS.findall(vocabulary))
        state = len(_STATE_WORDS.findall(vocabulary))
        if party >= 3 and party >= 3 * state:
            return "party"
        if state >= 3 and state >= 3 * party:
            return "state"
        return None
    state = sum(1 for c in citations if c.number and re.match(r"\d+[a-z]?/", c.number))
    if party >= 1 and party >= 2 * state:
        return "party"
    if state >= 1 and state >= 2 * party:
        return "state"
    return None


# -- citations -------------------------------------------------------------------------------------


def _citations(st: _State, paras: list[int]) -> list[Citation]:
    doc = st.doc
    out: list[Citation] = []
    if doc.has_formatting:
        for i in paras:
            out.extend(find_citations(doc.paragraphs[i].nfc, i))
        return out
    # Plain text: lines are wrapped paragraphs; join them so a citation may cross a line break.
    buf: list[str] = []
    starts: list[tuple[int, int, int]] = []  # (offset in joined, paragraph, offset in paragraph)
    pos = 0
    prev = None
    for i in paras:
        t = doc.paragraphs[i].nfc
        lead = len(t) - len(t.lstrip())
        s = t.strip()
        if prev is not None and i != prev + 1:
            # Lines that are not neighbours never share a sentence: keep them apart.
            buf.append("\n")
            pos += 2
        prev = i
        starts.append((pos, i, lead))
        buf.append(s)
        pos += len(s) + 1
    joined = " ".join(buf)
    import bisect

    offs = [s[0] for s in starts]
    for c in find_citations(joined, 0):
        k = bisect.bisect_right(offs, c.start) - 1
        off, i, lead = starts[k]
        plen = len(doc.paragraphs[i].nfc)
        start = c.start - off + lead
        end = min(c.end - off + lead, plen)
        out.append(
            Citation(
                raw=c.raw,
                paragraph=i,
                type=c.type,
                number=c.number,
                date=c.date,
                issuer=c.issuer,
                start=start,
                end=end,
            )
        )
    return out


# -- entry point ------------------------------------------------------------


_ANNEX_OF_NORMATIVE = re.compile(r"\(?\s*[Kk]èm theo\b.*?\b\d+/\d{4}/[A-ZĐa-z]+-[A-ZĐ]")


def _annex_of_normative(doc: Document, first: Sequence[int]) -> bool:
    """An annex whose opening says it comes with a numbered legal normative document."""
    return any(_ANNEX_OF_NORMATIVE.search(doc.paragraphs[i].nfc) for i in first)


def analyse(
    doc: Document, *, today: dt.date | None = None, profile: Profile | None = None
) -> Anatomy:
    """Find the parts, family, regime and type of ``doc`` (see the module docstring)."""
    today = today or dt.date.today()
    segs = _LazySegments(doc)
    nonempty = [p.index for p in doc.paragraphs if p.nfc.strip()]
    st = _State(doc=doc, segs=segs, nonempty=nonempty)

    h = _scan_header(st)
    family = "party" if h.td else "state" if h.qh else "unknown"
    title_type, body_start = _opening(st, h, family)
    sign = _signature(st, body_start)

    # Nội dung: between the opening and the signature.
    end = sign.start if sign.start is not None else len(doc.paragraphs)
    body = [
        i
        for i in nonempty
        if body_start <= i < end
        and i not in st.used
        and not (not doc.has_formatting and _PAGE_NO.match(doc.paragraphs[i].nfc))
    ]
    for i in body:
        lst = st.parts.setdefault("noi_dung", [])
        assert isinstance(lst, list)
        lst.append(PartRef(text=doc.paragraphs[i].nfc.strip(), paragraph=i))

    # Signature parts.
    if sign.label is not None:
        st.add("noi_nhan", sign.label)
        for s, text in sign.noi_nhan:
            st.add("noi_nhan", s, text)
    form = collective = None
    if sign.forms:
        st.put("quyen_han_ky", sign.forms[0])
        fm = _FORM.match(sign.forms[0].text)
        if fm:
            form = fm.group("form")
            rest = fm.group("rest").strip()
            if form in ("TM.", "T/M") and rest:
                collective = rest
    title_seg = None
    if sign.titles:
        # The title is the last upper-case line above the name (after the forms).
        after = [
            t
            for t in sign.titles
            if not sign.forms or (t.para, t.no) > (sign.forms[-1].para, sign.forms[-1].no)
        ]
        title_seg = (after or sign.titles)[-1] if after else None
        if title_seg is None and not sign.forms:
            title_seg = sign.titles[-1]
    elif sign.forms and len(sign.forms) >= 2:
        title_seg = None
    if title_seg is not None:
        st.put("chuc_vu_ky", title_seg)
    if sign.name is not None:
        st.put("ho_ten_ky", sign.name)
    signing = None
    if sign.forms or title_seg or sign.name:
        signing = Signing(
            form=form,
            form_paragraph=sign.forms[0].para if sign.forms else None,
            title=title_seg.text if title_seg else None,
            title_paragraph=title_seg.para if title_seg else None,
            name=sign.name.text if sign.name else None,
            name_paragraph=sign.name.para if sign.name else None,
            collective=collective,
        )

    # Type.
    number = h.number
    doc_type: str | None = None
    is_normative = False
    if title_type is not None:
        doc_type = title_type.slug
        is_normative = title_type.normative
    elif number is not None:
        if number.year:
            t = state_abbreviations().get(number.type or "")
            doc_type = t.slug if t else None
        elif re.search(r"-\s*[A-Za-zĐ]+\s*/", number.raw) and number.type:
            t = party_abbreviations().get(number.type)
            doc_type = t.slug if t else None
        elif number.type:
            t = state_abbreviations().get(number.type)
            doc_type = t.slug if t else None
        elif number.issuer:
            doc_type = "cong_van"
    if doc_type is None and "trich_yeu" in st.parts and title_type is None:
        doc_type = "cong_van"
    if number is not None and number.year:
        is_normative = True
    # A person's document ("ĐƠN ĐỀ NGHỊ …" under the Quốc hiệu, with no issuing body and no
    # number): the format rules of State and Party bodies do not govern it (NĐ 30, Điều 2)
    personal = (
        title_type is not None
        and title_type.personal
        and number is None
        and "so_ky_hieu" not in st.parts
        and "co_quan_ban_hanh" not in st.parts
    )
    if doc_type == "phu_luc" and not is_normative and _annex_of_normative(doc, nonempty[:8]):
        # "Phụ lục I (Kèm theo Nghị định số 30/2020/NĐ-CP …)": an annex shares the regime of the
        # legal normative document it belongs to.
        is_normative = True

    # Citations in the opening and the body.
    open_start = min(
        (r.paragraph for n in ("trich_yeu", "can_cu") for r in _refs(st, n)),
        default=body_start,
    )
    kinh = {r.paragraph for r in _refs(st, "kinh_gui")}
    cite_paras = sorted({i for i in st.used if i >= open_start} - kinh | set(body))
    citations = _citations(st, cite_paras)

    # Family fallback and regime.
    reason_prefix = ""
    if personal:
        family = "unknown"
    elif family == "unknown":
        if profile is not None and profile.family in ("state", "party"):
            family = profile.family
            reason_prefix = "không thấy Quốc hiệu hay tiêu đề Đảng; theo cấu hình của cơ quan: "
        else:
            vocab = fold(" ".join(doc.paragraphs[i].nfc for i in nonempty[:300]))
            guess = _infer_family(number, citations, vocab)
            if guess is not None:
                family = guess
                reason_prefix = (
                    "không thấy Quốc hiệu hay tiêu đề Đảng; suy ra từ số, ký hiệu và nội dung "
                    "văn bản: "
                )
    regime = guidance = None
    reason = ""
    if family == "state":
        regime = "nd30"
        reason = "văn bản của cơ quan, tổ chức nhà nước: áp dụng Nghị định 30/2020/NĐ-CP"
        if is_normative:
            reason = (
                "văn bản quy phạm pháp luật: thể thức theo pháp luật về ban hành văn bản quy "
                "phạm pháp luật; áp dụng các quy định chung của Nghị định 30/2020/NĐ-CP"
            )
    elif family == "party":
        regime, guidance, reason = _party_regime(h.date_line, today)
    reason = reason_prefix + reason if reason else reason
    if personal:
        reason = (
            "văn bản của cá nhân (đơn, tờ khai, cam kết …): thể thức văn bản của cơ quan, tổ "
            "chức (Nghị định 30/2020/NĐ-CP, văn bản của Đảng) không áp dụng"
        )

    parts: dict[str, PartRef | tuple[PartRef, ...]] = {}
    for name, value in st.parts.items():
        parts[name] = tuple(value) if isinstance(value, list) else value
    kinh = tuple(getattr(st, "kinh", []))
    return Anatomy(
        family=family,
        regime=regime,
        regime_reason=reason,
        guidance=guidance,
        doc_type=doc_type,
        date_line=h.date_line,
        header_layout=h.layout,
        signature_layout=sign.layout if (sign.forms or sign.name or sign.label) else None,
        parts=parts,
        number=number,
        kinh_gui=tuple(k for k in kinh if k),
        noi_nhan=tuple(c for c in (_clean_entry(t) for _, t in sign.noi_nhan) if c),
        signing=signing,
        citations=tuple(citations),
        is_normative=is_normative,
        is_draft_marked=h.draft,
        personal=personal,
    )


def _refs(st: _State, name: str) -> list[PartRef]:
    v = st.parts.get(name)
    if v is None:
        return []
    refs = v if isinstance(v, list) else [v]
    return [r for r in refs if r.story is None]


__all__ = ["HD05_START", "PARTY_2026_START", "analyse"]
