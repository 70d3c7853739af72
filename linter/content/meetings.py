"""What a meeting document says about the meeting (KL 226, mục 2.2).

``meeting_of(doc, anatomy)`` reads a Giấy mời, a kế hoạch / chương trình hội nghị or a công điện
that convenes a meeting, and returns its kind (which sets the duration limit), its stated
duration, its format (trực tiếp / trực tuyến) and the speech slots with their minutes. Regular
expressions suffice: these are short, formulaic documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from linter.content.nlp import normalise
from linter.model import Document
from linter.parts import Anatomy

# A thông báo (kết luận) reports on a meeting already held: not checked.
MEETING_TYPES = frozenset({"giay_moi", "ke_hoach", "chuong_trinh", "cong_dien"})
_MEETING_WORDS = re.compile(r"hội nghị|cuộc họp|phiên họp|\bhọp\b|tọa đàm|hội thảo", re.I)

# Limits in days (KL 226, mục 2.2).
LIMITS = {"quan_triet": 0.5, "chuyen_mon": 1.0, "quan_trong": 1.5}
KIND_VI = {
    "quan_triet": "hội nghị quán triệt, phổ biến",
    "chuyen_mon": "hội nghị chuyên môn, nghiệp vụ",
    "quan_trong": "hội nghị quan trọng cần thảo luận",
}
SPEECH_LIMITS = {"khai_mac": 10, "tham_luan": 10, "ket_luan": 50}
SPEECH_VI = {"khai_mac": "phát biểu khai mạc", "tham_luan": "tham luận", "ket_luan": "kết luận"}

_KIND_RES = (
    ("quan_triet",
     re.compile(r"quán triệt|phổ biến|học tập|triển khai (?:nghị quyết|chỉ thị|kết luận)", re.I)),
    ("chuyen_mon", re.compile(r"chuyên môn|nghiệp vụ|tập huấn|giao ban|làm việc", re.I)),
)  # fmt: skip
_DAYS = re.compile(
    r"(?:trong|thời gian|tổ chức|kéo dài)?\s*\(?\b(\d{1,2}|một|hai|ba)\s*(?:\)\s*)?ngày\b", re.I
)
_HALF = re.compile(r"nửa ngày|buổi sáng|buổi chiều|\bsáng\b|\bchiều\b", re.I)
_FULL = re.compile(r"cả ngày|01 ngày|một ngày", re.I)
_DATE_RANGE = re.compile(
    r"từ ngày\s*(\d{1,2})(?:/(\d{1,2}))?.{0,20}?đến ngày\s*(\d{1,2})/(\d{1,2})", re.I
)
_TIME = r"(\d{1,2})\s*(?:h|giờ)\s*(\d{1,2})?(?:\s*phút)?"
_TIME_RANGE = re.compile(rf"{_TIME}\s*(?:-|–|đến)\s*{_TIME}", re.I)
_MINUTES = re.compile(r"(\d{1,3})\s*phút", re.I)
_SPEECH_RES = (
    ("khai_mac", re.compile(r"khai mạc", re.I)),
    ("tham_luan", re.compile(r"tham luận", re.I)),
    ("ket_luan", re.compile(r"kết luận|phát biểu chỉ đạo|bế mạc", re.I)),
)
_ONLINE = re.compile(r"trực tuyến|trực tiếp kết hợp|kết hợp trực|điểm cầu|online|truyền hình", re.I)
_IN_PERSON = re.compile(r"trực tiếp", re.I)
_WORDS_DAYS = {"một": 1, "hai": 2, "ba": 3}


@dataclass(frozen=True)
class Speech:
    kind: str  # khai_mac | tham_luan | ket_luan
    minutes: int
    paragraph: int
    text: str


@dataclass
class Meeting:
    kind: str
    days: float | None = None  # stated duration in days
    hours: float | None = None  # stated time span in hours (one day)
    duration_text: str | None = None
    duration_paragraph: int | None = None
    format: str | None = None  # "trực tuyến" | "trực tiếp" | "kết hợp" | None
    format_paragraph: int | None = None
    speeches: list[Speech] = field(default_factory=list)

    @property
    def limit_days(self) -> float:
        return LIMITS[self.kind]


def _hours(m: re.Match[str]) -> float:
    h1, m1, h2, m2 = (int(x) if x else 0 for x in m.groups())
    return (h2 * 60 + m2 - h1 * 60 - m1) / 60


def is_meeting_document(doc: Document, anatomy: Anatomy) -> bool:
    if anatomy.doc_type not in MEETING_TYPES:
        return False
    if anatomy.doc_type == "giay_moi":
        return True
    head = " ".join(p.text for name in ("trich_yeu", "ten_loai") for p in anatomy.part_list(name))
    return bool(_MEETING_WORDS.search(head))


def meeting_of(doc: Document, anatomy: Anatomy) -> Meeting | None:
    """The meeting a document convenes, or None if it is not a meeting document."""
    if not is_meeting_document(doc, anatomy):
        return None
    refs = anatomy.part_list("noi_dung")
    body = [doc.paragraphs[r.paragraph] for r in refs] if refs else list(doc.paragraphs)
    head = " ".join(p.text for name in ("trich_yeu", "ten_loai") for p in anatomy.part_list(name))
    text_all = normalise(head + " " + " ".join(p.nfc for p in body[:6]))
    kind = "quan_trong"
    for k, rx in _KIND_RES:
        if rx.search(text_all):
            kind = k
            break
    meeting = Meeting(kind)
    for p in body:
        t = normalise(p.nfc)
        low = t.lower()
        if meeting.format is None:
            if _ONLINE.search(t):
                meeting.format = "kết hợp" if _IN_PERSON.search(t) else "trực tuyến"
                meeting.format_paragraph = p.index
            elif "hình thức" in low and _IN_PERSON.search(t):
                meeting.format = "trực tiếp"
                meeting.format_paragraph = p.index
        is_time_line = "thời gian" in low or low.lstrip().startswith(("từ ", "vào "))
        if meeting.days is None and is_time_line:
            rng = _DATE_RANGE.search(t)
            if rng:
                d1, d2 = int(rng.group(1)), int(rng.group(3))
                if d2 >= d1:
                    meeting.days = float(d2 - d1 + 1)
                    meeting.duration_text = rng.group(0)
                    meeting.duration_paragraph = p.index
            if meeting.days is None:
                dm = _DAYS.search(t)
                if dm and not re.search(r"ngày\s+\d", t[dm.start() : dm.end() + 3]):
                    n = dm.group(1).lower()
                    meeting.days = float(_WORDS_DAYS.get(n, 0) or int(n))
                    meeting.duration_text = dm.group(0).strip()
                    meeting.duration_paragraph = p.index
            if meeting.days is None and meeting.hours is None:
                tr = _TIME_RANGE.search(t)
                if tr and _hours(tr) > 0:
                    meeting.hours = _hours(tr)
                    meeting.duration_text = tr.group(0)
                    meeting.duration_paragraph = p.index
                elif _HALF.search(t):
                    meeting.days = 0.5
                    meeting.duration_text = _HALF.search(t).group(0)  # type: ignore[union-attr]
                    meeting.duration_paragraph = p.index
        for kind_s, rx in _SPEECH_RES:
            if not rx.search(t):
                continue
            minutes = None
            mm = _MINUTES.search(t)
            if mm:
                minutes = int(mm.group(1))
            else:
                tr = _TIME_RANGE.search(t)
                if tr and 0 < _hours(tr) < 4:
                    minutes = round(_hours(tr) * 60)
            if minutes is not None:
                meeting.speeches.append(Speech(kind_s, minutes, p.index, p.text.strip()))
            break
    return meeting


__all__ = ["KIND_VI", "LIMITS", "SPEECH_LIMITS", "SPEECH_VI", "Meeting", "Speech", "meeting_of"]
