"""VB120: an issued document is dated after the day of the check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, date_of


class DateInFuture(StateElementRule):
    """Văn bản ban hành ghi ngày trong tương lai.
    (An issued document is dated in the future.)

    ## Kiểm tra gì (What it checks)
    Khi kiểm tra ở giai đoạn ban hành (--stage issued), ngày ghi ở dòng địa danh, thời gian
    không được sau ngày kiểm tra. Dự thảo có thể ghi ngày dự kiến ký.
    At stage “issued”, the date line may not be later than the day of the check.

    ## Vì sao (Why)
    Phụ lục I, mục II.4.b: thời gian ban hành là ngày văn bản được ban hành (Điều 15 khoản 2:
    ghi sau khi ký). Một văn bản đã ban hành không thể mang ngày chưa tới; thường là gõ nhầm
    năm hoặc tháng.
    PL I, II.4.b; a future date in an issued document is usually a typo in the year or month.

    ## Ví dụ sai (Bad)
        Hà Nội, ngày 05 tháng 01 năm 2062   (văn bản đã ban hành)

    ## Ví dụ đúng (Good)
        Hà Nội, ngày 05 tháng 01 năm 2026

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dự thảo (giai đoạn mặc định); văn bản của Đảng, văn bản quy phạm pháp luật.
    Drafts (the default stage); Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b; Điều 15 khoản 2
    """

    code = "VB120"
    name = "date-in-future"
    summary = "Văn bản ban hành không ghi ngày trong tương lai"
    summary_en = "An issued document may not be dated in the future"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.issued:
            return
        date = date_of(ctx)
        if date is None or not (date.day and date.month and date.year):
            return
        try:
            when = dt.date(int(date.year), int(date.month), int(date.day))
        except ValueError:
            return  # VB119
        if when <= ctx.today:
            return
        yield self.finding(
            ctx,
            vi=f"Văn bản ban hành ghi ngày {when:%d/%m/%Y}, sau ngày kiểm tra "
            f"{ctx.today:%d/%m/%Y}; ngày ban hành không thể ở tương lai.",
            en=f"The issued document is dated {when:%d/%m/%Y}, after today ({ctx.today:%d/%m/%Y}).",
            location=self.at(date.para, date.start, date.end, part="dia_danh_ngay_thang"),
        )
