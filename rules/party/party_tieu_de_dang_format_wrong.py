"""VB602 tieu-de-dang-format-wrong."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class TieuDeDangFormatWrong(PartFormatRule):
    """Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” sai cỡ hoặc kiểu chữ (phải in hoa, cỡ 15, đứng, đậm).
    (Party heading not in capitals, 15 pt, upright bold.)

    ## Kiểm tra gì (What it checks)
    Tiêu đề: chữ in hoa, cỡ 15, kiểu chữ đứng, đậm.
    The heading must be upper case, 15 pt, upright, bold.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 1: “In hoa – 15 – Đứng, đậm”; Hướng dẫn 05-HD/VPTW,
    Phụ lục 2 giữ nguyên. Tiêu đề là thành phần xác định văn bản của Đảng.
    HD 36 Phụ lục 3 row 1 (unchanged in HD 05 Phụ lục 2).

    ## Ví dụ sai (Bad)
        ĐẢNG CỘNG SẢN VIỆT NAM   (cỡ 14, không đậm)

    ## Ví dụ đúng (Good)
        ĐẢNG CỘNG SẢN VIỆT NAM   (cỡ 15, đậm)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `tieu_de` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
     Văn bản không có định dạng; cỡ chữ không xác định; văn bản không phải của Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.1 và Phụ lục 3 (dòng 1)
    - Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 1)
    """

    code = "VB602"
    name = "tieu-de-dang-format-wrong"
    summary = "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” phải in hoa, cỡ 15, đứng, đậm"
    summary_en = "The Party heading must be capitals, 15 pt, upright bold"
    severity = Severity.ERROR
    source = (
        "Hướng dẫn 36-HD/VPTW, mục II.1.1 và Phụ lục 3 (dòng 1); "
        "Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 1)"
    )
    table = "tieu_de"
    checks = (("tieu_de_dang", "tieu_de", "", "Tiêu đề", "Party heading"),)
