"""VB129: the căn cứ lines are not italic, size 13-14."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    StateElementRule,
    fmt_range,
    fmt_size,
    out_of_range,
    parts,
    sizes,
    visible_runs,
)

_FORMAL = frozenset({"quyet_dinh", "nghi_quyet", "chi_thi"})


class CanCuFormatWrong(StateElementRule):
    """Dòng căn cứ ban hành không in nghiêng hoặc sai cỡ chữ.
    (A căn cứ line is not italic or has the wrong size.)

    ## Kiểm tra gì (What it checks)
    Các căn cứ ban hành văn bản (“Căn cứ Luật …;”) được trình bày bằng chữ in thường, cỡ 13
    đến 14, kiểu chữ nghiêng.
    The căn cứ lines must be italic, size 13–14.

    ## Vì sao (Why)
    Phụ lục I, mục II.6.a: “Căn cứ ban hành văn bản được trình bày bằng chữ in thường, kiểu chữ
    nghiêng, cỡ chữ từ 13 đến 14, trình bày dưới phần tên loại và trích yếu nội dung văn bản”.
    PL I, II.6.a.

    ## Ví dụ sai (Bad)
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;   (chữ đứng)

    ## Ví dụ đúng (Good)
        *Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;*

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Chỉ xét phần căn cứ ở phần mở đầu của văn bản có tên loại (dưới tên loại và trích yếu). Công
    văn và văn bản không có tên loại không có phần căn cứ ban hành (Mẫu 1.5): câu “Căn cứ …, Sở
    … đề nghị …” trong công văn là câu văn của nội dung. Câu bắt đầu bằng “Căn cứ …” kết thúc
    bằng dấu phẩy, hai chấm hoặc “./.” (dấu kết thúc nội dung) cũng không phải dòng căn cứ ban
    hành. Văn bản thuần, văn bản của Đảng, văn bản quy phạm pháp luật không áp dụng. Ngoài
    quyết định, nghị quyết, chỉ thị, dòng căn cứ không nghiêng chỉ được cảnh báo.
    Only the căn cứ block of a named document's opening (under the tên loại and trích yếu) is
    judged: a công văn has no căn cứ block (Mẫu 1.5), so its “Căn cứ …, Sở … đề nghị …”
    sentences are body text; a sentence ending with “,”, “:” or the closing mark “./.” is not a
    căn cứ line either. Plain-text, Party and normative documents are skipped.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.a
    """

    code = "VB129"
    name = "can-cu-format-wrong"
    summary = "Dòng căn cứ: chữ nghiêng, cỡ 13–14"
    summary_en = "Căn cứ lines: italic, size 13–14"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.a"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx, "can_cu")
        bounds = data.get("size_pt")
        # Outside QĐ/NQ/CT (templates with a formal preamble) the "Căn cứ" lines often belong
        # to the body's reasoning: warn only.
        severity = None if ctx.anatomy.doc_type in _FORMAL else Severity.WARNING
        if ctx.anatomy.doc_type == "cong_van" or ctx.anatomy.part("ten_loai") is None:
            return  # no tên loại: no căn cứ block (PL I, II.6.a: "dưới phần tên loại")
        for _ref, para in parts(ctx, "can_cu"):
            text = para.stripped
            if not text.startswith("Căn cứ") or text.endswith((":", ",", "/.")):
                continue
            runs = visible_runs(para)
            if not runs:
                continue
            loc = self.at(para, part="can_cu")
            if data.get("italic", True) and not all(r.format.italic for r in runs):
                yield self.finding(
                    ctx,
                    vi="Dòng căn cứ không in nghiêng; căn cứ ban hành trình bày bằng chữ nghiêng.",
                    en="This căn cứ line is not italic; the căn cứ lines are in italics.",
                    location=loc,
                    severity=severity,
                )
            if bounds is not None:
                bad = out_of_range(sizes(runs), bounds)
                if bad:
                    got = ", ".join(fmt_size(v) for v in bad)
                    yield self.finding(
                        ctx,
                        vi=f"Dòng căn cứ cỡ chữ {got}, phải cỡ {fmt_range(bounds)}.",
                        en=f"This căn cứ line is in size {got}; expected {fmt_range(bounds)}.",
                        location=loc,
                    )
