"""VB612 party-ten-loai-format-wrong."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class PartyTenLoaiFormatWrong(PartFormatRule):
    """Tên loại văn bản của Đảng (KẾT LUẬN, NGHỊ QUYẾT…) sai cỡ hoặc kiểu chữ.
    (Party type name (KẾT LUẬN, NGHỊ QUYẾT …) in the wrong size or style.)

    ## Kiểm tra gì (What it checks)
    Tên loại: in hoa, cỡ 15–16, đứng, đậm.
    Type name: capitals, 15–16 pt, upright bold.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 5: tên loại “In hoa – 15-16 – Đứng, đậm”; Hướng dẫn
    05-HD/VPTW giữ nguyên. Văn bản Nhà nước dùng cỡ 13–14.
    HD 36 Phụ lục 3 row 5 (State: 13–14 pt).

    ## Ví dụ sai (Bad)
        KẾT LUẬN   (cỡ 14)

    ## Ví dụ đúng (Good)
        KẾT LUẬN   (cỡ 15, đậm)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `ten_loai` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
    Công văn (không có tên loại). Văn bản không có định dạng; cỡ chữ không xác định; văn bản
    không phải của Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.5.2 và Phụ lục 3 (dòng 5)
    - Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 5)
    """

    code = "VB612"
    name = "party-ten-loai-format-wrong"
    summary = "Tên loại văn bản của Đảng in hoa, cỡ 15–16, đứng, đậm"
    summary_en = "Party document type name capitals, 15–16 pt, upright bold"
    severity = Severity.ERROR
    source = (
        "Hướng dẫn 36-HD/VPTW, mục II.1.5.2 và Phụ lục 3 (dòng 5); "
        "Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 5)"
    )
    table = "ten_loai"
    checks = (("ten_loai", "ten_loai", "", "Tên loại", "Type name"),)
