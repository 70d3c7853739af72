"""What the anatomy finds: the named parts of a document and what they say.

Built by ``linter.anatomy.analyse(doc)``; read by rules and by ``lint inspect``.
Part names are a contract (design.md): see ``PART_NAMES`` and ``REPEATABLE_PARTS``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PART_NAMES: tuple[str, ...] = (
    "quoc_hieu",
    "tieu_ngu",
    "tieu_de_dang",
    "co_quan_chu_quan",
    "co_quan_ban_hanh",
    "so_ky_hieu",
    "dia_danh_ngay_thang",
    "ten_loai",
    "trich_yeu",
    "kinh_gui",
    "can_cu",
    "noi_dung",
    "noi_nhan",
    "quyen_han_ky",
    "chuc_vu_ky",
    "ho_ten_ky",
)
REPEATABLE_PARTS: frozenset[str] = frozenset({"kinh_gui", "can_cu", "noi_dung", "noi_nhan"})

FAMILIES = ("state", "party", "unknown")
REGIMES = ("nd30", "party-2017", "party-2026")


@dataclass(frozen=True, slots=True)
class PartRef:
    text: str
    paragraph: int  # main-story paragraph index (or the story's own index, see ``story``)
    story: str | None = None  # None = main story; "textbox" when the header is in a text box


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed "Số: 15/QĐ-UBND" / "Số 383-CV/ĐU" line."""

    raw: str
    so: str | None = None  # "15", "05"; None when left blank in a draft
    type: str | None = None  # "QĐ", "CV", ...; None for a State công văn
    issuer: str | None = None  # "UBND", "ĐU", "SNV-VP"
    unit: str | None = None  # drafting unit after the issuer ("UBND-VX" → "VX")
    year: str | None = None  # "2020" in a normative "30/2020/NĐ-CP"
    has_colon: bool = False  # "Số:" (State) vs "Số" (Party)
    blank: bool = False  # the number itself is blank (draft)


@dataclass(frozen=True, slots=True)
class DateLine:
    raw: str
    place: str | None = None
    day: str | None = None  # as written ("05", "5"); None when blank
    month: str | None = None
    year: str | None = None
    date: dt.date | None = None  # None when blank or not a real date
    blank: bool = False  # day and/or month left blank (draft)


@dataclass(frozen=True, slots=True)
class Signing:
    form: str | None = None  # "TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L", or None
    form_paragraph: int | None = None
    title: str | None = None  # "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    title_paragraph: int | None = None
    name: str | None = None
    name_paragraph: int | None = None
    collective: str | None = None  # the body after TM./T/M ("ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ")


@dataclass(frozen=True, slots=True)
class Citation:
    raw: str
    paragraph: int
    type: str | None = None  # doc_type slug: "ket_luan", "nghi_dinh", ...
    number: str | None = None  # "226-KL/TW", "30/2020/NĐ-CP"
    date: dt.date | None = None
    issuer: str | None = None  # "Ban Bí thư"
    start: int = 0  # offsets of ``raw`` in the paragraph text
    end: int = 0


@dataclass(frozen=True, slots=True)
class Anatomy:
    family: str = "unknown"  # "state" | "party" | "unknown"
    regime: str | None = None  # "nd30" | "party-2017" | "party-2026" | None
    regime_reason: str = ""  # e.g. "ngày văn bản 05/01/2026 trước 09/01/2026"
    guidance: str | None = None  # Party: "HD36" | "HD05" (presentation guidance in force)
    doc_type: str | None = None  # slug, design.md
    date_line: DateLine | None = None
    header_layout: str | None = None  # "table" | "textbox" | "paragraphs"
    signature_layout: str | None = None  # "table" | "paragraphs"
    parts: dict[str, PartRef | tuple[PartRef, ...]] = field(default_factory=dict)
    number: Number | None = None
    kinh_gui: tuple[str, ...] = ()
    noi_nhan: tuple[str, ...] = ()
    signing: Signing | None = None
    citations: tuple[Citation, ...] = ()
    is_normative: bool = False  # legal normative document (VBQPPL): different regime
    is_draft_marked: bool = False  # "DỰ THẢO" appears in the header area
    # a person's document (đơn, tờ khai, cam kết …: no issuing body, no number): outside the
    # format rules of State and Party bodies; family "unknown", regime None
    personal: bool = False

    @property
    def date(self) -> dt.date | None:
        return self.date_line.date if self.date_line else None

    def part(self, name: str) -> PartRef | None:
        """A single part, or the first of a repeatable one."""
        value = self.parts.get(name)
        if isinstance(value, tuple):
            return value[0] if value else None
        return value

    def part_list(self, name: str) -> tuple[PartRef, ...]:
        value = self.parts.get(name)
        if value is None:
            return ()
        return value if isinstance(value, tuple) else (value,)

    def part_of(self, paragraph: int) -> str | None:
        """The name of the part that contains a main-story paragraph, if any."""
        for name, value in self.parts.items():
            refs = value if isinstance(value, tuple) else (value,)
            if any(r.paragraph == paragraph and r.story is None for r in refs):
                return name
        return None
