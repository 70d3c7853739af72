"""VB304 mixed-tone-placement."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import TONE_PAIRS, LayoutRule

_OLD = {v: k for k, v in TONE_PAIRS.items()}  # "òa" → "oà"
_WORD = re.compile(r"[^\W\d_]+")
_MARK_LAST = re.compile("(" + "|".join(TONE_PAIRS) + ")$")  # hoà, uỷ
_MARK_FIRST = re.compile("(" + "|".join(_OLD) + ")$")  # hòa, ủy
# Last letters of both spellings, both cases (no other character lower-cases to one of them):
# a word ending otherwise has no style, and most words are skipped without lower-casing.
_FINALS = {k[-1] for k in TONE_PAIRS} | {k[-1] for k in _OLD}
_FINALS |= {c.upper() for c in _FINALS}
# Where a word may end in either spelling: a letter that can start a pair, then one that can end
# it, at the end of a run of letters (both cases written out: no other character lower-cases to
# one of them). Only those words are looked at (a few per paragraph), instead of every word.
_PAIRS = [*TONE_PAIRS, *_OLD]
_FIRSTS = "".join(sorted({c for p in _PAIRS for c in (p[0], p[0].upper())}))
_SECONDS = "".join(sorted({c for p in _PAIRS for c in (p[1], p[1].upper())}))
_ENDING = re.compile(f"[{_FIRSTS}][{_SECONDS}]" + r"(?![^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


def _words_with_ending(text: str) -> Iterator[re.Match[str]]:
    """The ``_WORD`` matches of ``text`` (as ``_WORD.finditer`` gives them) that may have a
    style: the word around each ``_ENDING`` hit."""
    for hit in _ENDING.finditer(text):
        start = hit.start()
        while start and _LETTER.match(text, start - 1):
            start -= 1
        m = _WORD.match(text, start)
        if m is not None:
            yield m


def _style(word: str) -> str | None:
    w = word.lower()
    if w.startswith(("qu", "gi")):
        return None  # "quý", "giá": the u/i belongs to the consonant
    if _MARK_LAST.search(w):
        return "last"
    if _MARK_FIRST.search(w):
        return "first"
    return None


class MixedTonePlacement(LayoutRule):
    """Văn bản dùng lẫn hai kiểu đặt dấu thanh (hoà/hòa, uỷ/ủy).
    (Both tone-mark placements used in one document: hoà/hòa.)

    ## Kiểm tra gì (What it checks)
    Với các vần "oa", "oe", "uy" không có phụ âm cuối, dấu thanh có thể đặt trên chữ đầu (hòa,
    ủy) hoặc chữ sau (hoà, uỷ). Cả hai đều đúng, nhưng một văn bản nên dùng một kiểu. Báo một lần
    khi văn bản dùng lẫn hai kiểu, chỉ vào chỗ đầu tiên của kiểu ít dùng hơn.
    Either placement is correct; one document should use one. Reported once.

    ## Vì sao (Why)
    Chính văn bản Nghị định 30/2020/NĐ-CP dùng cả "CỘNG HÒA" và "CỘNG HOÀ"; đặc tả coi hai kiểu
    là tương đương. Dùng lẫn làm tìm kiếm trong văn bản bỏ sót. Chỉ là gợi ý.
    The decree itself uses both; mixing them breaks in-document search. A hint only.

    ## Ví dụ sai (Bad)
        Ủy ban nhân dân … Uỷ ban nhân dân

    ## Ví dụ đúng (Good)
        Ủy ban nhân dân … Ủy ban nhân dân

    ## Tự sửa (Fix)
    Không: phải chọn một kiểu cho cả văn bản. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Vần có "qu", "gi" (quý, giá: dấu luôn đặt ở nguyên âm chính).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, bảng V và mẫu 1.6 ("CỘNG HOÀ") so với phần I
      ("CỘNG HÒA"); chính tả tiếng Việt
    """

    code = "VB304"
    name = "mixed-tone-placement"
    summary = "Dùng thống nhất một kiểu đặt dấu thanh (hòa hoặc hoà)"
    summary_en = "One tone-mark placement throughout (hòa or hoà)"
    severity = Severity.INFO
    source = "Chính tả tiếng Việt; Nghị định 30/2020/NĐ-CP, Phụ lục I (cả hai kiểu)"

    def check(self, ctx: Context) -> Iterator[Finding]:
        hits: dict[str, list[tuple[Paragraph, re.Match[str]]]] = {"first": [], "last": []}
        for para in [*ctx.doc.paragraphs, *ctx.doc.textboxes]:
            for m in _words_with_ending(para.nfc):
                word = m.group(0)
                if word[-1] not in _FINALS:
                    continue
                style = _style(word)
                if style:
                    hits[style].append((para, m))
        first, last = hits["first"], hits["last"]
        if not first or not last:
            return
        minority = last if len(last) <= len(first) else first
        para, m = minority[0]
        start, end = para.to_original_offset(m.start()), para.to_original_offset(m.end())
        ex_first = first[0][1].group(0)
        ex_last = last[0][1].group(0)
        yield self.finding(
            ctx,
            vi=f"Văn bản dùng lẫn hai kiểu đặt dấu: {len(first)} chữ kiểu “{ex_first}”, "
            f"{len(last)} chữ kiểu “{ex_last}”; nên dùng thống nhất một kiểu.",
            en=f"Both tone placements are used: {len(first)} words like “{ex_first}”, "
            f"{len(last)} like “{ex_last}”; use one throughout.",
            location=self.at(para, start, end),
        )
