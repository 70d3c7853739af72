"""VB610 party-date-line-format-wrong."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class PartyDateLineFormatWrong(PartFormatRule):
    """Dòng địa danh, ngày tháng năm của văn bản Đảng sai cỡ hoặc kiểu chữ (phải cỡ 14, nghiêng).
    (Party place and date line not 14 pt italic.)

    ## Kiểm tra gì (What it checks)
    Địa danh và ngày, tháng, năm: in thường, cỡ 14, nghiêng, không đậm. Số 0 đứng trước ngày,
    tháng do VB104 kiểm tra.
    14 pt italic, not bold; leading zeros are VB104's.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 4: “In thường – 14 – Nghiêng” (ví dụ “Hạ Long, ngày 20
    tháng 02 năm 2018”); Hướng dẫn 05-HD/VPTW giữ nguyên.
    HD 36 Phụ lục 3 row 4, unchanged in HD 05.

    ## Ví dụ sai (Bad)
        La Gi, ngày 19 tháng 12 năm 2025   (cỡ 13, đứng)

    ## Ví dụ đúng (Good)
        La Gi, ngày 19 tháng 12 năm 2025   (cỡ 14, nghiêng)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `date_line` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
     Văn bản không có định dạng; cỡ chữ không xác định; văn bản không phải của Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 4); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 4)
    """

    code = "VB610"
    name = "party-date-line-format-wrong"
    summary = "Địa danh, ngày tháng văn bản của Đảng cỡ 14, nghiêng, không đậm"
    summary_en = "Party place and date line 14 pt italic, not bold"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 4); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 4)"
    table = "date_line"
    checks = (("dia_danh_ngay_thang", "date_line", "", "Địa danh, ngày tháng", "Place and date"),)
