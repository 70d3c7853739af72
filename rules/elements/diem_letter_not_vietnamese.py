"""VB153 diem-letter-not-vietnamese."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, StateRule, cap, content_paragraphs

_ITEM = re.compile(r"^\s*([a-zđ])\)\s")
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def _letter(para: Paragraph) -> tuple[str, tuple[int, int] | None] | None:
    """The điểm letter of a paragraph and its span in the text (None: auto-number label)."""
    label = (para.label or "").strip()
    if label:
        m = re.fullmatch(r"([a-zđ])\)", label)
        return (m.group(1), None) if m else None
    m = _ITEM.match(para.text)
    return (m.group(1), m.span(1)) if m else None


class DiemLetterNotVietnamese(StateRule):
    """Điểm không đánh theo bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g…).
    (Điểm letters not in Vietnamese alphabetical order.)

    ## Kiểm tra gì (What it checks)
    Một dãy điểm "a)", "b)", "c)"… phải theo bảng chữ cái tiếng Việt: a, b, c, d, đ, e, g, h,
    i, k… Báo khi dãy theo bảng chữ cái Latinh (d) rồi e), có f), j)…) — lỗi thường gặp khi dùng
    đánh số tự động a, b, c của Word.
    A run of điểm items follows the Vietnamese alphabet; Word's a, b, c numbering skips "đ"
    and uses "f".

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ: điểm "dùng các chữ cái tiếng Việt theo thứ
    tự bảng chữ cái tiếng Việt"; chính Nghị định đánh a) đến i) có đ) và không có f).
    The decree runs a) to i) with đ) and without f).

    ## Ví dụ sai (Bad)
        a) …  b) …  c) …  d) …  e) …  f) …

    ## Ví dụ đúng (Good)
        a) …  b) …  c) …  d) …  đ) …  e) …

    ## Tự sửa (Fix)
    Có, an toàn với chữ gõ tay: thay chữ cái bằng chữ đúng vị trí. Đánh số tự động của Word:
    không (phải đổi kiểu đánh số). (Yes, safe for typed letters.)

    ## Tùy chọn (Options)
    Không có. (None.) Dãy chữ cái đọc từ `body.diem_letters`.

    ## Ngoại lệ (When not to apply)
    Dãy không bắt đầu bằng "a)"; bảng; văn bản quy phạm pháp luật. Thứ tự sau "i" chỉ ở mức
    tin cậy trung bình trong đặc tả.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ
    """

    code = "VB153"
    name = "diem-letter-not-vietnamese"
    summary = "Điểm đánh theo bảng chữ cái tiếng Việt (a, b, c, d, đ, e…)"
    summary_en = "Điểm letters in Vietnamese order (a, b, c, d, đ, e…)"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.6.đ"
    table = "body"

    def check(self, ctx: Context) -> Iterator[Finding]:
        letters = [str(x) for x in self.data(ctx).get("diem_letters", [])]
        if not letters:
            return
        yield from cap(ctx, self._scan(ctx, letters))

    def _scan(self, ctx: Context, letters: list[str]) -> Iterator[Finding]:
        position = -1  # index in the current run of items; -1 = no run
        for para in content_paragraphs(ctx):
            found = _letter(para)
            if found is None:
                continue
            letter, span = found
            if letter == "a":
                position = 0
                continue
            if position < 0:
                continue
            position += 1
            want = letters[position] if position < len(letters) else None
            latin = _LATIN[position] if position < len(_LATIN) else None
            if want is None or letter == want:
                continue
            if letter != latin:
                position = -1  # not a Latin-order run either: stop following it
                continue
            fix = None
            if span is not None:
                fix = Fix(
                    title=ctx.t(f"Đổi thành “{want})”", f"Change to “{want})”"),
                    replacement=want,
                    safe=True,
                )
            yield self.finding(
                ctx,
                vi=f"Điểm “{letter})” ở vị trí thứ {position + 1}; theo bảng chữ cái tiếng Việt "
                f"phải là “{want})”.",
                en=f"Item “{letter})” at position {position + 1}; in the Vietnamese alphabet it "
                f"is “{want})”.",
                location=self.at(para, *(span or (None, None))),
                fix=fix,
            )
