"""VB300 legacy-font-encoding."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.layout._common import PL1, LayoutRule

_LEGACY_PREFIXES = (".vn", "vni-", "vn-", "vni ")


class LegacyFontEncoding(LayoutRule):
    """Văn bản dùng phông 8-bit (TCVN3 .VnTime, VNI-Times), không phải Unicode.
    (Text in an 8-bit Vietnamese font, not Unicode.)

    ## Kiểm tra gì (What it checks)
    Báo khi văn bản dùng phông 8-bit kiểu cũ (.VnTime, .VnTimeH, VNI-Times…) hoặc khi chữ có
    dạng mã TCVN3/VNI hiển thị thành ký tự lạ trong Unicode. Chữ này phải chuyển sang Unicode
    (ví dụ bằng chức năng chuyển mã của Unikey) rồi đặt phông Times New Roman.
    Reports 8-bit fonts or TCVN3/VNI text; it must be converted to Unicode.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4: phông chữ tiếng Việt Times New Roman, "bộ mã ký
    tự chữ Việt (phông chữ tiếng Việt Unicode) theo Tiêu chuẩn Việt Nam TCVN 6909:2001". Văn
    bản phông 8-bit hiển thị sai trên máy không cài phông đó và không tìm kiếm được.
    8-bit text shows as garbage without the font and cannot be searched.

    ## Ví dụ sai (Bad)
        Céng hoµ x· héi chñ nghÜa ViÖt Nam   (phông .VnTime)

    ## Ví dụ đúng (Good)
        Cộng hòa xã hội chủ nghĩa Việt Nam   (Unicode, Times New Roman)

    ## Tự sửa (Fix)
    Không: cần chuyển mã cả văn bản. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Không có: áp dụng cho mọi văn bản, kể cả văn bản chưa xác định được loại (chữ 8-bit làm
    không nhận ra được Quốc hiệu).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4; TCVN 6909:2001
    """

    code = "VB300"
    name = "legacy-font-encoding"
    summary = "Chữ phải là Unicode (không dùng phông 8-bit .VnTime, VNI)"
    summary_en = "Text must be Unicode (no 8-bit .VnTime or VNI fonts)"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.4"
    skip_normative: ClassVar[bool] = False

    def check(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        fonts = list(doc.legacy_fonts)
        if not fonts and not doc.legacy_encoding:
            return
        first = None
        keys = {f.lower() for f in fonts}
        for para in doc.paragraphs:
            if any((r.format.font or "").lower() in keys for r in para.runs if r.text.strip()):
                first = para
                break
        where = self.at(first) if first is not None else Location(excerpt=", ".join(fonts))
        if fonts:
            names = ", ".join(fonts)
            vi = (
                f"Văn bản dùng phông 8-bit “{names}”: chữ đang ở bảng mã cũ (TCVN3/VNI), phải "
                "chuyển mã sang Unicode và dùng phông Times New Roman."
            )
            en = (
                f"The document uses the 8-bit font(s) “{names}”: the text is in a legacy "
                "encoding (TCVN3/VNI) and must be converted to Unicode, in Times New Roman."
            )
        else:
            vi = (
                "Chữ trong văn bản có dạng mã cũ TCVN3/VNI (hiển thị thành ký tự lạ); phải "
                "chuyển mã sang Unicode và dùng phông Times New Roman."
            )
            en = (
                "The text looks like legacy TCVN3/VNI bytes shown as Unicode; convert it to "
                "Unicode, in Times New Roman."
            )
        yield self.finding(ctx, vi=vi, en=en, location=where)
