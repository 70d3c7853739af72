"""Citations of other documents in running text.

``find_citations(text)`` works on any text: "Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của
Ban Bí thư", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ",
"Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an", "Luật Tổ chức chính quyền địa phương
ngày 16 tháng 6 năm 2025". Each citation gives the type slug, the number (symbol as written,
spaces removed), the date, the issuer (after "của") and the offsets of the cited span.
"""

from __future__ import annotations

import re
from functools import cache

from linter.anatomy_parse import doc_types, fold, make_date, nfc, party_abbreviations
from linter.anatomy_parse import state_abbreviations as _state_abbr
from linter.parts import Citation

# Type words as they appear in running text (capitalised or not), longest first.
_EXTRA_TYPE_WORDS = {
    "THONG TU LIEN TICH": "thong_tu_lien_tich",
    "NGHI QUYET LIEN TICH": "nghi_quyet",
    "VAN BAN": "",  # generic: type from the number
    "CONG VAN": "cong_van",
}
_NAMED = frozenset({"luat", "bo_luat", "hien_phap", "phap_lenh"})  # cited by name, not number


@cache
def _type_words() -> dict[str, str]:
    words = {t.key: t.slug for t in doc_types() if t.slug not in ("phu_luc",)}
    words.update(_EXTRA_TYPE_WORDS)
    return words


# State "30/2020/NĐ-CP", "4409/BCA-C04", "1413/CAT-PC04(Đ1)", "202/2025/QH15";
# Party "226-KL/TW", "151-TTr/VPTW", "05-QC/BTCTU-BNCTU".
_NUM = (
    r"(?P<num>\d+[a-z]?\s?/\s?(?:\d{4}\s?/\s?)?[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s?[-–]\s?[A-ZĐ0-9][A-Za-zĐđ0-9&]*"
    r"(?:\([A-Za-zĐđ0-9]+\))?)*"
    r"|\d+\s?-\s?[A-ZĐ][A-Za-zĐđ]*\s?/\s?[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*)"
)
_DATE = (
    r",?\s*ngày\s+(?P<d>\d{1,2})\s*(?:/\s*|\s+tháng\s+)(?P<m>\d{1,2})\s*"
    r"(?:/\s*|\s+năm\s+)(?P<y>\d{4})"
)
_DATE_RE = re.compile(r"^" + _DATE)
_ISSUER_RE = re.compile(r"^\s*của\s+(?P<iss>[A-ZĐÀ-Ỹ][^;:.()\n]{1,120})")
# Words that end an issuer name ("của Bộ Công an về việc ...").
_ISSUER_STOP = re.compile(
    r"\s+(?:về|quy định|hướng dẫn|ban hành|phê duyệt|thông qua|gửi|đề nghị|triển khai|tại|ngày|"
    r"trong|theo|đã|đối với|cho|kèm|sửa đổi|và các|giao|xin|thực hiện|hợp nhất|tổ chức|đến|"
    r"và (?:Công văn|Kế hoạch|Kết luận|Nghị quyết|Quyết định|Chỉ thị|Thông báo|văn bản))\b"
    r"|\s*[,;–]|\s+-\s"
)
_NAME_RE = re.compile(r"^\s+(?P<name>[A-ZĐÀ-Ỹ][^;,.()\n]{2,80}?)(?=\s+(?:số|ngày)\b|[;,.(]|$)")


@cache
def _citation_re() -> re.Pattern[str]:
    words = sorted(_type_words(), key=len, reverse=True)
    # Build case-insensitive-first-letter alternatives from the folded keys: match the folded
    # text, so "Uỷ"/"Ủy", NFD and tone placement do not matter.
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?<![A-Z])(?P<tw>" + alt + r")(?![A-Z])")


# Every citation has a number ("15/QĐ", "30/2020/NĐ", "226-KL/") or is a law cited by name:
# the beginning of ``_NUM``, which a date ("30/6/2026") does not match, so the long search over
# the folded text runs only on paragraphs that may hold one.
_HINT = re.compile(
    r"\d[a-z]?\s?/\s?(?:\d{4}\s?/\s?)?[A-ZĐ]|\d\s?-\s?[A-ZĐ][A-Za-zĐđ]*\s?/"
    r"|[Ll]uật|LUẬT|[Hh]iến pháp|[Pp]háp lệnh"
)
# A cheaper necessary condition of ``_HINT`` (its numbers hold "/" or "-" before a capital; its
# law words these syllables), tried first: a regex that starts with ``\d`` is slow to search.
_PRE = re.compile(r"[/-]\s?(?:\d{4}\s?/\s?)?[A-ZĐ]")
_LAW_WORDS = ("uật", "UẬT", "iến pháp", "IẾN PHÁP", "háp lệnh", "HÁP LỆNH")
_NUM_AFTER = re.compile(r"^\s*(?:số\s*:?\s*|Số\s*:?\s*)?" + _NUM)


def _slug_from_number(number: str) -> str | None:
    pm = re.match(r"\d+-([A-Za-zĐđ]+)/", number)
    if pm:
        t = party_abbreviations().get(pm.group(1))
        return t.slug if t else None
    parts = re.sub(r"^\d+[a-z]?/(?:\d{4}/)?", "", number).split("-")
    t = _state_abbr().get(parts[0]) if parts else None
    return t.slug if t else "cong_van"


def find_citations(text: str, paragraph: int = 0) -> list[Citation]:
    """Every citation of another document in ``text`` (offsets into ``text``).

    ``text`` should be NFC (``Paragraph.nfc``); if it is not, it is normalised and the offsets
    refer to the normalised text.
    """
    text = nfc(text)
    if not (_PRE.search(text) or any(w in text for w in _LAW_WORDS)) or not _HINT.search(text):
        return []
    folded = fold(text)
    out: list[Citation] = []
    pos = 0
    rx = _citation_re()
    while True:
        m = rx.search(folded, pos)
        if not m:
            break
        pos = m.end()
        start = m.start()
        # The type word must start a word and be capitalised or lower case as a whole word.
        if start > 0 and text[start - 1].isalpha():
            continue
        slug = _type_words()[m.group("tw")] or None
        rest = text[m.end() :]
        nm = _NUM_AFTER.match(rest)
        number = None
        end = m.end()
        name_ok = False
        if nm:
            number = re.sub(r"\s+", "", nm.group("num")).replace("–", "-")
            end = m.end() + nm.end()
            if slug is None:
                slug = _slug_from_number(number)
        elif slug in _NAMED and text[start].isupper():
            nmm = _NAME_RE.match(rest)
            if not nmm:
                continue
            end = m.end() + nmm.end("name")
            name_ok = True
            # "Luật ... số 80/2015/QH13"
            nm2 = re.match(r"^\s+số\s*" + _NUM, text[end:])
            if nm2:
                number = re.sub(r"\s+", "", nm2.group("num"))
                end += nm2.end()
        if number is None and not name_ok:
            continue
        date = issuer = None
        # Date and issuer follow in either order: "số X ngày D của I" or "số X của I ngày D".
        for _ in range(2):
            tail = text[end:]
            dm = _DATE_RE.match(tail)
            if dm and date is None:
                date = make_date(dm.group("d"), dm.group("m"), dm.group("y"))
                end += dm.end()
                continue
            im = _ISSUER_RE.match(tail)
            if im and issuer is None:
                iss = im.group("iss")
                stop = _ISSUER_STOP.search(iss)
                if stop:
                    iss = iss[: stop.start()]
                iss = iss.strip()
                if iss:
                    issuer = iss
                    end += im.start("iss") + len(iss)
                continue
            break
        out.append(
            Citation(
                raw=text[start:end],
                paragraph=paragraph,
                type=slug,
                number=number,
                date=date,
                issuer=issuer,
                start=start,
                end=end,
            )
        )
        pos = end
    return out


__all__ = ["find_citations"]
