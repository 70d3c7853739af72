"""VB115: the document number is still blank in a document checked as issued."""

from __future__ import annotations

from linter.finding import Location, Severity
from linter.rule import Context
from rules.elements._header import IssuedBlankRule, number_of


class NumberBlankInIssued(IssuedBlankRule):
    """Văn bản ban hành còn để trống số.
    (The number is still blank in an issued document.)

    ## Kiểm tra gì (What it checks)
    Khi kiểm tra ở giai đoạn ban hành (--stage issued), dòng “Số:” phải có số thứ tự. Ở giai
    đoạn dự thảo, số để trống là đúng (“Số:      /QĐ-UBND”).
    At stage “issued” the number must be filled in; drafts may leave it blank.

    ## Vì sao (Why)
    Điều 15 khoản 2: văn bản được lấy số sau khi người có thẩm quyền ký, chậm nhất trong ngày
    làm việc tiếp theo. Văn bản đã ban hành mà không có số thì không vào sổ và không trích dẫn
    được.
    Điều 15.2: numbers are assigned after signature; an issued document must have one.

    ## Ví dụ sai (Bad)
        Số:      /QĐ-UBND   (văn bản đã ban hành)

    ## Ví dụ đúng (Good)
        Số: 15/QĐ-UBND

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dự thảo (giai đoạn mặc định); văn bản của Đảng, văn bản quy phạm pháp luật.
    Drafts (the default stage); Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2; Phụ lục I, mục II.3
    """

    code = "VB115"
    name = "number-blank-in-issued"
    summary = "Văn bản ban hành phải có số (dự thảo được để trống)"
    summary_en = "An issued document must have its number (drafts may leave it blank)"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2"

    blank_vi = "Văn bản ban hành chưa có số: “{raw}”; phải ghi số thứ tự của văn bản."
    blank_en = "The issued document has no number: “{raw}”; fill in its registered number."

    def blank(self, ctx: Context) -> tuple[str, Location] | None:
        number = number_of(ctx)
        if number is None:
            parsed = ctx.anatomy.number
            if parsed is None or not parsed.blank:
                return None
            return parsed.raw, Location(part="so_ky_hieu", excerpt=parsed.raw)
        if number.so is not None:
            return None
        para = number.para
        raw = para.text[number.label[0] : number.sym_span[1]].strip()
        return raw, self.at(para, number.label[0], number.sym_span[1], part="so_ky_hieu")
