"""VB613 party-trich-yeu-format-wrong."""

from __future__ import annotations

from linter.finding import Severity
from rules.party._format import PartFormatRule


class PartyTrichYeuFormatWrong(PartFormatRule):
    """Trích yếu nội dung dưới tên loại sai cỡ hoặc kiểu chữ (phải cỡ 14–15, đứng, đậm).
    (Subject line under the type name not 14–15 pt upright bold.)

    ## Kiểm tra gì (What it checks)
    Trích yếu của văn bản có tên loại: in thường, cỡ 14–15, đứng, đậm. Trích yếu công văn do
    VB615 kiểm tra.
    Subject line of a typed document: 14–15 pt upright bold (công văn: VB615).

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 5: trích yếu “In thường – 14-15 – Đứng, đậm”; Hướng
    dẫn 05-HD/VPTW giữ nguyên.
    HD 36 Phụ lục 3 row 5, unchanged in HD 05.

    ## Ví dụ sai (Bad)
        về chấn chỉnh lề lối làm việc   (cỡ 13, không đậm)

    ## Ví dụ đúng (Good)
        về chấn chỉnh lề lối làm việc   (cỡ 14, đậm)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Cỡ và kiểu chữ đọc từ bảng `trich_yeu` của dữ liệu chế độ
    (rules/data/party_2017.toml, party_2026.toml).

    ## Ngoại lệ (When not to apply)
    Công văn. Văn bản không có định dạng; cỡ chữ không xác định; văn bản không phải của
    Đảng.
    Plain-text documents; unresolved sizes; documents that are not Party documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.5.2 và Phụ lục 3 (dòng 5)
    - Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 5)
    """

    code = "VB613"
    name = "party-trich-yeu-format-wrong"
    summary = "Trích yếu văn bản của Đảng (có tên loại) cỡ 14–15, đứng, đậm"
    summary_en = "Party subject line (typed documents) 14–15 pt, upright bold"
    severity = Severity.ERROR
    source = (
        "Hướng dẫn 36-HD/VPTW, mục II.1.5.2 và Phụ lục 3 (dòng 5); "
        "Hướng dẫn 05-HD/VPTW, Phụ lục 2 (dòng 5)"
    )
    table = "trich_yeu"
    checks = (("trich_yeu", "trich_yeu", "", "Trích yếu", "Subject line"),)
