"""VB604 party-issuer-format-wrong."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class IssuerFormatWrong(PartFormatRule):
    """Tên cơ quan cấp trên hoặc cơ quan ban hành văn bản của Đảng sai cỡ hoặc kiểu chữ.
    (Higher body or issuing body of a Party document in the wrong size or style.)

    ## Kiểm tra gì (What it checks)
    Dòng tên cơ quan cấp trên trực tiếp: in hoa, cỡ 14, đứng, không đậm; dòng tên cơ quan ban
    hành: in hoa, cỡ 14, đứng, đậm.
    Higher body: capitals, 14 pt, upright, not bold; issuing body: capitals, 14 pt, upright bold.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 2 (“Tên cơ quan cấp trên trực tiếp: In hoa – 14 –
    Đứng”; “Tên cơ quan ban hành: In hoa – 14 – Đứng, đậm”); Hướng dẫn 05-HD/VPTW giữ nguyên.
    Khác văn bản Nhà nước (cỡ 12–13).
    HD 36 Phụ lục 3 row 2, unchanged in HD 05 (State documents use 12–13 pt).

    ## Ví dụ sai (Bad)
        ĐẢNG ỦY PHƯỜNG LA GI   (cỡ 13)

    ## Ví dụ đúng (Good)
        ĐẢNG BỘ TỈNH LÂM ĐỒNG (14, thường) / ĐẢNG ỦY PHƯỜNG LA GI (14, đậm)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `co_quan_ban_hanh` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
     Văn bản không có định dạng; cỡ chữ không xác định; văn bản không phải của Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 2); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 2)
    """

    code = "VB604"
    name = "party-issuer-format-wrong"
    summary = "Tên cơ quan cấp trên cỡ 14 in hoa không đậm; cơ quan ban hành cỡ 14 in hoa đậm"
    summary_en = "Higher body 14 pt capitals not bold; issuing body 14 pt capitals bold"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 2); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 2)"
    table = "co_quan_ban_hanh"
    checks = (
        ("co_quan_chu_quan", "co_quan_cap_tren", "", "Tên cơ quan cấp trên", "Higher body"),
        ("co_quan_ban_hanh", "co_quan_ban_hanh", "", "Tên cơ quan ban hành", "Issuing body"),
    )
