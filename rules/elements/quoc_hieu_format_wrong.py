"""VB102: the Quốc hiệu is not size 12-13, upright and bold."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import Size, StateElementRule, Style

_LOOK = (
    Size(
        "size_pt",
        vi="Quốc hiệu cỡ chữ {got}, phải cỡ {want}.",
        en="National title in size {got}; expected {want}.",
    ),
    Style(
        "bold",
        True,
        "bold",
        vi="Quốc hiệu không in đậm; phải là chữ đứng, đậm.",
        en="National title not bold; it must be upright bold.",
    ),
    Style(
        "italic",
        False,
        "italic",
        vi="Quốc hiệu in nghiêng; phải là chữ đứng, đậm.",
        en="National title in italics; it must be upright bold.",
    ),
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
        el = self.element(ctx, "quoc_hieu")
        if el is None or not (runs := el.runs):
            return
        yield from self.typography(ctx, _LOOK, self.data(ctx, "quoc_hieu"), runs, el.location)
