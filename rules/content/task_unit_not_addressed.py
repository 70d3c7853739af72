"""VB708: a unit is given a task but the document is not sent to it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from linter.anatomy_parse import fold
from linter.content.nlp import normalise
from linter.finding import Finding, Severity
from linter.rule import Context
from rules.content._task_common import SOURCE, TaskRule, extraction, short, task_location

_PAREN = re.compile(r"\([^)]*\)")
_CLASS_HEADS = (
    "sở", "ban", "ngành", "phòng", "bộ", "cơ quan", "đơn vị", "chi bộ", "ubnd",
    "ủy ban nhân dân", "trung tâm", "xã", "phường", "đảng ủy", "hội", "trường",
)  # fmt: skip


# A body whose head noun is a kind of another class head: the Quân ủy Trung ương is one of the
# "đảng ủy … trực thuộc Trung ương" (Điều lệ Đảng; HD 36's Nơi nhận covers it so).
_HEAD_ALIASES = {"quân ủy": "đảng ủy"}


@lru_cache(maxsize=1024)
def _norm(text: str) -> str:
    text = _PAREN.sub(" ", normalise(text)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1024)
def _initials(text: str) -> str:
    # first letter of each word without its tone/vowel marks ("uỷ" → "U"; "Đ" stays "Đ")
    letters = [
        unicodedata.normalize("NFD", w)[0] for w in normalise(text).split() if w[:1].isalpha()
    ]
    return "".join(sorted(c.upper() for c in letters))


class TaskUnitNotAddressed(TaskRule):
    """Đơn vị được giao việc nhưng không có trong Kính gửi hay Nơi nhận.
    (A unit is assigned a task but is neither an addressee nor a recipient.)

    ## Kiểm tra gì (What it checks)
    Mỗi cơ quan, đơn vị có tên được giao chủ trì hoặc phối hợp một nhiệm vụ phải nhận được văn bản:
    có trong “Kính gửi”, hoặc trong “Nơi nhận” (kể cả “Như trên”, một nhóm bao trùm như “Các sở,
    ban, ngành”, hay chữ viết tắt ở dòng “Lưu”).
    Every named body given a task must receive the document: in Kính gửi, in Nơi nhận ("Như
    trên", a covering group such as "Các sở, ban, ngành", or an abbreviation on the "Lưu" line).

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.3: phân công “rõ người, rõ việc, rõ trách nhiệm”. Đơn vị không nhận
    được văn bản thì không biết mình được giao việc. A body that never receives the document does
    not know it has work to do.

    ## Ví dụ sai (Bad)
        Kính gửi: Sở Nội vụ. … Giao Sở Tài chính chủ trì bố trí kinh phí …

    ## Ví dụ đúng (Good)
        Kính gửi: Sở Nội vụ; Sở Tài chính. … Giao Sở Tài chính chủ trì bố trí kinh phí …

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không có Kính gửi và Nơi nhận đọc được; nhóm đơn vị (“các sở, ngành”); chính cơ quan
    ban hành; đầu mối do mô hình học máy đoán khi quy tắc không đọc được (chỉ hiện trong bảng
    phân công). Documents without readable recipients; classes of units; the issuer itself; a
    lead the learned tagger guessed where the rules read none (shown in the task table only).

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.3, gạch đầu dòng thứ hai
    """

    code = "VB708"
    name = "task-unit-not-addressed"
    summary = "Đơn vị được giao việc không có trong Kính gửi hoặc Nơi nhận"
    summary_en = "A unit given a task is neither an addressee nor a recipient"
    severity = Severity.WARNING
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        a = ctx.anatomy
        entries = list(a.kinh_gui) + list(a.noi_nhan)
        if not entries:
            return
        norm_entries = [_norm(e) for e in entries]
        abbreviations = {
            _initials_of_abbr(tok) for e in entries for tok in re.findall(r"\b[A-ZĐ]{2,}\b", e)
        }
        issuer = a.part("co_quan_ban_hanh")
        issuer_norm = _norm(issuer.text) if issuer else ""
        seen: set[str] = set()
        for task in extraction(ctx).tasks:
            if task.lead_role in ("addressee", None):
                continue
            # a lead the learned tagger guessed is shown in the task table, not checked here: a
            # guess must not raise an alarm
            guessed = task.lead_role == "model"
            names = [
                n
                for n, k in zip(task.leads, task.lead_kinds, strict=False)
                if k == "named" and not guessed
            ]
            # a class of co-workers ("các sở", "Ủy ban nhân dân các tỉnh, thành phố") is no unit
            names += [c for c in task.co_workers if " các " not in f" {c.lower()} "]
            for name in names:
                key = _norm(name)
                if key in seen or len(key) < 4:
                    continue
                seen.add(key)
                if _covered(key, name, norm_entries, abbreviations, issuer_norm, entries):
                    continue
                yield self.finding(
                    ctx,
                    vi=f"“{name}” được giao nhiệm vụ (“{short(task.text, 50)}”) nhưng không có "
                    "trong Kính gửi hay Nơi nhận của văn bản.",
                    en=f"“{name}” is given a task (“{short(task.text, 50)}”) but is neither an "
                    "addressee nor a recipient of the document.",
                    location=task_location(ctx, task),
                )


def _initials_of_abbr(token: str) -> str:
    return "".join(sorted(token.upper()))


# "Văn phòng Sở", "Ban Tổ chức Đảng ủy", "Ban Giám hiệu nhà trường": the issuer's own units,
# which keep the archive copy; a school's "Ban Giám hiệu" (named alone) is its own leadership.
_OWN_UNIT = re.compile(r"\s(?:sở|đảng ủy|bộ|cục|nhà trường)$|^ban giám hiệu$")


_GROUP = re.compile(r"(?:.*?\b)?các\s+(.*?)(?:\s+(?:thuộc|của|trực thuộc)\b|$)")
_HEAD_PATTERNS = tuple(
    (alias + " ", re.compile(rf"\b{re.escape(head)}\b"))
    for alias, head in (*((h, h) for h in _CLASS_HEADS), *_HEAD_ALIASES.items())
)


@lru_cache(maxsize=1024)
def _group_prefixes(entry: str) -> tuple[str, ...]:
    """A covering group ("các sở, ban, ngành"): the starts of the names it covers ("sở ",
    "ban ", "ngành "; not "các phòng thuộc sở", whose class is "phòng"). Empty otherwise."""
    group = _GROUP.match(entry)
    if not group:
        return ()
    return tuple(prefix for prefix, head in _HEAD_PATTERNS if head.search(group.group(1)))


# "UBND các xã, phường (có cụm công nghiệp)": the People's Committees of those levels, each
# named ("Ủy ban nhân dân phường Văn Phú") or as a level ("Ủy ban nhân dân cấp xã")
_COMMITTEES = re.compile(r"(?:ubnd|ủy ban nhân dân)\s+các\s+(.*)")
_LEVELS = ("xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố")
_LEVEL_CLASS = {"xã": "xã", "phường": "xã", "thị trấn": "xã", "đặc khu": "xã", "huyện": "huyện",
                "quận": "huyện", "thị xã": "huyện"}  # fmt: skip
# "các sở, ban, ngành (tỉnh)": the province's departments and the sectors of the State
# administration in it ("Công an tỉnh", "Thanh tra tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Thuế
# tỉnh"); not the courts and procuracies, nor the Front and the mass organisations ("Tòa án nhân
# dân tỉnh", "Hội Nông dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), listed apart
_DEPARTMENTS = re.compile(r"\bcác\s+sở\s+ban\s+ngành\b")
_SECTOR_HEADS = (
    "sở ", "văn phòng ủy ban nhân dân ", "văn phòng ubnd ", "thanh tra ", "công an ",
    "bộ chỉ huy ", "kho bạc ", "thuế ", "cục ", "chi cục ", "bảo hiểm xã hội ",
    "ngân hàng nhà nước ", "ban quản lý ",
)  # fmt: skip


@lru_cache(maxsize=1024)
def _level_group_covers(key: str, entry: str) -> bool:
    m = _COMMITTEES.match(entry)
    if m is not None:
        rest = f" {m.group(1)} "
        levels = [lv for lv in _LEVELS if f" {lv} " in rest]
        for head in ("ủy ban nhân dân ", "ubnd "):
            if not key.startswith(head):
                continue
            tail = key[len(head) :]
            if any(tail.startswith(lv + " ") for lv in levels):
                return True
            if any(tail == f"cấp {_LEVEL_CLASS.get(lv)}" for lv in levels):
                return True
    return (
        bool(_DEPARTMENTS.search(entry))
        and key.startswith(_SECTOR_HEADS)
        and key.endswith((" tỉnh", " thành phố"))
    )


_ABBR = re.compile(r"[A-ZĐ]{2,8}")


@lru_cache(maxsize=1024)
def _entry_words(entry: str) -> tuple[tuple[str, bool], ...]:
    """The folded words of a recipient entry, each with whether it is a capital abbreviation
    token ("XTĐT", "TNCS", "MTTQ"); empty when the entry has no such token."""
    words = re.sub(r"[^\w\s]", " ", _PAREN.sub(" ", normalise(entry))).split()
    marked = tuple((fold(w), bool(_ABBR.fullmatch(w))) for w in words)
    return marked if any(a for _, a in marked) else ()


def _walk(name: list[str], i: int, entry: tuple[tuple[str, bool], ...]) -> tuple[int, int]:
    """Match the name's words from word ``i`` against ``entry``: a plain word must be equal, an
    abbreviation token takes as many words as it has letters, each starting with its letter in
    turn. Returns (where the name stopped, how many entry words matched in full)."""
    j = 0
    while j < len(entry) and i < len(name):
        word, abbr = entry[j]
        if not abbr:
            if name[i] != word:
                break
            i += 1
        else:
            k = 0
            while k < len(word) and i < len(name) and name[i][:1] == word[k]:
                i += 1
                k += 1
            if k < len(word):
                break
        j += 1
    return i, j


def _abbreviated(name: list[str], entry: tuple[tuple[str, bool], ...]) -> bool:
    """An entry that writes part of a name by its initials covers it: the whole entry inside
    the name ("Trung tâm XTĐT Thương mại và Du lịch tỉnh" for the "Trung tâm Xúc tiến Đầu tư,
    Thương mại và Du lịch tỉnh"; it needs a word besides its tokens), or the name, two words or
    more, inside the entry read out ("Đoàn Thanh niên" in "Đoàn TNCS Hồ Chí Minh")."""
    if not entry:
        return False
    if not all(a for _, a in entry):
        for start in range(len(name)):
            if _walk(name, start, entry)[1] == len(entry):
                return True
    if len(name) >= 2:
        for start in range(len(entry)):
            if _walk(name, 0, entry[start:])[0] == len(name):
                return True
    return False


def _covered(
    key: str,
    name: str,
    entries: list[str],
    abbreviations: set[str],
    issuer: str,
    raw_entries: list[str],
) -> bool:
    """Whether ``name`` (``key``: its _norm) receives the document: the issuer itself or one of
    its units, an entry naming it (``entries``: the _norm of ``raw_entries``), a covering
    group, its initials on the "Lưu" line, or an entry abbreviating part of it."""
    if issuer and (key in issuer or issuer in key):
        return True
    if _OWN_UNIT.search(key):
        return True
    for e in entries:
        if key in e or (len(e) >= 6 and e in key):
            return True
        if any(key.startswith(prefix) for prefix in _group_prefixes(e)):
            return True
        if _level_group_covers(key, e):
            return True
    if _initials(name) in abbreviations:
        return True
    words = fold(key).split()
    return any(_abbreviated(words, _entry_words(e)) for e in raw_entries)
