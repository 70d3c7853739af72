"""VB126: the trích yếu under the type name is not in thường, bold, size 13-14, centred."""

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
    parts,
    shown_text,
    span_of,
    visible_runs,
)

_LOOK = (
    Size(
        "size_pt",
        vi="Trích yếu cỡ chữ {got}, phải cỡ {want}.",
        en="The subject line is in size {got}; expected {want}.",
    ),
    Style(
        "bold",
        True,
        "bold",
        vi="Trích yếu không in đậm; phải là chữ đứng, đậm.",
        en="The subject line is not bold; it must be upright bold.",
    ),
    Style(
        "italic",
        False,
        "italic",
        vi="Trích yếu in nghiêng; phải là chữ đứng, đậm.",
        en="The subject line is in italics; it must be upright bold.",
    ),
    Centred(
        vi="Trích yếu căn lề “{align}”; phải canh giữa.",
        en="The subject line is aligned “{align}”; it must be centred.",
    ),
)


class TrichYeuFormatWrong(StateElementRule):
    """Trích yếu nội dung (dưới tên loại) không đậm, sai cỡ, in hoa toàn bộ hoặc không canh giữa.
    (The subject line under the type name is not bold, wrong size, all capitals, or not centred.)

    ## Kiểm tra gì (What it checks)
    Trích yếu nội dung đặt ngay dưới tên loại: chữ in thường, cỡ 13 đến 14, đứng, đậm, canh
    giữa. (Trích yếu công văn “V/v …” do VB128 kiểm tra.)
    The subject line under the type name must be in normal case, size 13–14, upright bold,
    centred. The công văn “V/v” line is VB128's.

    ## Vì sao (Why)
    Phụ lục I, mục II.5.b và bảng mục V dòng 5a: “Trích yếu nội dung văn bản được đặt canh giữa,
    ngay dưới tên loại văn bản, được trình bày bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ
    đứng, đậm”.
    PL I, II.5.b; table V row 5a.

    ## Ví dụ sai (Bad)
        VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC   (in hoa toàn bộ)
        Về việc thành lập Tổ công tác   (không đậm)

    ## Ví dụ đúng (Good)
        **Về việc thành lập Tổ công tác**

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Công văn (VB128). Cỡ, kiểu chữ, căn lề không kiểm tra với văn bản thuần. Văn bản của Đảng,
    văn bản quy phạm pháp luật không áp dụng. Công văn (VB128); plain text gets the case check
    only; Party and normative documents are skipped.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.b; mục V (bảng, dòng 5a)
    """

    code = "VB126"
    name = "trich-yeu-format-wrong"
    summary = "Trích yếu dưới tên loại: in thường, cỡ 13–14, đứng, đậm, canh giữa"
    summary_en = "Subject line under the type name: normal case, size 13–14, upright bold, centred"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.anatomy.doc_type == "cong_van":
            return
        if ctx.anatomy.doc_type not in ADMIN_TYPES:
            return  # attached documents and appendices have their own title format
        found = parts(ctx, "trich_yeu")
        if not found:
            return
        data = self.data(ctx, "trich_yeu")
        all_runs = []
        first_loc = None
        for ref, para in found:
            start, end = span_of(para, ref.text)
            first_loc = first_loc or self.at(para, start, end, part="trich_yeu")
            all_runs.extend(visible_runs(para, start, end))
        assert first_loc is not None
        shown = " ".join(shown_text(p, *span_of(p, r.text)).strip() for r, p in found)
        if len(shown) > 12 and is_upper(shown):
            yield self.finding(
                ctx,
                vi=f"Trích yếu “{shown[:60]}” viết in hoa toàn bộ; trích yếu viết chữ in thường.",
                en=f"The subject line “{shown[:60]}” is all capitals; write it in normal case.",
                location=first_loc,
            )
        if not ctx.doc.has_formatting or not all_runs:
            return
        yield from self.typography(ctx, _LOOK, data, all_runs, first_loc, found[0][1])
