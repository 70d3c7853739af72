"""VB301 text-not-nfc."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import ClassVar

from linter.finding import Finding, Fix, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, LayoutRule, cap


def _span(para: Paragraph) -> tuple[int, int]:
    """The smallest span of the text whose NFC form differs, widened to whole syllables."""
    text = para.text
    marks = [i for i, c in enumerate(text) if unicodedata.combining(c)]
    start, end = marks[0], marks[-1] + 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


class TextNotNfc(LayoutRule):
    """Chữ tiếng Việt lưu ở dạng tổ hợp (NFD), không phải dựng sẵn (NFC).
    (Vietnamese text stored decomposed (NFD), not precomposed (NFC).)

    ## Kiểm tra gì (What it checks)
    Báo các đoạn có dấu thanh, dấu mũ lưu thành ký tự tổ hợp rời (Unicode tổ hợp, NFD) thay vì
    ký tự dựng sẵn (NFC). Trông giống nhau nhưng tìm kiếm, sắp xếp, so sánh văn bản bị sai.
    Paragraphs whose diacritics are stored as combining marks (NFD) instead of precomposed
    letters (NFC); they look the same but break searching and matching.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4 yêu cầu bộ mã Unicode theo TCVN 6909:2001, vốn
    dùng ký tự dựng sẵn. Đặc tả ghi nhận mẫu Word của một cơ quan lưu ở dạng NFD. Đây là cảnh
    báo vì chữ vẫn là Unicode.
    Still Unicode, so a warning: but search and copy detection fail on NFD text.

    ## Ví dụ sai (Bad)
        "Việt Nam" gõ bằng bảng mã "Unicode tổ hợp" (e + dấu mũ + dấu nặng)

    ## Ví dụ đúng (Good)
        "Việt Nam" gõ bằng bảng mã "Unicode" dựng sẵn

    ## Tự sửa (Fix)
    Có: thay đoạn chữ bằng dạng NFC; an toàn khi đoạn đó nằm trong một run. (Yes; safe when
    the span lies within one run.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Không có. (None.) Áp dụng cho mọi văn bản.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4; TCVN 6909:2001
    """

    code = "VB301"
    name = "text-not-nfc"
    summary = "Chữ tiếng Việt phải ở dạng dựng sẵn (NFC)"
    summary_en = "Vietnamese text in precomposed form (NFC)"
    severity = Severity.WARNING
    fixable = True
    source = f"{PL1}, mục I.4"
    skip_normative: ClassVar[bool] = False

    def check(self, ctx: Context) -> Iterator[Finding]:
        paras: list[Paragraph] = [*ctx.doc.paragraphs, *ctx.doc.textboxes]
        yield from cap(ctx, self._scan(ctx, paras), 5)

    def _scan(self, ctx: Context, paras: list[Paragraph]) -> Iterator[Finding]:
        for para in paras:
            if para.nfc == para.text:
                continue
            start, end = _span(para)
            piece = para.text[start:end]
            one_run = any(r.start <= start and end <= r.end for r in para.runs)
            fixed = unicodedata.normalize("NFC", piece)
            yield self.finding(
                ctx,
                vi=f"Chữ “{fixed[:30]}” lưu ở dạng Unicode tổ hợp (NFD); phải dùng Unicode dựng "
                "sẵn (NFC).",
                en=f"“{fixed[:30]}” is stored decomposed (NFD); use precomposed Unicode (NFC).",
                location=self.at(para, start, end),
                fix=Fix(
                    title=ctx.t(
                        "Chuyển sang dạng dựng sẵn", "Convert to precomposed Unicode (NFC)"
                    ),
                    replacement=fixed,
                    safe=one_run,
                ),
            )
