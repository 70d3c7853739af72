"""The noun phrase that names a Party actor, by a small closed grammar.

Party regulations and guides name their actors in lower case and with long qualifiers that
no lexicon of names covers: "cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng", "ban xây
dựng đảng (hoặc ban tổ chức) đảng ủy cấp trên trực tiếp …", "đảng ủy cơ sở nơi giao và nơi
nhận", "cơ quan tham mưu về công tác tổ chức", "đảng viên sinh hoạt đảng tạm thời", "chi bộ
trực thuộc". Such a phrase is a head of a closed list (a committee, a body, an office, a
member) followed by any number of qualifiers of a closed list: another Party noun (the body
it belongs to), a level ("cấp trên trực tiếp", "cơ sở", "trực thuộc", "xã"), a competence
("có thẩm quyền"), a status ("dự bị", "sinh hoạt đảng tạm thời"), "của" and another Party
phrase, an alternative in brackets ("(hoặc ban tổ chức)"), a place "nơi giao", "nơi nhận"
(joined by "và"), a field "về công tác tổ chức".

:func:`party_phrase` only delimits the phrase; whether it is the subject of a clause is the
task extractor's decision (linter/content/tasks.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol


class _Tok(Protocol):
    """What the grammar reads of a token (``nlp.Tok``'s fields, read only)."""

    @property
    def text(self) -> str: ...

    @property
    def lower(self) -> str: ...

    @property
    def is_word(self) -> bool: ...


# Heads: committees, bodies, offices and members of the Party (lower case, new-style tones).
HEADS = (
    "cấp ủy", "cấp trên", "ban thường vụ", "thường trực", "thường vụ", "đảng ủy", "chi ủy",
    "chi bộ", "đảng bộ", "tổ chức cơ sở đảng", "tổ chức đảng", "đảng viên", "bí thư",
    "phó bí thư", "ủy viên", "đảng ủy viên", "cấp ủy viên", "chi ủy viên", "ban tổ chức",
    "ban xây dựng đảng", "ban tuyên giáo", "ban dân vận", "ban kiểm tra", "ủy ban kiểm tra",
    "cơ quan tham mưu", "cơ quan giúp việc", "cơ quan tổ chức", "cơ quan kiểm tra",
    "văn phòng cấp ủy", "văn phòng đảng ủy",
    "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng đoàn", "ban cán sự đảng",
    "ban chấp hành đảng bộ", "ban chấp hành",
)  # fmt: skip
# Party nouns that may follow a head as the body it belongs to ("ban thường vụ cấp ủy",
# "ban tổ chức đảng ủy"): the heads, and "đảng" ("ban xây dựng đảng").
_NOUNS = (*HEADS, "đảng")
# Levels, competence and status.
_QUALIFIERS = (
    "cấp trên trực tiếp", "cấp trên cơ sở", "cấp trên", "cấp dưới trực tiếp", "cấp dưới",
    "trực tiếp", "cấp cơ sở", "cơ sở", "cấp tỉnh", "cấp huyện", "cấp xã", "trực thuộc",
    "trung ương", "xã", "phường", "thị trấn", "tỉnh", "huyện", "quận", "thành phố",
    "đặc khu", "khóa mới", "có thẩm quyền", "dự bị", "chính thức", "sinh hoạt đảng tạm thời",
    "sinh hoạt tạm thời", "tạm thời", "và tương đương", "ở ngoài nước", "ngoài nước",
    "triệu tập đại hội",
)  # fmt: skip
# Places of a transfer ("đảng ủy cơ sở nơi giao và nơi nhận", "chi bộ nơi chuyển đi").
_PLACES = (
    "giao", "nhận", "tiếp nhận", "chuyển đi", "chuyển đến", "đi", "đến", "cư trú",
    "sinh hoạt chính thức", "sinh hoạt tạm thời", "đảng viên sinh hoạt", "đảng viên cư trú",
    "đảng viên công tác", "đảng viên làm việc", "đảng viên chuyển đi", "đảng viên chuyển đến",
)  # fmt: skip
# Fields of an office ("cơ quan tham mưu về công tác tổ chức").
_FIELDS = (
    "về công tác tổ chức , cán bộ", "về công tác tổ chức", "về công tác cán bộ",
    "về công tác kiểm tra", "về công tác xây dựng đảng", "về công tác đảng viên",
)  # fmt: skip
# What an alternative in brackets opens with.
_ALTERNATIVE = ("hoặc",)
# What a bracket that restricts the actor opens with (a place, a condition).
_CONDITION = ("nơi", "nếu", "trường hợp", "khi")


@cache
def _table(words: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrase_table(words)


def phrase_table(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lower-case phrases by their first syllable, each syllable list longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for w in phrases:
        syl = tuple(w.split())
        out.setdefault(syl[0], []).append(syl)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def longest_at(toks: Sequence[_Tok], i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length (in syllables) of the longest phrase of ``table`` (a :func:`phrase_table`) at
    token ``i``, 0 for none."""
    if i >= len(toks):
        return 0
    for syl in table.get(toks[i].lower, ()):
        n = len(syl)
        if i + n <= len(toks) and all(toks[i + k].lower == syl[k] for k in range(n)):
            return n
    return 0


def _at(toks: Sequence[_Tok], i: int, words: tuple[str, ...]) -> int:
    """Length of the longest phrase of ``words`` at token ``i``, 0 for none."""
    return longest_at(toks, i, _table(words))


# The first syllables of the heads: a quick test before the phrase is read.
FIRST_SYLLABLES = frozenset({w.split()[0] for w in HEADS} | {"tập"})


def head_at(toks: Sequence[_Tok], i: int) -> int:
    """Length of the Party head at token ``i`` (0 for none)."""
    return _at(toks, i, HEADS)


def party_phrase(toks: Sequence[_Tok], i: int, end: int | None = None, *, depth: int = 0) -> int:
    """Where the Party actor phrase opening at token ``i`` ends (exclusive), 0 for none.

    The phrase never runs over ``end``; a bracket is kept only when it holds an alternative
    ("(hoặc ban tổ chức)") or another Party phrase, and is closed before ``end``."""
    stop = len(toks) if end is None else min(end, len(toks))
    # "tập thể ban thường vụ cấp ủy": the body as a collective
    whole = 2 if _at(toks, i, ("tập thể",)) and _at(toks, i + 2, HEADS) else 0
    n = _at(toks, i + whole, HEADS)
    if not n or i + whole + n > stop:
        return 0
    k = i + whole + n
    while k < stop:
        m = _at(toks, k, _NOUNS) or _at(toks, k, _QUALIFIERS)
        if m and k + m <= stop:
            k += m
            continue
        w = toks[k].lower
        if w == "của" and depth < 2:
            m = party_phrase(toks, k + 1, stop, depth=depth + 1)
            if m:
                k = m
                continue
            break
        if w == "nơi":
            m = _at(toks, k + 1, _PLACES)
            if not m or k + 1 + m > stop:
                break
            k += 1 + m
            if k + 1 < stop and toks[k].lower == "và" and toks[k + 1].lower == "nơi":
                m = _at(toks, k + 2, _PLACES)
                if m and k + 2 + m <= stop:
                    k += 2 + m
            continue
        if w == "về":
            m = _at(toks, k, _FIELDS)
            if m and k + m <= stop:
                k += m
                continue
            break
        if toks[k].text == "(" and depth < 2:
            close = next((c for c in range(k + 1, min(stop, k + 24)) if toks[c].text == ")"), 0)
            if not close or close == k + 1:
                break
            if _at(toks, k + 1, _CONDITION) and all(
                toks[c].text not in ("(", ";", ":") for c in range(k + 2, close)
            ):
                # "cấp ủy cấp trên cơ sở (nơi không có đảng ủy cơ sở)", "bí thư hoặc phó bí
                # thư (nếu được phân công)": where or when the actor is the one meant
                k = close + 1
                continue
            inner = _at(toks, k + 1, _ALTERNATIVE)
            first = k + 1 + inner
            if party_phrase(toks, first, close, depth=depth + 1) == close:
                k = close + 1
                continue
            break
        break
    return k
