"""VB621 party-signature-format-wrong."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class PartySignatureFormatWrong(PartFormatRule):
    """Khối chữ ký văn bản của Đảng sai cỡ hoặc kiểu chữ.
    (Signature block of a Party document in the wrong size or style.)

    ## Kiểm tra gì (What it checks)
    Quyền hạn ký (T/M BAN THƯỜNG VỤ): in hoa, 14, đứng, đậm; chức vụ (PHÓ BÍ THƯ): in hoa, 14,
    đứng, không đậm (chức vụ in đậm chỉ là cảnh báo); họ tên: 14, đứng, đậm.
    Authority: capitals 14 pt bold; title: capitals 14 pt not bold (bold title: warning);
    name: 14 pt bold.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 7 (“T/M BAN THƯỜNG VỤ”: In hoa – 14 – Đứng, đậm;
    “PHÓ BÍ THƯ”: In hoa – 14 – Đứng; “Nguyễn Bắc Nam”: In thường – 14 – Đứng, đậm); Hướng dẫn
    05-HD/VPTW giữ nguyên. Văn bản Nhà nước in đậm cả chức vụ.
    HD 36 Phụ lục 3 row 7, unchanged in HD 05 (State documents bold the title).

    ## Ví dụ sai (Bad)
        T/M BAN THƯỜNG VỤ (cỡ 13) / BÍ THƯ (đậm)

    ## Ví dụ đúng (Good)
        T/M BAN THƯỜNG VỤ (14, đậm) / BÍ THƯ (14, không đậm) / Nguyễn Văn Hùng (14, đậm)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `signature` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
     Văn bản không có định dạng; cỡ chữ không xác định; văn bản không phải của Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 7); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 7)
    """

    code = "VB621"
    name = "party-signature-format-wrong"
    summary = "Quyền hạn ký 14 in hoa đậm; chức vụ 14 in hoa không đậm; họ tên 14 đậm"
    summary_en = (
        "Signing authority 14 pt bold capitals; title 14 pt capitals not bold; name 14 pt bold"
    )
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 7); Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 7)"
    table = "signature"
    checks = (
        ("quyen_han_ky", "signature", "quyen_han_", "Quyền hạn ký", "Signing authority"),
        ("chuc_vu_ky", "signature", "chuc_vu_", "Chức vụ người ký", "Signer's title"),
        ("ho_ten_ky", "signature", "ho_ten_", "Họ tên người ký", "Signer's name"),
    )
