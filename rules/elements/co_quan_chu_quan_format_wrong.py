"""VB107: the governing body's name (cơ quan chủ quản) is not in capitals, size 12-13, regular."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    StateElementRule,
    fmt_range,
    fmt_size,
    is_upper,
    out_of_range,
    part,
    shown_text,
    sizes,
    span_of,
    visible_runs,
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
        found = part(ctx, "co_quan_chu_quan")
        if found is None:
            return
        ref, para = found
        start, end = span_of(para, ref.text)
        runs = visible_runs(para, start, end)
        if not runs:
            return
        data = self.data(ctx, "co_quan")
        loc = self.at(para, start, end, part="co_quan_chu_quan")
        shown = shown_text(para, start, end).strip()
        if not is_upper(shown):
            yield self.finding(
                ctx,
                vi=f"Tên cơ quan chủ quản “{shown}” phải viết chữ in hoa.",
                en=f"The governing body's name “{shown}” must be in capitals.",
                location=loc,
            )
        bounds = data.get("size_pt")
        if bounds is not None:
            bad = out_of_range(sizes(runs), bounds)
            if bad:
                got = ", ".join(fmt_size(v) for v in bad)
                yield self.finding(
                    ctx,
                    vi=f"Tên cơ quan chủ quản cỡ chữ {got}, phải cỡ {fmt_range(bounds)}.",
                    en=f"Governing body's name in size {got}; expected {fmt_range(bounds)}.",
                    location=loc,
                )
        if not data.get("chu_quan_bold", False) and any(r.format.bold for r in runs):
            yield self.finding(
                ctx,
                vi="Tên cơ quan chủ quản in đậm; phải là chữ đứng, không đậm (chỉ tên cơ quan "
                "ban hành in đậm).",
                en="The governing body's name is bold; it must be regular (only the issuing "
                "body is bold).",
                location=loc,
            )
        if any(r.format.italic for r in runs):
            yield self.finding(
                ctx,
                vi="Tên cơ quan chủ quản in nghiêng; phải là chữ đứng.",
                en="The governing body's name is in italics; it must be upright.",
                location=loc,
            )
