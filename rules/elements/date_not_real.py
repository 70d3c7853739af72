"""VB119: the date line names a day that does not exist (31 tháng 02, tháng 13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, date_of


class DateNotReal(StateElementRule):
    """Ngày tháng ban hành không có thật trên lịch.
    (The date of issue is not a real calendar date.)

    ## Kiểm tra gì (What it checks)
    Ngày, tháng, năm ở dòng địa danh và thời gian phải tạo thành một ngày có thật: không có
    “ngày 31 tháng 4”, “ngày 29 tháng 02 năm 2026”, “tháng 13”.
    Day, month and year must form a real calendar date.

    ## Vì sao (Why)
    Phụ lục I, mục II.4.b: thời gian ban hành là ngày, tháng, năm văn bản được ban hành; một
    ngày không có thật làm văn bản không xác định được thời điểm ban hành, hiệu lực.
    PL I, II.4.b: an impossible date leaves the date of issue undefined.

    ## Ví dụ sai (Bad)
        Hà Nội, ngày 30 tháng 02 năm 2026

    ## Ví dụ đúng (Good)
        Hà Nội, ngày 28 tháng 02 năm 2026

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Ngày hoặc tháng để trống trong dự thảo; văn bản của Đảng, văn bản quy phạm pháp luật.
    Blank day or month in drafts; Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b
    """

    code = "VB119"
    name = "date-not-real"
    summary = "Ngày tháng ban hành phải là ngày có thật"
    summary_en = "The date of issue must be a real calendar date"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        date = date_of(ctx)
        if date is None or not (date.day and date.month and date.year):
            return
        try:
            dt.date(int(date.year), int(date.month), int(date.day))
        except ValueError:
            written = f"ngày {date.day} tháng {date.month} năm {date.year}"
            yield self.finding(
                ctx,
                vi=f"“{written}” không phải ngày có thật; kiểm tra lại ngày, tháng ban hành.",
                en=f"“{written}” is not a real date; check the day and month of issue.",
                location=self.at(date.para, date.start, date.end, part="dia_danh_ngay_thang"),
            )
