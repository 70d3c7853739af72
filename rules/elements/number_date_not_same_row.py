"""VB117: the number and the date line are not on the same row of the header."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, part


class NumberDateNotSameRow(StateElementRule):
    """Số, ký hiệu và địa danh, ngày tháng không nằm cùng một hàng.
    (The number and the place-and-date line are not on the same row.)

    ## Kiểm tra gì (What it checks)
    Địa danh và thời gian ban hành phải nằm cùng một dòng (hàng) với số, ký hiệu văn bản: số
    bên trái, ngày tháng bên phải. Với phần đầu dạng bảng, hai thành phần phải ở cùng một hàng
    của bảng; với phần đầu dạng đoạn văn, cùng một đoạn (cách bằng tab).
    The number (left) and the date line (right) must share a row of the header.

    ## Vì sao (Why)
    Phụ lục I, mục II.4.c: địa danh và thời gian “được đặt … trên cùng một dòng với số, ký hiệu
    văn bản”; sơ đồ bố trí (mục IV) đặt ô 3 và ô 4 cùng hàng.
    PL I, II.4.c and the layout diagram (boxes 3 and 4 on one row).

    ## Ví dụ sai (Bad)
        Số: 15/QĐ-UBND
                                  Lâm Đồng, ngày 05 tháng 01 năm 2026   (hàng dưới)

    ## Ví dụ đúng (Good)
        Số: 15/QĐ-UBND            Lâm Đồng, ngày 05 tháng 01 năm 2026

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Phần đầu trong hộp văn bản (text box) không kiểm tra được vị trí; biên bản không có ngày
    tháng ở phần đầu. Text-box headers, biên bản, Party and normative documents are skipped.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.c; mục IV (sơ đồ bố trí)
    """

    code = "VB117"
    name = "number-date-not-same-row"
    summary = "Số, ký hiệu và địa danh, ngày tháng phải cùng một hàng"
    summary_en = "The number and the date line must be on the same row"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.c"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        num = part(ctx, "so_ky_hieu")
        date = part(ctx, "dia_danh_ngay_thang")
        if num is None or date is None:
            return
        (nref, npara), (dref, dpara) = num, date
        if nref.story is not None or dref.story is not None or npara.index == dpara.index:
            return
        nc, dc = npara.cell, dpara.cell
        if nc is not None and dc is not None:
            if nc.table == dc.table and nc.row == dc.row and nc.col != dc.col:
                return  # side by side in one row
            if nc.table == dc.table and (nc.row, nc.col) == (dc.row, dc.col):
                between = [p for p in ctx.doc.paragraphs if npara.index < p.index < dpara.index]
                if any(p.stripped for p in between):
                    return  # not a number/date pair we understand
            if nc.table != dc.table and abs(nc.table - dc.table) > 1:
                return  # unrelated tables: not a header layout we understand
        elif nc is None and dc is None:
            # Paragraph layout: the number and the date each on a line of their own.
            between = [p for p in ctx.doc.paragraphs if npara.index < p.index < dpara.index]
            if abs(dpara.index - npara.index) > 3 or any(p.stripped for p in between):
                return
        else:
            return
        yield self.finding(
            ctx,
            vi="Địa danh, ngày tháng không nằm cùng hàng với số, ký hiệu; hai thành phần phải "
            "trên cùng một dòng (số bên trái, ngày tháng bên phải).",
            en="The place-and-date line is not on the same row as the number; they must share "
            "one row (number left, date right).",
            location=self.at(dpara, part="dia_danh_ngay_thang"),
        )
