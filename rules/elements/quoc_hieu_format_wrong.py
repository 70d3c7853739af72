"""VB102: the Quốc hiệu is not size 12-13, upright and bold."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    StateElementRule,
    fmt_range,
    fmt_size,
    out_of_range,
    part,
    sizes,
    span_of,
    visible_runs,
)


class QuocHieuFormatWrong(StateElementRule):
    """Quốc hiệu sai cỡ chữ hoặc kiểu chữ (phải cỡ 12–13, đứng, đậm).
    (National title not in size 12–13, upright bold.)

    ## Kiểm tra gì (What it checks)
    Quốc hiệu: cỡ chữ 12 đến 13, kiểu chữ đứng (không nghiêng), đậm.
    The national title must be size 12–13, upright, bold.

    ## Vì sao (Why)
    Phụ lục I, mục II.1.a và bảng mục V dòng 1: Quốc hiệu “chữ in hoa, cỡ chữ từ 12 đến 13,
    kiểu chữ đứng, đậm”. Cỡ 14 làm dòng Quốc hiệu dài hơn cột và bị xuống dòng.
    PL I, II.1.a and table V row 1; size 14 also makes the line wrap in the header column.

    ## Ví dụ sai (Bad)
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   (cỡ 14, không đậm)

    ## Ví dụ đúng (Good)
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   (cỡ 13, đậm)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản đọc từ văn bản thuần (không có định dạng); văn bản của Đảng, văn bản quy phạm
    pháp luật. Documents without formatting, Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.a; mục V (bảng, dòng 1)
    """

    code = "VB102"
    name = "quoc-hieu-format-wrong"
    summary = "Quốc hiệu phải cỡ 12–13, đứng, đậm"
    summary_en = "The national title must be size 12–13, upright, bold"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.a"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = part(ctx, "quoc_hieu")
        if found is None:
            return
        ref, para = found
        start, end = span_of(para, ref.text)
        runs = visible_runs(para, start, end)
        if not runs:
            return
        data = self.data(ctx, "quoc_hieu")
        loc = self.at(para, start, end, part="quoc_hieu")
        bounds = data.get("size_pt")
        if bounds is not None:
            bad = out_of_range(sizes(runs), bounds)
            if bad:
                got = ", ".join(fmt_size(v) for v in bad)
                yield self.finding(
                    ctx,
                    vi=f"Quốc hiệu cỡ chữ {got}, phải cỡ {fmt_range(bounds)}.",
                    en=f"National title in size {got}; expected {fmt_range(bounds)}.",
                    location=loc,
                )
        if data.get("bold", True) and not all(r.format.bold for r in runs):
            yield self.finding(
                ctx,
                vi="Quốc hiệu không in đậm; phải là chữ đứng, đậm.",
                en="National title not bold; it must be upright bold.",
                location=loc,
            )
        if not data.get("italic", False) and any(r.format.italic for r in runs):
            yield self.finding(
                ctx,
                vi="Quốc hiệu in nghiêng; phải là chữ đứng, đậm.",
                en="National title in italics; it must be upright bold.",
                location=loc,
            )
