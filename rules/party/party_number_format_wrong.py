"""VB609 party-number-format-wrong."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class PartyNumberFormatWrong(PartFormatRule):
    """Số và ký hiệu văn bản của Đảng sai cỡ hoặc kiểu chữ (phải cỡ 14, đứng).
    (Party number line not 14 pt upright.)

    ## Kiểm tra gì (What it checks)
    Dòng “Số …-…/…”: in thường, cỡ 14, đứng, không đậm, không nghiêng.
    The number line: 14 pt, upright, neither bold nor italic.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 3: “In thường – 14 – Đứng” (ví dụ “Số 127-QĐ/TW”);
    Hướng dẫn 05-HD/VPTW giữ nguyên. Văn bản Nhà nước dùng cỡ 13.
    HD 36 Phụ lục 3 row 3, unchanged in HD 05 (State: 13 pt).

    ## Ví dụ sai (Bad)
        Số 383-CV/ĐU   (cỡ 13)

    ## Ví dụ đúng (Good)
        Số 383-CV/ĐU   (cỡ 14, đứng)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `so_ky_hieu` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
     Văn bản không có định dạng; cỡ chữ không xác định; văn bản không phải của Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 3); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 3)
    """

    code = "VB609"
    name = "party-number-format-wrong"
    summary = "Số và ký hiệu văn bản của Đảng cỡ 14, đứng, không đậm"
    summary_en = "Party number line 14 pt, upright, not bold"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 3); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 3)"
    table = "so_ky_hieu"
    checks = (("so_ky_hieu", "so_ky_hieu", "", "Số và ký hiệu", "Number"),)
