"""VB302 double-space."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.layout._common import LayoutRule, cap, content_paragraphs

_DOUBLE = re.compile(r"(?<=[^\s.…_])( {2,3})(?=[^\s.…_])")  # longer runs align text


class DoubleSpace(LayoutRule):
    """Hai dấu cách liền nhau giữa các từ.
    (Two or more spaces between words.)

    ## Kiểm tra gì (What it checks)
    Trong phần nội dung, giữa hai từ chỉ có một dấu cách.
    One space between words in the body.

    ## Vì sao (Why)
    Khoảng trắng thừa làm dòng canh đều bị giãn không đều và là dấu hiệu của chữ dán từ nơi
    khác. Nghị định không nêu trực tiếp: đây là gợi ý.
    Extra spaces stretch justified lines unevenly; the decree says nothing, so a hint.

    ## Ví dụ sai (Bad)
        Ủy ban nhân dân  tỉnh

    ## Ví dụ đúng (Good)
        Ủy ban nhân dân tỉnh

    ## Tự sửa (Fix)
    Có, an toàn: thay bằng một dấu cách. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Phần đầu văn bản (số, ngày tháng để trống trong dự thảo), chỗ trống để điền "…", bảng.

    ## Căn cứ (References)
    - Chính tả tiếng Việt thông dụng (không có điều khoản trong Nghị định 30/2020/NĐ-CP)
    """

    code = "VB302"
    name = "double-space"
    summary = "Chỉ một dấu cách giữa hai từ"
    summary_en = "One space between words"
    severity = Severity.INFO
    fixable = True
    source = "Chính tả tiếng Việt (gợi ý)"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx), 5)

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in content_paragraphs(ctx):
            if "  " not in para.text:  # the pattern starts with a look-behind (slow to search)
                continue
            for m in _DOUBLE.finditer(para.text):
                yield self.finding(
                    ctx,
                    vi=f"{len(m.group(1))} dấu cách liền nhau; giữa hai từ chỉ một dấu cách.",
                    en=f"{len(m.group(1))} spaces in a row; use one.",
                    location=self.at(para, *m.span(1)),
                    fix=Fix(
                        title=ctx.t("Thay bằng một dấu cách", "Replace with a single space"),
                        replacement=" ",
                        safe=True,
                    ),
                )
