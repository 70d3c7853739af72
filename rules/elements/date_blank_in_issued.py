"""VB121: the date of an issued document is still blank ("ngày    tháng    năm 2026")."""

from __future__ import annotations

from linter.finding import Location, Severity
from linter.rule import Context
from rules.elements._header import IssuedBlankRule, date_of


class DateBlankInIssued(IssuedBlankRule):
    """Văn bản ban hành còn để trống ngày, tháng.
    (The date is still blank in an issued document.)

    ## Kiểm tra gì (What it checks)
    Khi kiểm tra ở giai đoạn ban hành (--stage issued), dòng địa danh và thời gian phải có đủ
    ngày, tháng, năm. Dự thảo để trống ngày tháng là đúng.
    At stage “issued” the day, month and year must be filled in; drafts may leave them blank.

    ## Vì sao (Why)
    Điều 15 khoản 2 và Phụ lục I, mục II.4: số và ngày được ghi sau khi ký; văn bản đã ban
    hành mà để trống ngày thì không xác định được thời điểm ban hành.
    Điều 15.2; PL I, II.4.

    ## Ví dụ sai (Bad)
        Lâm Đồng, ngày      tháng      năm 2026   (văn bản đã ban hành)

    ## Ví dụ đúng (Good)
        Lâm Đồng, ngày 05 tháng 01 năm 2026

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dự thảo (giai đoạn mặc định); văn bản của Đảng, văn bản quy phạm pháp luật.
    Drafts (the default stage); Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2; Phụ lục I, mục II.4
    """

    code = "VB121"
    name = "date-blank-in-issued"
    summary = "Văn bản ban hành phải ghi đủ ngày, tháng, năm (dự thảo được để trống)"
    summary_en = "An issued document must carry its full date (drafts may leave it blank)"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2; Phụ lục I, mục II.4"

    blank_vi = "Văn bản ban hành còn để trống ngày tháng: “{raw}”; phải ghi đủ ngày, tháng, năm."
    blank_en = "The issued document's date is blank: “{raw}”; fill in the day, month and year."

    def blank(self, ctx: Context) -> tuple[str, Location] | None:
        date = date_of(ctx)
        if date is None:
            return None
        para = date.para
        if date.words and date.day and date.month and date.year:
            return None
        if not date.words and date.slash is not None:
            raw = para.text[date.slash[0] : date.slash[1]]
            if sum(ch.isdigit() for ch in raw) >= 6:
                return None
        raw = para.text[date.start : date.end].strip()
        return raw, self.at(para, date.start, date.end, part="dia_danh_ngay_thang")
