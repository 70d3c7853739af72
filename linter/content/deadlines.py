"""Deadlines in task sentences: find them and normalise them.

A deadline is one of (design.md, ``lint tasks``):

- ``date``: an absolute day, "trước ngày 25/12/2025", "chậm nhất là ngày 23 tháng 01 năm 2026";
- ``period``: a month, quarter, half-year or year, "trong quý I/2026", "trong tháng 01/2026",
  "6 tháng đầu năm 2026"; its ``date`` is the last day of the period;
- ``recurring``: "định kỳ hằng quý", "hằng tháng", "trước ngày 20 của tháng cuối quý"; no date;
  also a term counted from an event, concrete but with no calendar date ("trong thời hạn 07
  ngày làm việc kể từ ngày kết thúc Đại hội", "trước 30 ngày làm việc của các đợt", "sau mỗi
  đợt"): the contract has no kind of its own for it;
- ``vague``: "thường xuyên", "kịp thời", "khẩn trương", "đúng thời hạn": not a deadline at all;
- ``none``.

Regular expressions are enough here: deadlines are a closed set of formulas. A date only counts
when a deadline marker introduces it ("trước", "chậm nhất", "hoàn thành", "trong ngày", "thời
gian thực hiện:"), so the date of a cited document ("Công văn số 1128/STP-BTTP ngày 16/10/2025")
or of an anniversary is never read as a deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

KINDS = ("date", "period", "recurring", "vague", "none")

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# A deadline marker directly before a date or period.
_MARK = (
    r"(?:(?:hoàn\s+thành|xong|gửi|nộp|trình|báo\s+cáo)\s+)?"
    r"(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+đến)?|không\s+quá|muộn\s+nhất|"
    r"trong(?:\s+thời\s+hạn)?|hạn(?:\s+chót)?(?:\s+là)?|đến\s+hết|"
    r"thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:?)"
)
_TIME_OF_DAY = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?"
_DMY_SLASH = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?"
_DMY_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?"

# "đến (ngày) 30/6/2026 hoàn thành …", "đến 30/5/2026 phải bàn giao …": the day by which the
# work that follows must be done (not "gia hạn … đến ngày …", "từ … đến …": a span's end).
_BY_DATE = (
    r"đến(?=\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*,?\s*"
    r"(?:phải|hoàn\s+thành|xong)\b)"
)

_DATE_RE = re.compile(
    rf"(?P<mark>{_MARK}|vào(?=\s+{_TIME_OF_DAY}ngày)|{_BY_DATE})\s+{_TIME_OF_DAY}(?:ngày\s+)?"
    rf"(?:{_DMY_SLASH}|{_DMY_WORDS})(?![\d/])",
    re.IGNORECASE,
)
# The day of an occasion the work is held on: "nhân ngày Chuyển đổi số Quốc gia 10/10".
_OCCASION_RE = re.compile(
    rf"nhân\s+(?:dịp\s+)?(?:ngày|kỷ\s+niệm)\s[^,;.()]{{0,60}}?(?<=\s){_DMY_SLASH}(?![\d/])",
    re.IGNORECASE,
)
# A quarter or month without its year ("trong quý III", "trong tháng 4") counts only after a
# marker, in the year of the document.
_QUARTER_RE = re.compile(
    rf"(?P<mark>{_MARK}\s+)?quý\s+(?P<q>IV|I{{1,3}}|[1-4])"
    rf"(?:\s*(?:/|năm|-)\s*(?P<y>\d{{4}})|(?![\w/]))",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(
    rf"(?P<mark>{_MARK}\s+)?tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:/|năm|-)\s*(?P<y>\d{{4}})|(?![\d/]))",
    re.IGNORECASE,
)
_HALF_RE = re.compile(
    rf"(?P<mark>{_MARK}\s+)?(?P<n>6|sáu)\s+tháng\s+(?P<part>đầu|cuối)\s+năm\s+(?P<y>\d{{4}})",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(
    rf"(?P<mark>{_MARK})\s+(?:cuối\s+)?năm\s+(?P<y>\d{{4}})(?![\d/])",
    re.IGNORECASE,
)
_RECURRING_RE = re.compile(
    r"định\s+kỳ(?:\s+(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý|năm)|\s+\d+\s+tháng|"
    r"\s+(?:quý|tháng|năm))?"
    r"|trước\s+ngày\s+\d{1,2}\s+(?:của\s+)?(?:tháng\s+cuối|hằng\s+tháng|hàng\s+tháng|"
    r"tháng\s+cuối\s+cùng)[^.;()]*"
    r"|(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm)"
    r"|sau\s+mỗi\s+(?:đợt|kỳ|quý|tháng|năm)"
    # a frequency: "tối thiểu 01 lần/năm", "ít nhất 2 lần mỗi quý", "một lần trong năm"
    r"|(?:(?:ít\s+nhất|tối\s+thiểu)\s+)?(?:\d{1,2}|một|hai)\s+lần\s*"
    r"(?:/\s*|(?:mỗi|một|trên|trong)\s+(?:01\s+|1\s+|một\s+)?)(?:tuần|tháng|quý|năm)\b"
    # the period first: "mỗi tháng họp một lần", "3 tháng một lần", "mỗi năm hai lần"
    r"|(?:mỗi|\d{1,2})\s+(?:tuần|tháng|quý|năm)\s+(?:(?!lần\b)\w+\s+){0,3}?"
    r"(?:\d{1,2}|một|hai|ba|bốn)\s+lần\b"
    # a term counted from the next meeting: "trong kỳ sinh hoạt chi bộ gần nhất", "vào kỳ
    # họp gần nhất" (an event, no calendar date)
    r"|(?:trong|tại|vào)\s+(?:kỳ|phiên|cuộc)\s+(?:(?!gần\b)\w+\s+){0,4}?gần\s+nhất\b",
    re.IGNORECASE,
)
# A term counted from an event: "trong thời hạn 07 ngày làm việc kể từ ngày …", "chậm nhất
# không quá 04 (bốn) giờ làm việc sau khi cấp …", "trước 15 ngày của các đợt", "Sau 12
# tháng, kể từ ngày chi bộ kết nạp" (with its event only), "Trước khi hết nhiệm kỳ 30 ngày
# làm việc". A bare duration
# ("trong 02 ngày", how long a meeting lasts) is not one: it needs "thời hạn", working days or
# the event it counts from.
_RELATIVE_RE = re.compile(
    r"(?P<mark>trong\s+thời\s+hạn|trong(?:\s+vòng)?|không\s+quá|"
    r"chậm\s+nhất(?:\s+là)?(?:\s+không\s+quá)?|sau|"
    r"trước\s+khi\s+(?:hết|kết\s+thúc)\s+(?:\w+\s+){0,2}?\w+|trước)\s+"
    r"\d{1,3}\s+(?:\([^()]{1,12}\)\s+)?(?:ngày|giờ|tuần|tháng)(?P<work>\s+làm\s+việc)?"
    r"(?P<anchor>\s*,?\s*(?:kể\s+từ|tính\s+từ|sau\s+khi|sau\s+ngày|so\s+với|trước\s+ngày|"
    r"của\s+(?:các|mỗi|từng)\s+(?:đợt|kỳ)|trước\s+khi))?",
    re.IGNORECASE,
)
# A term of the same or the next working day, counted from what arrives: "thông báo ngay
# trong ngày", "trình trong ngày, chậm nhất là trong ngày làm việc tiếp theo" (not "trong
# ngày 15/3", a date; not "trong ngày hội", an occasion).
_SAME_DAY_RE = re.compile(
    r"(?:ngay\s+trong\s+ngày(?:\s+làm\s+việc)?|trong\s+ngày(?=\s*[,.;)]|\s*$)"
    r"|(?:chậm\s+nhất(?:\s+là)?\s+)?trong\s+ngày\s+làm\s+việc\s+(?:tiếp\s+theo|kế\s+tiếp))"
    r"(?!\s*\d)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Characters that cannot come between the start of a date or period match and its key word
# (the first digit; "quý", "tháng", "năm"): what precedes the key word in a match is a marker
# ("chậm nhất là", "thời hạn:"), "ngày", "cuối", "6"/"sáu" and spaces, never one of these.
_STOP = re.compile(r"[^\w\s:]|[\d_]")
_STOP_HALF = re.compile(r"[^\w\s:]|(?!6)[\d_]")  # "6 tháng đầu năm"


def _scan_from(text: str, rev: str, key: int, stop: re.Pattern[str] = _STOP) -> int:
    """The earliest offset where a match whose key word starts at ``key`` (the first one in
    ``text``) can start: just after the last stop character before it. No match of the
    pattern starts earlier, so scanning from there finds the same matches. ``rev`` is
    ``text`` reversed."""
    m = stop.search(rev, len(text) - key)
    return len(text) - m.start() if m else 0


# Where the date of a _DATE_RE match (its _DMY_SLASH or _DMY_WORDS part) can start: every
# such date starts where this matches (it also matches a little more). What precedes the date
# in a match is a marker, a time of day ("14 giờ 30,"), "ngày" and spaces: letters, digits,
# spaces, ":" and ",", never a _DATE_STOP character.
_DATE_CORE = re.compile(r"\d\d?(?:\s*/\s*\d|\s+tháng\s+\d)", re.IGNORECASE)
_DATE_STOP = re.compile(r"[^\w\s:,]")
# The same for _RELATIVE_RE: its number, then a unit or a "(bảy)"; before it, a marker and
# spaces only (no _STOP character).
_RELATIVE_CORE = re.compile(r"\d\d?\d?\s+(?:\(|ngày|giờ|tuần|tháng)", re.IGNORECASE)
# The first word of each marker (of _MARK, then of _RELATIVE_RE's): where a match can start.
_DATE_START = re.compile(
    r"hoàn|xong|gửi|nộp|trình|báo|trước|chậm|không|muộn|trong|hạn|đến|thời|vào"
)
_RELATIVE_START = re.compile(r"trong|không|chậm|trước|sau")


def _matches(
    regex: re.Pattern[str],
    core: re.Pattern[str],
    stop: re.Pattern[str],
    text: str,
    rev: str,
    lowered: tuple[re.Pattern[str], re.Pattern[str], str] | None = None,
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a pattern every match of which contains a ``core`` match
    with no ``stop`` character between the start of the match and the core's: each search
    starts just after the last stop character before the next core, where the first match can
    start at the earliest. Same matches, without trying every offset of a long text.

    ``lowered`` is (the pattern without IGNORECASE, where its matches can start, the
    lower-cased text) when the text is ``_plain``: the search then runs on the lower-cased
    text, trying only those offsets (same spans and groups but the letters' case)."""
    pos = 0
    while (c := core.search(text, pos)) is not None:
        at = max(pos, _scan_from(text, rev, c.start(), stop))
        m = regex.search(text, at) if lowered is None else _search_at(*lowered, at)
        if m is None:
            return
        yield m
        pos = m.end()  # matches are never empty


def _search_at(
    regex: re.Pattern[str], starts: re.Pattern[str], low: str, pos: int
) -> re.Match[str] | None:
    """``regex.search(low, pos)`` for a pattern whose matches start only where ``starts``
    matches."""
    while (c := starts.search(low, pos)) is not None:
        m = regex.match(low, c.start())
        if m is not None:
            return m
        pos = c.start() + 1
    return None


# A period that opens an open-ended span ("năm 2026 và những năm tiếp theo") ends nothing.
_ONWARDS = re.compile(
    r"\s*và\s*(?:những|các)\s+(?:năm|quý|tháng)\s+(?:tiếp\s+theo|sau\s+đó|sau)\b",
    re.IGNORECASE,
)
# "hằng năm" alone is recurring only when the clause reports or sends something.
_REPORT_VERB = re.compile(
    r"báo\s+cáo|gửi|tổng\s+hợp|cập\s+nhật|kiểm\s+tra|công\s+bố|công\s+khai", re.IGNORECASE
)
_VAGUE_RE = re.compile(
    r"\b(?:thường\s+xuyên|kịp\s+thời|khẩn\s+trương|(?<!từ\s)sớm|liên\s+tục|ngay\s+sau\s+khi|"
    # "báo cáo ngay với cấp ủy", "Văn thư cơ quan báo ngay …": at once, no term
    r"(?:(?<=báo\s)|(?<=cáo\s))ngay(?!\s+(?:trong|sau|từ|khi|ngày))|"
    # at once after any verb ("thực hiện ngay quy trình …", "loại bỏ ngay theo thẩm quyền",
    # "đưa vào sử dụng ngay."); not "ngay trong ngày", "ngay sau khi" (terms), "ngay từ đầu",
    # "ngay cả", "ngay tại" (no time)
    r"(?<=[^\W\d_]\s)ngay(?!\s+(?:trong|sau|từ|khi|ngày|cả|tại|cạnh|bên|trước|lúc|đầu|"
    r"bây|như|thời|là)\b)|"
    r"đúng\s+(?:thời\s+hạn|tiến\s+độ|thời\s+gian)|"
    r"(?:đảm\s+bảo|bảo\s+đảm)\s+(?:thời\s+gian|thời\s+hạn)\s+(?:theo|tại|quy\s+định)|"
    r"trong\s+thời\s+gian\s+sớm\s+nhất|"
    r"theo\s+(?:thời\s+gian|thời\s+hạn)(?:\s+quy\s+định)?|"
    r"(?:đúng|trong)\s+(?:\w+\s+){0,3}?thời\s+(?:gian|hạn)\s+(?:theo\s+)?quy\s+định)\b",
    re.IGNORECASE,
)

# A case-insensitive scan tries every offset (no literal to skip to). On the lower-cased text,
# the same patterns without IGNORECASE find the same matches at the same offsets when
# lower-casing keeps the length ("İ" does not) and the text has none of the characters that
# IGNORECASE equates with a letter other than their lower case ("ı" ~ "i", "ſ" ~ "s", Greek …):
# ``_plain``. Every pattern's letters are lower case.
_CASE_ODD = re.compile(r"[ıſẛﬅﬆµ\u0345\u0370-\u03ff\u1f00-\u1fff\u2126\u212a\u212b]")
_RECURRING_LOW = re.compile(_RECURRING_RE.pattern)
_VAGUE_LOW = re.compile(_VAGUE_RE.pattern)
_DATE_LOW = re.compile(_DATE_RE.pattern)
_RELATIVE_LOW = re.compile(_RELATIVE_RE.pattern)
_QUARTER_LOW = re.compile(_QUARTER_RE.pattern.replace("IV|I{1,3}", "iv|i{1,3}"))
_HALF_LOW = re.compile(_HALF_RE.pattern)
_MONTH_LOW = re.compile(_MONTH_RE.pattern)
_YEAR_LOW = re.compile(_YEAR_RE.pattern)
# Where a period can start: its marker, else its key word (the year needs its marker).
_MARK_WORDS = "hoàn|xong|gửi|nộp|trình|báo|trước|chậm|không|muộn|trong|hạn|đến|thời"
_PERIOD_LOW = {
    "quý": (_QUARTER_LOW, re.compile(_MARK_WORDS + "|quý")),
    "half": (_HALF_LOW, re.compile(_MARK_WORDS + "|6|sáu")),
    "tháng": (_MONTH_LOW, re.compile(_MARK_WORDS + "|tháng")),
    "năm": (_YEAR_LOW, re.compile(_MARK_WORDS)),
}
# The first word of each alternative of _VAGUE_RE: a match starts only where this matches.
_VAGUE_START = re.compile(r"thường|kịp|khẩn|sớm|liên|ngay|đúng|trong|theo|đảm|bảo")
# Where a match of _RECURRING_RE can start (the first words of each alternative, up to its
# first optional part): words, or a count ("2 lần", "3 tháng"). Two patterns, searched each
# on its own: every alternative of the first opens with a letter, which lets the engine skip
# to the next possible first letter instead of trying the pattern at each offset.
_RECURRING_WORDS = re.compile(
    r"định\s+kỳ|trước\s+ngày|hằng\s+(?:tuần|tháng|quý|năm)|hàng\s+(?:tuần|tháng|quý|năm)"
    r"|sau\s+mỗi|ít\s+nhất|tối\s+thiểu|một\s+lần|hai\s+lần|mỗi\s+(?:tuần|tháng|quý|năm)"
    r"|trong\s+(?:kỳ|phiên|cuộc)|tại\s+(?:kỳ|phiên|cuộc)|vào\s+(?:kỳ|phiên|cuộc)"
)
_RECURRING_COUNT = re.compile(r"\d\d?\s+(?:lần|tuần|tháng|quý|năm)")


def _plain(text: str, low: str) -> bool:
    return len(low) == len(text) and _CASE_ODD.search(text) is None


def _finditer_at(
    regex: re.Pattern[str], starts: re.Pattern[str], low: str, pos: int = 0
) -> Iterator[re.Match[str]]:
    """``regex.finditer(low, pos)`` for a pattern whose matches start only where ``starts``
    matches, trying only those offsets."""
    while (c := starts.search(low, pos)) is not None:
        m = regex.match(low, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()  # matches are never empty


def _finditer_either(
    regex: re.Pattern[str], one: re.Pattern[str], other: re.Pattern[str], low: str
) -> Iterator[re.Match[str]]:
    """``_finditer_at`` for a pattern whose matches start only where ``one`` or ``other``
    matches (neither looks behind its start): the next offset tried is the nearer of the two
    patterns' next matches."""
    pos = 0
    x = one.search(low)
    y = other.search(low)
    while True:
        if x is not None and x.start() < pos:
            x = one.search(low, pos)
        if y is not None and y.start() < pos:
            y = other.search(low, pos)
        if x is None and y is None:
            return
        if x is not None and (y is None or x.start() <= y.start()):
            at = x.start()
        elif y is not None:
            at = y.start()
        else:  # (not reached: one of them is found)
            return
        m = regex.match(low, at)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()  # matches are never empty


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: str  # one of KINDS
    text: str | None = None  # the words as written
    date: dt.date | None = None
    start: int = -1  # offsets of ``text`` in the analysed string
    end: int = -1

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "text": self.text,
            "date": self.date.isoformat() if self.date else None,
        }

    @property
    def concrete(self) -> bool:
        """A real deadline: a date, a period or a recurring term."""
        return self.kind in ("date", "period", "recurring")


NONE = Deadline("none")


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause (between ';' / '.') around a span."""
    left = max(text.rfind(";", 0, start), text.rfind(". ", 0, start))
    right_candidates = [i for i in (text.find(";", end), text.find(". ", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


def find_deadlines(text: str, *, year: int | None = None) -> list[Deadline]:
    """Every deadline expression in ``text``, in order of position.

    ``year`` completes dates written without one ("trước ngày 15/8").
    """
    found: list[Deadline] = []
    taken: list[tuple[int, int]] = []
    # Cheap guards: each pattern below needs a digit and its key word (matched ignoring case;
    # these letters have no other case-insensitive equivalent than their capital), so a text
    # without them cannot match and the slow scan is skipped. The results are the same.
    low = text.lower()
    first_digit = _DIGIT.search(text)
    digit = first_digit is not None
    thang = digit and "tháng" in low
    nam = digit and "năm" in low
    rev = text[::-1]
    # offsets of ``low`` are those of ``text``; the words as written are taken from ``text``
    plain = _plain(text, low)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(d: Deadline) -> None:
        found.append(d)
        taken.append((d.start, d.end))

    recurring = (
        (
            _finditer_either(_RECURRING_LOW, _RECURRING_WORDS, _RECURRING_COUNT, low)
            if digit
            else _finditer_at(_RECURRING_LOW, _RECURRING_WORDS, low)
        )
        if plain
        else _RECURRING_RE.finditer(text)
    )
    for m in recurring:
        written = text[m.start() : m.end()]
        words = written.lower().split()
        # "Hằng năm, các cơ quan … thực hiện …": a term opening its clause says when
        if (
            words[0] in ("hằng", "hàng")
            and not _leads_clause(text, m)
            and not _REPORT_VERB.search(_clause_of(text, m.start(), m.end()))
            and not _WORK_AFTER.match(text, m.end())
        ):
            continue
        add(Deadline("recurring", written.strip(), None, m.start(), m.end()))
    if "họp" in low:
        # "báo cáo kết quả thực hiện tại Kỳ họp thứ Sáu": a term the next sitting sets
        for m in _SITTING_RE.finditer(text):
            if free(m.start(), m.end()) and _REPORT_VERB.search(
                _clause_of(text, m.start(), m.end())
            ):
                add(Deadline("recurring", m.group().strip(), None, m.start(), m.end()))
    # "Hằng năm, quỹ phải báo cáo …; báo cáo kiểm toán … trước ngày 31 tháng 3": a yearly
    # duty opening the sentence makes its yearless dates the same day every year
    yearly = any(
        _YEARLY.match(d.text or "") and _CLAUSE_OPENING.search(text, 0, d.start) for d in found
    )
    dates = (
        _matches(
            _DATE_RE,
            _DATE_CORE,
            _DATE_STOP,
            text,
            rev,
            (_DATE_LOW, _DATE_START, low) if plain else None,
        )
        if (first_digit is not None and ("/" in text or thang))
        else ()
    )
    for m in dates:
        if not free(m.start(), m.end()):
            continue
        day = int(m.group("d") or m.group("d2"))
        month = int(m.group("m") or m.group("m2"))
        y = m.group("y") or m.group("y2")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if not y and (
            yearly
            or _EVERY_YEAR.search(_clause_of(text, m.start(), m.end()))
            # "trước ngày 15/04 của năm sau": the same day of every following year
            or _NEXT_YEAR.match(text, m.end())
        ):
            # "Hằng năm, … báo cáo … trước ngày 15 tháng 4": the same day every year
            add(Deadline("recurring", text[m.start() : m.end()].strip(), None, m.start(), m.end()))
            continue
        date = _safe_date(int(y) if y else year, month, day)
        add(Deadline("date", text[m.start() : m.end()].strip(), date, m.start(), m.end()))
    occasions = _OCCASION_RE.finditer(text) if digit and "/" in text and "nhân" in low else ()
    for m in occasions:
        day, month = int(m.group("d")), int(m.group("m"))
        if not free(m.start(), m.end()) or not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        y = m.group("y")
        date = _safe_date(int(y) if y else year, month, day)
        add(Deadline("date", m.group(0).strip(), date, m.start(), m.end()))
    periods = (
        (_QUARTER_RE, (digit or year is not None) and "quý" in low, "quý", _STOP, "quý"),
        (_HALF_RE, thang and nam, "tháng", _STOP_HALF, "half"),
        (_MONTH_RE, thang, "tháng", _STOP, "tháng"),
        (_YEAR_RE, nam, "năm", _STOP, "năm"),
    )
    for regex, possible, key, stop, kind in periods:
        if not possible:
            continue
        # Offsets of ``low`` are those of ``text`` unless lower-casing changed the length.
        start = _scan_from(text, rev, low.find(key), stop) if len(low) == len(text) else 0
        if plain:
            low_regex, starts = _PERIOD_LOW[kind]
            matches = _finditer_at(low_regex, starts, low, start)
        else:
            matches = regex.finditer(text, start)
        for m in matches:
            if not free(m.start(), m.end()):
                continue
            written_year = m.group("y")
            if written_year is not None:
                y = int(written_year)
            elif year is not None and m.group("mark"):
                y = year
            else:
                continue
            if regex is _QUARTER_RE:
                q = _ROMAN[m.group("q").lower()]
                date = _last_day(y, q * 3)
            elif regex is _MONTH_RE:
                month = int(m.group("m"))
                if not 1 <= month <= 12:
                    continue
                date = _last_day(y, month)
            elif regex is _HALF_RE:
                date = _last_day(y, 6 if m.group("part").lower() == "đầu" else 12)
            else:
                date = dt.date(y, 12, 31)
            marked = bool(m.group("mark"))
            if (
                not marked
                and not (regex is not _YEAR_RE and _leads_clause(text, m))
                and not _bracketed(text, m)
            ):
                # A bare period ("báo cáo quý I/2026", "nhiệm vụ 6 tháng đầu năm 2026") names
                # what the work is about, not when it is due; one that opens the clause
                # ("Quý I/2027, các cơ quan … đánh giá …") says when.
                continue
            if _ONWARDS.match(low, m.end()) if plain else _ONWARDS.match(text, m.end()):
                # "ngay trong năm 2026 và những năm tiếp theo": from then on, no term
                continue
            add(Deadline("period", text[m.start() : m.end()].strip(), date, m.start(), m.end()))
    if digit:
        lowered = (_RELATIVE_LOW, _RELATIVE_START, low) if plain else None
        for m in _matches(_RELATIVE_RE, _RELATIVE_CORE, _STOP, text, rev, lowered):
            if not free(m.start(), m.end()):
                continue
            mark = m.group("mark").lower()
            if not (
                m.group("work")
                or m.group("anchor")
                or "hạn" in mark
                or "chậm" in mark
                or mark.startswith("trước khi")
            ):
                continue
            if mark == "sau" and not m.group("anchor"):
                continue  # "Sau 12 tháng thực hiện, …": a time in the work, not a term
            written = text[m.start() : m.end()]
            add(Deadline("recurring", written.strip(" ,"), None, m.start(), m.end()))
    if "trong ngày" in low:
        for m in _SAME_DAY_RE.finditer(text):
            if free(m.start(), m.end()):
                add(Deadline("recurring", m.group(0).strip(), None, m.start(), m.end()))
    vague = _finditer_at(_VAGUE_LOW, _VAGUE_START, low) if plain else _VAGUE_RE.finditer(text)
    for m in vague:
        if free(m.start(), m.end()) and not _quality(low, m.start(), m.end()):
            add(Deadline("vague", text[m.start() : m.end()].strip(), None, m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


# Words of manner a vague time word is listed with: "thực hiện nghiêm túc, kịp thời, toàn
# diện", "thực hiện nhiệm vụ thông suốt, liên tục, không gián đoạn" describe how the work is
# done, not when. Not "đầy đủ, kịp thời", "chính xác, kịp thời": what is delivered (a report,
# funds) arrives in time.
_MANNER = (
    r"nghiêm\s+túc|toàn\s+diện|thông\s+suốt|không\s+gián\s+đoạn|hiệu\s+quả|"
    r"đồng\s+bộ|chặt\s+chẽ|minh\s+bạch|khách\s+quan|ổn\s+định|thực\s+chất"
)
_MANNER_BEFORE = re.compile(rf"(?:{_MANNER})\s*(?:,|và)\s*$")
_MANNER_AFTER = re.compile(rf"^\s*(?:,|và)\s*(?:{_MANNER})\b")
# Nouns a vague word qualifies: "các công việc thường xuyên của Tổ", "chi thường xuyên".
_QUALIFIED_NOUN = re.compile(r"\b(?:việc|nhiệm\s+vụ|hoạt\s+động|chi|kinh\s+phí)\s*$")
_OF_AFTER = re.compile(r"^\s*của\b")
# A purpose: "Để kịp thời chấn chỉnh …", "nhằm kịp thời ổn định …" say what the work is for.
_PURPOSE_BEFORE = re.compile(r"\b(?:để|nhằm)\s*$")


def _quality(low: str, start: int, end: int) -> bool:
    """A vague time word that describes a quality, not a time: listed with words of manner,
    qualifying a noun ("công việc thường xuyên"), followed by "của", or opening a purpose
    ("Để kịp thời chấn chỉnh …")."""
    before = low[max(0, start - 30) : start]
    after = low[end : end + 30]
    if _MANNER_BEFORE.search(before) or _MANNER_AFTER.match(after):
        return True
    if _PURPOSE_BEFORE.search(before):
        return True
    word = low[start:end]
    return _OF_AFTER.match(after) is not None or (
        word.startswith(("thường", "liên")) and _QUALIFIED_NOUN.search(before) is not None
    )


_CLAUSE_OPENING = re.compile(r"(?:^|[.;:]\s*)(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.?|[-+–•])?\s*$")


# The opening of a bracket that gives an item's time: "(Quý IV/2013, Quý I/2014 và thường
# xuyên)", "(dự kiến tháng 12/2017)" (a year alone is read only after a marker).
_TIME_BRACKET = re.compile(
    r"\(\s*(?:(?:dự\s+kiến|thời\s+(?:gian|hạn)(?:\s+thực\s+hiện)?|hoàn\s+thành)\s*:?\s*)?$",
    re.IGNORECASE,
)


def _bracketed(text: str, m: re.Match[str]) -> bool:
    """A period that opens a bracket of its own, closed soon after: the item's time."""
    if _TIME_BRACKET.search(text, max(0, m.start() - 30), m.start()) is None:
        return False
    close = text.find(")", m.end())
    return 0 <= close - m.end() <= 80 and "(" not in text[m.end() : close]


def _leads_clause(text: str, m: re.Match[str]) -> bool:
    """A period that opens its clause and is set off by a comma: "Quý I/2027, …"."""
    return bool(_CLAUSE_OPENING.search(text, 0, m.start())) and text[m.end() :].lstrip()[:1] == ","


# A sitting a report is due at: "tại Kỳ họp thứ Sáu", "tại kỳ họp cuối năm", "tại phiên họp
# thường kỳ", "trước kỳ họp gần nhất".
_SITTING_RE = re.compile(
    r"\b(?:tại|trước|trong)\s+(?:kỳ|phiên)\s+họp\s+(?:thứ\s+\w+|thường\s+kỳ|thường\s+lệ|cuối\s+năm|"
    r"giữa\s+năm|gần\s+nhất|tiếp\s+theo|lần\s+thứ\s+\w+)",
    re.IGNORECASE,
)
# A work the term says how often it is done: "Hàng năm tổ chức mít-tinh …", "… phối hợp với
# phòng Y tế hàng năm tổ chức …" (not "hằng năm lấy kết quả … là tiêu chí …": an attribute).
_WORK_AFTER = re.compile(
    r"\s*,?\s*(?:tổ\s+chức|xây\s+dựng|tiến\s+hành|tổng\s+hợp|rà\s+soát|kiểm\s+tra|đánh\s+giá|"
    r"sơ\s+kết|tổng\s+kết|cập\s+nhật|ban\s+hành|triển\s+khai|bố\s+trí|lập|gửi|nộp)\b",
    re.IGNORECASE,
)
_EVERY_YEAR = re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b|định\s+kỳ", re.IGNORECASE)
_YEARLY = re.compile(r"(?:hằng|hàng|mỗi)\s+năm\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\s*(?:của\s+)?năm\s+sau\b", re.IGNORECASE)

_PREFERENCE = {"date": 0, "period": 1, "recurring": 2, "vague": 3}


def best_deadline(text: str, *, year: int | None = None) -> Deadline:
    """The deadline of a task: the most concrete one it states (a date before a period)."""
    found = find_deadlines(text, year=year)
    if not found:
        return NONE
    return min(found, key=lambda d: (_PREFERENCE[d.kind], d.start))


__all__ = ["KINDS", "NONE", "Deadline", "best_deadline", "find_deadlines"]
