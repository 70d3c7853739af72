"""VB152 decimal-heading-numbering."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.layout._common import PL1, StateRule, content_paragraphs

_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S")


class DecimalHeadingNumbering(StateRule):
    """Đánh số thập phân "1.1", "1.1.1" thay cho phần, mục, khoản, điểm.
    (Decimal "1.1.1" numbering instead of the prescribed levels.)

    ## Kiểm tra gì (What it checks)
    Báo các đoạn của phần nội dung bắt đầu bằng số thập phân nhiều cấp ("1.1.", "2.3.1") — gõ
    tay hoặc do Word tự đánh số.
    Body paragraphs numbered "1.1.", "2.3.1" (typed or Word auto-numbering).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.c–đ chỉ có các cấp phần, chương, mục, tiểu
    mục, điều, khoản (1., 2.), điểm (a), b)); văn bản chia phần, mục dùng "I.", "1.", "a)".
    Kiểu "1.1.1" không có trong Nghị định; một số công cụ kiểm tra công khai báo lỗi này.
    ND 30 has no decimal levels.

    ## Ví dụ sai (Bad)
        1.1. Kết quả đạt được

    ## Ví dụ đúng (Good)
        1. Kết quả đạt được  /  a) Kết quả đạt được

    ## Tự sửa (Fix)
    Không: đổi cách đánh số phải xét cả cấu trúc văn bản. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.decimal_numbering = false` bật quy tắc.

    ## Ngoại lệ (When not to apply)
    Số liệu như "1.000 người" (nhóm ba chữ số), bảng; văn bản quy phạm pháp luật.
    Cảnh báo, không phải lỗi: Nghị định không cấm trực tiếp.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.c, II.6.đ
    """

    code = "VB152"
    name = "decimal-heading-numbering"
    summary = "Không đánh số kiểu thập phân “1.1.1”"
    summary_en = "No decimal “1.1.1” numbering"
    severity = Severity.WARNING
    source = f"{PL1}, mục II.6.đ"
    table = "body"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if self.data(ctx).get("decimal_numbering", True):
            return
        hits = []
        for para in content_paragraphs(ctx):
            label = (para.label or "").strip()
            if label and re.fullmatch(r"\d{1,2}(\.\d{1,2})+\.?", label):
                hits.append((para, label, None))
            elif m := _DECIMAL.match(para.text):
                hits.append((para, m.group(1), m.span(1)))
        if not hits:
            return
        para, number, span = hits[0]
        more_vi = f" ({len(hits)} đoạn)" if len(hits) > 1 else ""
        more_en = f" ({len(hits)} paragraphs)" if len(hits) > 1 else ""
        yield self.finding(
            ctx,
            vi=f"Đánh số thập phân “{number}”{more_vi}; dùng các cấp phần, mục (I., II.), "
            "khoản (1., 2.), điểm (a), b)).",
            en=f"Decimal numbering “{number}”{more_en}; use the levels I., 1., a).",
            location=self.at(para, *(span or (None, None))),
            severity=self.sev(ctx, Severity.WARNING),
        )
