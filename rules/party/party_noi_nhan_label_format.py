"""VB622 party-noi-nhan-label-format."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._format import PartFormatRule
from rules.party._party import location, noi_nhan_lines


class PartyNoiNhanLabelFormat(PartFormatRule):
    """Chữ “Nơi nhận:” của văn bản Đảng sai cỡ, kiểu chữ hoặc thiếu dấu hai chấm.
    (The “Nơi nhận:” label of a Party document not 14 pt underlined, or without its colon.)

    ## Kiểm tra gì (What it checks)
    “Nơi nhận:” — in thường, cỡ 14, đứng, có gạch chân, không đậm, không nghiêng, có dấu hai
    chấm. Kiểu văn bản Nhà nước (cỡ 12, đậm nghiêng) là lỗi.
    14 pt, upright, underlined, neither bold nor italic, with a colon (not the State bold italic).

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 9: “Nơi nhận: In thường – 14 – Đứng, có gạch chân”; mục
    II.1.9.2: “Sau các từ ‘Nơi nhận’, ‘Kính gửi’ có dấu hai chấm (:)”. Hướng dẫn 05-HD/VPTW giữ
    nguyên.
    HD 36 Phụ lục 3 row 9 and §II.1.9.2 (unchanged in HD 05).

    ## Ví dụ sai (Bad)
        Nơi nhận:   (cỡ 12, đậm, nghiêng)

    ## Ví dụ đúng (Good)
        Nơi nhận:   (cỡ 14, gạch chân)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Bảng `noi_nhan` (`label_size_pt`, `label_underline`, `label_bold`,
    `label_italic`).

    ## Ngoại lệ (When not to apply)
    Văn bản không có phần nơi nhận.
    No distribution list.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.9.2 và Phụ lục 3 (dòng 9); Hướng dẫn 05-HD/VPTW, Phụ lục 2
    """

    code = "VB622"
    name = "party-noi-nhan-label-format"
    summary = "“Nơi nhận:” cỡ 14, đứng, gạch chân, có dấu hai chấm"
    summary_en = "“Nơi nhận:” 14 pt, upright, underlined, with a colon"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 9)"
    table = "noi_nhan"
    needs_formatting = False
    checks = (("noi_nhan_label", "noi_nhan", "label_", "Chữ “Nơi nhận”", "“Nơi nhận” label"),)

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.doc.has_formatting:
            yield from super().check(ctx)
        label, _ = noi_nhan_lines(ctx)
        if label is not None and ":" not in label.nfc:
            yield self.report(
                ctx,
                vi="Sau “Nơi nhận” thiếu dấu hai chấm (:).",
                en="No colon after “Nơi nhận”.",
                location=location(self, label),
            )
