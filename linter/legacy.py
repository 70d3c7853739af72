"""Legacy 8-bit Vietnamese fonts and encodings (TCVN3/ABC, VNI, VPS).

Text typed with ``.VnTime`` or ``VNI-Times`` is stored as Latin-1 look-alike characters:
"Céng hoµ x· héi chñ nghÜa ViÖt Nam" (TCVN3), "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
(VNI). It looks right only while that exact font is installed. Detection counts words in
which such a character sits next to Latin letters; the characters chosen never occur in
correct Unicode Vietnamese (which uses à á â ã è é ê ì í ò ó ô õ ù ú ý and the
Latin Extended letters, none of which are in the marker set).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

# TCVN3: bytes A1–FE that are not valid Vietnamese letters when read as Latin-1.
_TCVN3_MARKERS = "¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßåæçëîïðñö÷øûüþ"
# VNI: tone/vowel-mark bytes that follow the base letter.
_VNI_MARKERS = "øûïåäëüöñØÛÏÅÄËÜÖÑ"
MARKERS = frozenset(_TCVN3_MARKERS + _VNI_MARKERS)

_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'“”‘’/\\\-–—…]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")

_ANY_MARKER = re.compile("[" + re.escape("".join(sorted(MARKERS))) + "]")

MIN_FLAGGED_WORDS = 3
MIN_FLAGGED_SHARE = 0.08


@lru_cache(maxsize=1)
def _font_table() -> tuple[tuple[str, ...], frozenset[str]]:
    data = tomllib.loads(
        resources.files("linter").joinpath("data/legacy_fonts.toml").read_text("utf-8")
    )
    prefixes: list[str] = []
    names: set[str] = set()
    for group in data.values():
        prefixes.extend(p.lower() for p in group.get("prefixes", ()))
        names.update(n.lower() for n in group.get("names", ()))
    return tuple(prefixes), frozenset(names)


def is_legacy_font(name: str | None) -> bool:
    """True for a font of an 8-bit Vietnamese encoding (.VnTime, VNI-Times, ...)."""
    if not name:
        return False
    low = name.strip().lower()
    prefixes, names = _font_table()
    return low in names or low.startswith(prefixes)


def _flagged(word: str) -> bool:
    return any(ch in MARKERS for ch in word) and _ASCII_LETTER.search(word) is not None


def legacy_word_counts(text: str) -> tuple[int, int]:
    """(words that look like TCVN3/VNI bytes, all words with a letter)."""
    flagged = total = 0
    if _ANY_MARKER.search(text) is None:
        return 0, sum(1 for word in _WORD.findall(text) if any(map(str.isalpha, word)))
    for word in _WORD.findall(text):
        if not any(map(str.isalpha, word)):
            continue
        total += 1
        if _flagged(word):
            flagged += 1
    return flagged, total


def looks_legacy_encoded(text: str) -> bool:
    """True when the text reads like TCVN3 or VNI bytes shown as Unicode."""
    if _ANY_MARKER.search(text) is None:
        return False
    flagged, total = legacy_word_counts(text)
    return flagged >= MIN_FLAGGED_WORDS and flagged >= MIN_FLAGGED_SHARE * total
