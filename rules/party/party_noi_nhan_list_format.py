"""VB623 party-noi-nhan-list-format."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class PartyNoiNhanListFormat(PartFormatRule):
    """Các dòng liệt kê nơi nhận sai cỡ hoặc kiểu chữ (phải cỡ 12, đứng).
    (Distribution lines not 12 pt upright.)

    ## Kiểm tra gì (What it checks)
    Tên cơ quan, tổ chức, cá nhân sau từ “Nơi nhận”: in thường, cỡ 12, đứng.
    Recipients under “Nơi nhận”: 12 pt, upright.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 9: “In thường – 12 – Đứng”; Hướng dẫn 05-HD/VPTW giữ
    nguyên. Văn bản Nhà nước dùng cỡ 11.
    HD 36 Phụ lục 3 row 9 (State: 11 pt).

    ## Ví dụ sai (Bad)
        - Các chi bộ trực thuộc,   (cỡ 11)

    ## Ví dụ đúng (Good)
        - Các chi bộ trực thuộc,   (cỡ 12)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `noi_nhan` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
     Văn bản không có định dạng; cỡ chữ không xác định; văn bản không phải của Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 9); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 9)
    """

    code = "VB623"
    name = "party-noi-nhan-list-format"
    summary = "Danh sách nơi nhận văn bản của Đảng cỡ 12, đứng"
    summary_en = "Party distribution list 12 pt upright"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 9); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 9)"
    table = "noi_nhan"
    checks = (("noi_nhan_items", "noi_nhan", "list_", "Nơi nhận", "Distribution line"),)
