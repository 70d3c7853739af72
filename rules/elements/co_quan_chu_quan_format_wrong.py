"""VB107: the governing body's name (cơ quan chủ quản) is not in capitals, size 12-13, regular."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import Size, StateElementRule, Style, is_upper, shown_text

_LOOK = (
    Size(
        "size_pt",
        vi="Tên cơ quan chủ quản cỡ chữ {got}, phải cỡ {want}.",
        en="Governing body's name in size {got}; expected {want}.",
    ),
    Style(
        "bold",
        False,
        "chu_quan_bold",
        vi="Tên cơ quan chủ quản in đậm; phải là chữ đứng, không đậm (chỉ tên cơ quan ban hành "
        "in đậm).",
        en="The governing body's name is bold; it must be regular (only the issuing body is bold).",
    ),
    Style(
        "italic",
        False,
        None,
        vi="Tên cơ quan chủ quản in nghiêng; phải là chữ đứng.",
        en="The governing body's name is in italics; it must be upright.",
    ),
)


class CoQuanChuQuanFormatWrong(StateElementRule):
    """Tên cơ quan chủ quản in đậm, không in hoa, hoặc sai cỡ chữ.
    (The governing body's name is bold, not in capitals, or the wrong size.)

    ## Kiểm tra gì (What it checks)
    Dòng tên cơ quan, tổ chức chủ quản trực tiếp (dòng trên tên cơ quan ban hành): chữ in hoa,
    cỡ chữ 12 đến 13, kiểu chữ đứng, **không đậm**. In đậm dòng này là lỗi rất hay gặp.
    The governing body's line must be capitals, size 12–13, upright and not bold.

    ## Vì sao (Why)
    Phụ lục I, mục II.2.b và bảng mục V dòng 2: tên cơ quan chủ quản “in hoa, cỡ 12–13, đứng”;
    chỉ tên cơ quan ban hành mới in đậm. Hai dòng cùng đậm làm mất phân biệt cơ quan nào ban
    hành văn bản.
    PL I, II.2.b; only the issuing body is bold, so readers see who issues the document.

    ## Ví dụ sai (Bad)
        **UBND TỈNH LÂM ĐỒNG**
        **SỞ NỘI VỤ**

    ## Ví dụ đúng (Good)
        UBND TỈNH LÂM ĐỒNG
        **SỞ NỘI VỤ**

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không có cơ quan chủ quản (dòng này là tùy chọn); văn bản thuần, văn bản của Đảng,
    văn bản quy phạm pháp luật. Documents with no governing body line; plain-text, Party and
    normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2.b; mục V (bảng, dòng 2)
    """

    code = "VB107"
    name = "co-quan-chu-quan-format-wrong"
    summary = "Tên cơ quan chủ quản phải in hoa, cỡ 12–13, đứng, không đậm"
    summary_en = "The governing body's name must be capitals, size 12–13, upright, not bold"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2.b"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        el = self.element(ctx, "co_quan_chu_quan")
        if el is None or not (runs := el.runs):
            return
        shown = shown_text(el.para, el.start, el.end).strip()
        if not is_upper(shown):
            yield self.finding(
                ctx,
                vi=f"Tên cơ quan chủ quản “{shown}” phải viết chữ in hoa.",
                en=f"The governing body's name “{shown}” must be in capitals.",
                location=el.location,
            )
        yield from self.typography(ctx, _LOOK, self.data(ctx, "co_quan"), runs, el.location)
