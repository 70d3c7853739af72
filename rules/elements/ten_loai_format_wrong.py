"""VB125: the document type name (tên loại) is not capitals, bold, size 13-14, centred."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    ADMIN_TYPES,
    Centred,
    Size,
    StateElementRule,
    Style,
    is_upper,
    shown_text,
)

_LOOK = (
    Size(
        "size_pt",
        vi="Tên loại văn bản cỡ chữ {got}, phải cỡ {want}.",
        en="The type name is in size {got}; expected {want}.",
    ),
    Style(
        "bold",
        True,
        "bold",
        vi="Tên loại văn bản không in đậm; phải là chữ đứng, đậm.",
        en="The type name is not bold; it must be upright bold.",
    ),
    Style(
        "italic",
        False,
        "italic",
        vi="Tên loại văn bản in nghiêng; phải là chữ đứng, đậm.",
        en="The type name is in italics; it must be upright bold.",
    ),
    Centred(
        vi="Tên loại văn bản căn lề “{align}”; phải canh giữa.",
        en="The type name is aligned “{align}”; it must be centred.",
    ),
)


class TenLoaiFormatWrong(StateElementRule):
    """Tên loại văn bản không in hoa, không đậm, sai cỡ chữ hoặc không canh giữa.
    (The document type name is not capitals, not bold, the wrong size, or not centred.)

    ## Kiểm tra gì (What it checks)
    Tên loại văn bản (QUYẾT ĐỊNH, KẾ HOẠCH, THÔNG BÁO …): chữ in hoa, cỡ 13 đến 14, đứng, đậm,
    canh giữa theo chiều ngang.
    The type name must be capitals, size 13–14, upright bold, centred.

    ## Vì sao (Why)
    Phụ lục I, mục II.5.a và bảng mục V dòng 5a: “Tên loại văn bản được đặt canh giữa theo chiều
    ngang văn bản, được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm”.
    PL I, II.5.a; table V row 5a.

    ## Ví dụ sai (Bad)
        Quyết định   (chữ thường, không đậm)

    ## Ví dụ đúng (Good)
        **QUYẾT ĐỊNH**   (in hoa, đậm, cỡ 14, canh giữa)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Công văn (không có tên loại). Cỡ, kiểu chữ, căn lề không kiểm tra với văn bản thuần. Văn
    bản của Đảng, văn bản quy phạm pháp luật không áp dụng. Công văn has no type name;
    plain-text documents get the case check only; Party and normative documents are skipped.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.a; mục V (bảng, dòng 5a)
    """

    code = "VB125"
    name = "ten-loai-format-wrong"
    summary = "Tên loại văn bản: in hoa, cỡ 13–14, đứng, đậm, canh giữa"
    summary_en = "Type name: capitals, size 13–14, upright bold, centred"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.a"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.anatomy.doc_type == "cong_van":
            return
        if ctx.anatomy.doc_type not in ADMIN_TYPES:
            return  # attached documents and appendices have their own title format
        el = self.element(ctx, "ten_loai")
        if el is None:
            return
        para, loc = el.para, el.location
        shown = shown_text(para, el.start, el.end).strip()
        if shown and not is_upper(shown):
            yield self.finding(
                ctx,
                vi=f"Tên loại văn bản “{shown}” phải viết chữ in hoa: “{shown.upper()}”.",
                en=f"The type name “{shown}” must be in capitals: “{shown.upper()}”.",
                location=loc,
            )
        if not ctx.doc.has_formatting or not (runs := el.runs):
            return
        yield from self.typography(ctx, _LOOK, self.data(ctx, "ten_loai"), runs, loc, para)
