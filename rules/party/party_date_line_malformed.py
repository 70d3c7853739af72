"""VB611 party-date-line-malformed."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import date_of
from rules.party._party import PartyRule


class PartyDateLineMalformed(PartyRule):
    """Dòng địa danh, ngày tháng văn bản của Đảng viết sai dạng.
    (Party place and date line in the wrong form.)

    ## Kiểm tra gì (What it checks)
    Dòng có dạng “<Địa danh>, ngày DD tháng M năm YYYY”: có dấu phẩy sau địa danh, viết đủ chữ
    ngày, tháng, năm (không viết “19/12/2025”). Tháng 3 đến 9 thêm số 0 (“tháng 04”) là cảnh báo.
    Số 0 còn thiếu trước ngày dưới 10 và tháng 1, 2 do VB104 kiểm tra.
    “<Place>, ngày DD tháng M năm YYYY”: comma, words not a numeric date; a padded month 3–9 is a
    warning. Missing zeros are VB104's.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.4.2: “Ngày dưới 10 và tháng dưới 3 phải thêm số 0 ở trước và
    viết đầy đủ chữ ngày, tháng, năm; giữa địa danh và ngày, tháng, năm ban hành văn bản có dấu
    phẩy (,)”; Hướng dẫn 05-HD/VPTW, mục I.4.2.2 giữ nguyên. Bản gốc viết “tháng 4”, không “tháng
    04”.
    HD 36 §II.1.4.2 (unchanged in HD 05).

    ## Ví dụ sai (Bad)
        La Gi ngày 19 tháng 12 năm 2025
        La Gi, 19/12/2025
        La Gi, ngày 15 tháng 04 năm 2025

    ## Ví dụ đúng (Good)
        La Gi, ngày 19 tháng 12 năm 2025

    ## Tự sửa (Fix)
    Có, an toàn: bỏ số 0 thừa trước tháng 3 đến 9. (Yes, safe: drop the extra zero.)

    ## Tùy chọn (Options)
    Không có. (None.) `date_line.comma`, `date_line.padded_months`.

    ## Ngoại lệ (When not to apply)
    Ngày, tháng để trống trong dự thảo; dòng không tìm thấy.
    Blank day or month in a draft; no date line found.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.4.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.4.2.2
    """

    code = "VB611"
    name = "party-date-line-malformed"
    summary = "Địa danh, ngày tháng dạng “La Gi, ngày 19 tháng 12 năm 2025”"
    summary_en = "Place and date as “La Gi, ngày 19 tháng 12 năm 2025”"
    severity = Severity.ERROR
    fixable = True
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.4.2"
    table = "date_line"

    def check(self, ctx: Context) -> Iterator[Finding]:
        date = date_of(ctx)
        if date is None:
            return
        para = date.para
        loc = self.at(para, date.start, date.end, part="dia_danh_ngay_thang")
        if not date.words:
            yield self.report(
                ctx,
                vi="Ngày tháng viết bằng số và gạch chéo; phải viết đủ chữ “ngày … tháng … năm …”.",
                en="Date written with slashes; write it out as “ngày … tháng … năm …”.",
                location=loc,
            )
            return
        data = self.data(ctx)
        if data.get("comma", True) and date.place and not date.comma:
            yield self.report(
                ctx,
                vi=f"Thiếu dấu phẩy giữa địa danh “{date.place}” và ngày tháng.",
                en=f"No comma between the place “{date.place}” and the date.",
                location=loc,
            )
        padded = {int(m) for m in data.get("padded_months", [1, 2])}
        month = date.month
        zero = bool(month) and month.isdigit() and len(month) == 2 and month[0] == "0"
        if zero and date.month_span and int(month) not in padded and int(month) > 0:
            yield self.report(
                ctx,
                vi=f"Tháng “{month}” không cần số 0 (chỉ tháng 1, 2 viết 01, 02).",
                en=f"Month “{month}” takes no leading zero (only months 1 and 2 do).",
                location=self.at(para, *date.month_span, part="dia_danh_ngay_thang"),
                severity=Severity.WARNING,
                fix=Fix(
                    title=ctx.t(f"Bỏ số 0: {int(month)}", f"Remove the zero: {int(month)}"),
                    replacement=str(int(month)),
                ),
            )
