"""VB124: a month from 3 to 9 written with a leading zero ("tháng 03")."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, date_of


class DateMonthExtraZero(StateElementRule):
    """Tháng từ 3 đến 9 ghi thêm số 0 (“tháng 03”).
    (A month from 3 to 9 is written with a leading zero.)

    ## Kiểm tra gì (What it checks)
    Chỉ ngày nhỏ hơn 10 và tháng 1, 2 mới ghi thêm số 0 phía trước. Tháng 3 đến 9 viết “tháng
    3”, không viết “tháng 03”. (Thiếu số 0 ở ngày và tháng 1, 2 do VB104 kiểm tra.)
    Only days below 10 and months 1–2 take a leading zero; “tháng 03” is a deviation.

    ## Vì sao (Why)
    Phụ lục I, mục II.4.b: “đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi
    thêm số 0 phía trước”; các ví dụ chính thức viết “ngày 05 tháng 3 năm 2020”, “ngày 29 tháng
    6 năm 2019”. Văn bản không nói rõ cấm số 0 ở tháng 3–9, nên chỉ cảnh báo.
    PL I, II.4.b pads only months 1 and 2; the official examples never pad months 3–9.

    ## Ví dụ sai (Bad)
        Hà Nội, ngày 15 tháng 09 năm 2026

    ## Ví dụ đúng (Good)
        Hà Nội, ngày 15 tháng 9 năm 2026

    ## Tự sửa (Fix)
    Có, an toàn: bỏ số 0. (Yes, safe: drop the zero.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Tháng 01, 02 (bắt buộc có số 0); văn bản của Đảng, văn bản quy phạm pháp luật.
    Months 01 and 02; Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b
    """

    code = "VB124"
    name = "date-month-extra-zero"
    summary = "Tháng 3 đến 9 không ghi số 0 đứng trước (“tháng 3”, không “tháng 03”)"
    summary_en = "Months 3–9 take no leading zero (“tháng 3”, not “tháng 03”)"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        date = date_of(ctx)
        if date is None or date.month is None or date.month_span is None:
            return
        month = date.month
        padded = tuple(int(m) for m in self.data(ctx, "date_line").get("padded_months", [1, 2]))
        if not (len(month) == 2 and month.startswith("0") and int(month) not in padded):
            return
        yield self.finding(
            ctx,
            vi=f"“tháng {month}”: chỉ tháng 1, 2 mới ghi thêm số 0; viết “tháng {month[1]}”.",
            en=f"“tháng {month}”: only months 1 and 2 take a leading zero; write "
            f"“tháng {month[1]}”.",
            location=self.at(date.para, *date.month_span, part="dia_danh_ngay_thang"),
            fix=Fix(
                title=ctx.t(f"Bỏ số 0: {month[1]}", f"Remove the zero: {month[1]}"),
                replacement=month[1],
            ),
        )
