"""VB131: the header column is too narrow for the Quốc hiệu, which wraps onto two lines."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, line_text_width_mm, part, span_of

# Word's default left and right cell margins (0.19 cm each) when the table does not set them.
CELL_MARGINS_MM = 2 * 1.9
# The width table is Liberation Serif's (metric-compatible with Times New Roman), but Word and
# LibreOffice lay a line out slightly differently; only a clear overflow is reported.
TOLERANCE = 1.02


class QuocHieuWraps(StateElementRule):
    """Cột đầu văn bản quá hẹp, Quốc hiệu bị xuống dòng.
    (The header column is too narrow: the national title wraps onto two lines.)

    ## Kiểm tra gì (What it checks)
    Khi Quốc hiệu nằm trong bảng phần đầu văn bản, ước tính độ dài dòng chữ (theo số đo phông
    Times New Roman, đúng cỡ và kiểu chữ) và so với bề rộng ô chứa nó (trừ lề ô và thụt lề).
    Dòng dài hơn ô thì Word tự xuống dòng: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT / NAM”.
    When the national title sits in the header table, its printed width (Times New Roman
    metrics, at its size and weight) is compared with the width of its cell less the cell
    margins and indents; a longer line wraps.

    ## Vì sao (Why)
    Phụ lục I, mục II.1.a: Quốc hiệu trình bày “trên cùng, phía bên phải trang đầu” thành một
    dòng, và Tiêu ngữ ở dòng dưới. Cột quá hẹp là lỗi hay gặp (bảng kiểm tra mục 10, lỗi 11): dòng
    Quốc hiệu bị tách đôi trên bản in.
    PL I, II.1.a: the national title is one line at the top right; a narrow column splits it.

    ## Ví dụ sai (Bad)
        Ô bên phải rộng 80 mm, Quốc hiệu cỡ 13 đậm (≈ 99 mm)

    ## Ví dụ đúng (Good)
        Ô bên phải rộng 110 mm, Quốc hiệu cỡ 13 đậm

    ## Tự sửa (Fix)
    Không: kéo rộng cột bên phải của bảng phần đầu. (No fix: widen the header's right column.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Quốc hiệu không nằm trong bảng, ô không ghi bề rộng, văn bản không có định dạng; chênh
    lệch dưới 2 % (sai số của phép ước tính) không báo.
    Not in a table, cell width unknown, no formatting; overflows under 2 % are not reported.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.a
    """

    code = "VB131"
    name = "quoc-hieu-wraps"
    summary = "Cột đầu văn bản quá hẹp, Quốc hiệu bị xuống dòng"
    summary_en = "The header column is too narrow: the national title wraps"
    severity = Severity.WARNING  # the width is an estimate, not a layout
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.a"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = part(ctx, "quoc_hieu")
        if found is None:
            return
        ref, para = found
        if para.cell is None or "\n" in para.text.strip():
            return
        table = ctx.doc.tables[para.cell.table]
        cell = table.cell_width_mm(para.cell.row, para.cell.col)
        start, end = span_of(para, ref.text)
        text = line_text_width_mm(para, start, end)
        if cell is None or text is None:
            return
        fmt = para.format
        room = cell - CELL_MARGINS_MM - (fmt.indent_left_mm or 0) - (fmt.indent_right_mm or 0)
        if text <= room * TOLERANCE:
            return
        yield self.finding(
            ctx,
            vi=f"Quốc hiệu dài khoảng {text:.0f} mm nhưng ô chứa chỉ rộng {room:.0f} mm nên bị "
            "xuống dòng; hãy kéo rộng cột bên phải của phần đầu văn bản.",
            en=f"The national title is about {text:.0f} mm long but its cell is only "
            f"{room:.0f} mm wide, so it wraps; widen the header's right column.",
            location=self.at(para, start, end, part="quoc_hieu"),
        )
