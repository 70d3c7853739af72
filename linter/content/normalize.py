"""Text normalisation for comparing Vietnamese passages, and number-symbol keys.

``words(text)`` turns a passage into comparable word tokens: NFC, lower case, tone marks
moved to a fixed place (``hoà`` and ``hòa``, ``uỷ`` and ``ủy`` give the same token), punctuation
and a leading numbering label ("2.1.", "a)", "-") removed. Each token carries its tone as a
Telex-style suffix (``hòa`` → ``hoaf``), which no Vietnamese syllable ends in, so placement no
longer matters and no information is lost.

``number_key`` / ``parse_reference`` normalise a document's number-symbol so that
"226-KL/TW", "226 - KL/TW", "Kết luận 226", "Kết luận số 226-KL/TW" and "KL 226" meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Combining tone marks → Telex suffix (huyền, sắc, ngã, hỏi, nặng).
_TONES = {"\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j"}
# Words are letters (with their marks) and digits; "%" kept as a word of its own.
_WORD = re.compile(r"[^\W_]+|%")
_LABEL = re.compile(
    r"""^\s*(?:
        (?:\d{1,3}(?:\.\d{1,3})*\.?)(?=\s)         # 1.  2.1.  2.1
      | [a-zđ]\)                                   # a)  đ)
      | (?:[IVXLC]{1,6})\.(?=\s)                   # II.
      | [-+•*–—]                                   # bullets
    )\s*""",
    re.VERBOSE,
)


@lru_cache(maxsize=65536)
def _token(word: str) -> str:
    """One lower-case word with its tone moved to a Telex suffix."""
    decomposed = unicodedata.normalize("NFD", word)
    tone = ""
    kept = []
    for ch in decomposed:
        mark = _TONES.get(ch)
        if mark is not None:
            tone = mark
        else:
            kept.append(ch)
    base = unicodedata.normalize("NFC", "".join(kept))
    return base + tone


def strip_label(text: str) -> tuple[str, str]:
    """Split a leading numbering label off a paragraph: ``("2.1.", "Về công tác …")``."""
    m = _LABEL.match(text)
    if not m:
        return "", text
    return m.group(0).strip(), text[m.end() :]


def words(text: str, *, strip_numbering: bool = True) -> list[str]:
    """Comparable tokens of ``text`` (see the module docstring)."""
    text = unicodedata.normalize("NFC", text)
    if strip_numbering:
        text = strip_label(text)[1]
    return [_token(w) for w in _WORD.findall(text.lower())]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Tokens of ``text`` with their character offsets in ``text`` (``text`` must be NFC)."""
    return [(_lower_token(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=65536)
def _lower_token(word: str) -> str:
    return _token(word.lower())


# -- number-symbol keys -------------------------------------------------------------------

# Vietnamese type names → doc_type slug (design.md).
TYPE_NAMES: dict[str, str] = {
    "kết luận": "ket_luan",
    "nghị quyết": "nghi_quyet",
    "quyết định": "quyet_dinh",
    "quy định": "quy_dinh",
    "chỉ thị": "chi_thi",
    "quy chế": "quy_che",
    "hướng dẫn": "huong_dan",
    "kế hoạch": "ke_hoach",
    "chương trình": "chuong_trinh",
    "thông báo": "thong_bao",
    "thông tri": "thong_tri",
    "công văn": "cong_van",
    "công điện": "cong_dien",
    "báo cáo": "bao_cao",
    "tờ trình": "to_trinh",
    "đề án": "de_an",
    "nghị định": "nghi_dinh",
    "thông tư liên tịch": "thong_tu_lien_tich",
    "thông tư": "thong_tu",
    "luật": "luat",
    "pháp lệnh": "phap_lenh",
}
# Type abbreviations in a symbol → slugs they can stand for ("QĐ" is a State Quyết định or a
# Party Quy định: both kept, the symbol itself decides the match).
TYPE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "kl": ("ket_luan",),
    "nq": ("nghi_quyet",),
    "qđ": ("quyet_dinh", "quy_dinh"),
    "ct": ("chi_thi", "chuong_trinh"),
    "qc": ("quy_che",),
    "hd": ("huong_dan",),
    "kh": ("ke_hoach",),
    "ctr": ("chuong_trinh",),
    "tb": ("thong_bao",),
    "tt": ("thong_tri", "thong_tu"),
    "cv": ("cong_van",),
    "cđ": ("cong_dien",),
    "bc": ("bao_cao",),
    "ttr": ("to_trinh",),
    "đa": ("de_an",),
    "nđ": ("nghi_dinh",),
}
_TYPE_NAME_RE = re.compile(
    r"\b(" + "|".join(sorted(TYPE_NAMES, key=len, reverse=True)) + r")\b(?:\s+số)?",
    re.IGNORECASE,
)
_NUM_SYMBOL = re.compile(r"(\d+)\s*(?:/\s*(\d{4}))?\s*(?:[-/–]\s*([^\s,;()]*[^\W\d_][^\s,;()]*))?")
_ABBR_FIRST = re.compile(r"^([A-Za-zĐđ]+)\s*[./]?\s*(\d+)\b")


@dataclass(frozen=True, slots=True)
class Reference:
    """A parsed number-symbol: ``so`` "226", ``symbol`` "kl/tw", ``types`` ("ket_luan",)."""

    so: str
    symbol: str | None = None  # normalised symbol after the number: "kl/tw", "2020/nđ-cp"
    types: tuple[str, ...] = ()  # doc_type slugs the query allows; () = any

    @property
    def key(self) -> str:
        return f"{self.so}-{self.symbol}" if self.symbol else self.so


def _symbol(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"\s+", "", text)
    return text.replace("–", "-").strip("-/.")


def parse_reference(text: str) -> Reference | None:
    """Parse "226-KL/TW", "226 - KL/TW", "Kết luận 226", "KL 226", "30/2020/NĐ-CP"."""
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return None
    types: tuple[str, ...] = ()
    m = _TYPE_NAME_RE.search(text)
    if m:
        types = (TYPE_NAMES[m.group(1).lower()],)
        text = text[m.end() :].strip()
    else:
        a = _ABBR_FIRST.match(text)  # "KL 226"
        if a and a.group(1).lower() in TYPE_ABBREVIATIONS:
            types = TYPE_ABBREVIATIONS[a.group(1).lower()]
            text = text[a.start(2) :]
    n = _NUM_SYMBOL.search(text)
    if not n:
        return None
    so = n.group(1).lstrip("0") or "0"
    year, sym = n.group(2), n.group(3)
    symbol = None
    if sym:
        symbol = _symbol(sym)
        if year:
            symbol = f"{year}/{symbol}"
    elif year:
        symbol = year
    if symbol and not types:
        head = re.split(r"[-/]", symbol.split("/", 1)[1] if year else symbol)[0]
        types = TYPE_ABBREVIATIONS.get(head, ())
    return Reference(so=so, symbol=symbol, types=types)


def number_key(text: str) -> str | None:
    """The normalised key of a full number-symbol ("226-kl/tw"), or None if unparsable."""
    ref = parse_reference(text)
    return ref.key if ref else None


__all__ = [
    "TYPE_ABBREVIATIONS",
    "TYPE_NAMES",
    "Reference",
    "number_key",
    "parse_reference",
    "strip_label",
    "word_spans",
    "words",
]
