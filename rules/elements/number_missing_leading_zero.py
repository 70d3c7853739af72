"""VB111: a document number below 10 written without its leading zero ("Số: 5/…")."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, number_of


class NumberMissingLeadingZero(StateElementRule):
    """Số văn bản nhỏ hơn 10 thiếu số 0 đứng trước.
    (A document number below 10 lacks its leading zero.)

    ## Kiểm tra gì (What it checks)
    Số thứ tự của văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước: “Số: 05/QĐ-UBND”, không
    phải “Số: 5/QĐ-UBND”. Số từ 10 trở lên ghi bình thường.
    Numbers below 10 take a leading zero (01–09).

    ## Vì sao (Why)
    Phụ lục I, mục II.3.c: “Số của văn bản … với những số nhỏ hơn 10 phải ghi thêm số 0 phía
    trước”. Điều 15 khoản 1: số văn bản bắt đầu liên tiếp từ số 01.
    PL I, II.3.c; Điều 15.1 (numbering starts at 01).

    ## Ví dụ sai (Bad)
        Số: 5/QĐ-UBND

    ## Ví dụ đúng (Good)
        Số: 05/QĐ-UBND

    ## Tự sửa (Fix)
    Có, an toàn: thêm số 0. (Yes, safe: add the zero.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Số để trống trong dự thảo; văn bản của Đảng, văn bản quy phạm pháp luật.
    Blank numbers in drafts; Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c; Điều 15 khoản 1
    """

    code = "VB111"
    name = "number-missing-leading-zero"
    summary = "Số văn bản nhỏ hơn 10 phải có số 0 đứng trước: “Số: 05/…”"
    summary_en = "Document numbers below 10 take a leading zero: “Số: 05/…”"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c"

    def check(self, ctx: Context) -> Iterator[Finding]:
        number = number_of(ctx)
        if number is None or number.so is None or number.so_span is None:
            return
        below = int(self.data(ctx, "so_ky_hieu").get("leading_zero_below", 10))
        if len(number.so) != 1 or int(number.so) >= below:
            return
        padded = number.so.zfill(2)
        yield self.finding(
            ctx,
            vi=f"Số văn bản “{number.so}” nhỏ hơn 10 phải ghi thêm số 0: “{padded}”.",
            en=f"Document number “{number.so}” is below 10 and needs a leading zero: “{padded}”.",
            location=self.at(number.para, *number.so_span, part="so_ky_hieu"),
            fix=Fix(
                title=ctx.t(f"Thêm số 0: {padded}", f"Add the zero: {padded}"), replacement=padded
            ),
        )
