"""VB104: a day below 10, or month 1 or 2, written without its leading zero in the date line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.model import Paragraph
from linter.rule import Context, Rule

_GAP = r"[\s.…_]*"  # drafts write blanks as spaces, dots or underscores
_DATE = re.compile(
    rf"\bngày{_GAP}(?P<day>\d{{1,2}})?{_GAP}tháng{_GAP}(?P<month>\d{{1,2}})?{_GAP}năm\b",
    re.IGNORECASE,
)

SOURCE_ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b"
SOURCE_HD36 = "Hướng dẫn 36-HD/VPTW, mục II.1.4.2"
SOURCE_HD05 = "Hướng dẫn 05-HD/VPTW, Phần II, mục I.4.2.2"
SOURCE_NORMATIVE = "Nghị định 34/2016/NĐ-CP (thể thức văn bản quy phạm pháp luật)"


class DateMissingLeadingZero(Rule):
    """Ngày dưới 10, tháng 1 và 2 thiếu số 0 đứng trước.
    (Day below 10, or month 1 or 2, written without a leading zero.)

    ## Kiểm tra gì (What it checks)
    Trong dòng địa danh, ngày tháng năm ban hành, ngày từ 1 đến 9 phải viết 01–09 và tháng 1, 2
    phải viết 01, 02. Tháng 3 đến 12 không thêm số 0. Ô để trống trong dự thảo không bị kiểm tra.
    In the place-and-date line, days 1–9 must be written 01–09 and months 1 and 2 as 01 and 02;
    months 3–12 take no zero. Blanks left in a draft are not checked.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b: “đối với những số thể hiện ngày nhỏ hơn 10
    và tháng 1, 2 phải ghi thêm số 0 phía trước”. Hướng dẫn 36-HD/VPTW, mục II.1.4.2 (và Hướng dẫn
    05-HD/VPTW, Phần II, mục I.4.2.2): “Ngày dưới 10 và tháng dưới 3 phải thêm số 0 ở trước”. Số 0
    giúp không ai chèn thêm chữ số để sửa ngày (ngày 1 thành ngày 11, tháng 1 thành tháng 12).
    Both the State decree and the Party guidance require the zero; it stops anyone from turning
    day 1 into 11 or month 1 into 12 by adding a digit.

    ## Ví dụ sai (Bad)
        Hà Nội, ngày 5 tháng 3 năm 2024
        Hà Nội, ngày 15 tháng 1 năm 2024

    ## Ví dụ đúng (Good)
        Hà Nội, ngày 05 tháng 3 năm 2024
        Hà Nội, ngày 15 tháng 01 năm 2024

    ## Tự sửa (Fix)
    Có, an toàn: thêm số 0 phía trước. (Yes, safe: add the leading zero.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Ngày tháng trong nội dung văn bản (chỉ kiểm tra dòng địa danh, ngày tháng); văn bản chưa xác
    định được hệ. Dates in the body text; documents whose family is unknown. Số 0 thừa ở tháng 3–9
    (“tháng 03”) là lỗi khác, không thuộc quy tắc này.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b
    - Hướng dẫn 36-HD/VPTW, mục II.1.4.2
    - Hướng dẫn 05-HD/VPTW, Phần II, mục I.4.2.2
    """

    code = "VB104"
    name = "date-missing-leading-zero"
    summary = "Ngày dưới 10 và tháng 1, 2 phải có số 0 đứng trước"
    summary_en = "Days below 10 and months 1 and 2 need a leading zero"
    severity = Severity.ERROR
    fixable = True
    source = SOURCE_ND30
    families = frozenset({"state", "party"})

    def check(self, ctx: Context) -> Iterator[Finding]:
        para = _date_paragraph(ctx)
        if para is None:
            return
        source, severity = self._source(ctx)
        for match in _DATE.finditer(para.nfc):
            day, month = match.group("day"), match.group("month")
            if day is not None and len(day) == 1 and day != "0":
                yield self._missing_zero(ctx, para, match.span("day"), day, True, source, severity)
            if month in ("1", "2"):
                yield self._missing_zero(
                    ctx, para, match.span("month"), month, False, source, severity
                )
            break  # the date line has one date; later ones (e.g. a citation) are not the date

    def _source(self, ctx: Context) -> tuple[str, Severity]:
        a = ctx.anatomy
        if a.family == "party":
            return (SOURCE_HD05 if a.guidance == "HD05" else SOURCE_HD36), Severity.ERROR
        if a.is_normative:  # a different regime, not verified clause by clause: warn
            return SOURCE_NORMATIVE, Severity.WARNING
        return SOURCE_ND30, Severity.ERROR

    def _missing_zero(
        self,
        ctx: Context,
        para: Paragraph,
        span: tuple[int, int],
        value: str,
        is_day: bool,
        source: str,
        severity: Severity,
    ) -> Finding:
        padded = value.zfill(2)
        start, end = para.to_original_offset(span[0]), para.to_original_offset(span[1])
        if is_day:
            vi = f"Ngày “{value}” phải viết là “{padded}” (ngày dưới 10 có số 0 đứng trước)."
            en = f"Day “{value}” must be written “{padded}” (days below 10 take a leading zero)."
        else:
            vi = f"Tháng “{value}” phải viết là “{padded}” (tháng 1, 2 có số 0 đứng trước)."
            en = f"Month “{value}” must be written “{padded}” (months 1 and 2 take a leading zero)."
        return self.finding(
            ctx,
            vi=vi,
            en=en,
            location=self.at(para, start, end, part="dia_danh_ngay_thang"),
            fix=Fix(
                title=ctx.t(f"Thêm số 0: {padded}", f"Add the zero: {padded}"), replacement=padded
            ),
            severity=severity,
            source=source,
        )


def _date_paragraph(ctx: Context) -> Paragraph | None:
    ref = ctx.anatomy.part("dia_danh_ngay_thang")
    if ref is None:
        return None
    story = ctx.doc.textboxes if ref.story == "textbox" else ctx.doc.paragraphs
    if ref.story not in (None, "textbox") or not 0 <= ref.paragraph < len(story):
        return None
    return story[ref.paragraph]
