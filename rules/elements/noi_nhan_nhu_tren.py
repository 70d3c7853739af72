"""VB169 noi-nhan-nhu-tren."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._recipients import kinh_gui_paragraphs, noi_nhan_block
from rules.layout._common import PL1, StateRule

_NHU_TREN = re.compile(r"^\s*[-–]?\s*Như\s+trên\b", re.IGNORECASE)


class NoiNhanNhuTren(StateRule):
    """ "Như trên" thiếu khi có Kính gửi, hoặc có mà không có Kính gửi.
    ("Như trên" missing under a Kính gửi, or present without one.)

    ## Kiểm tra gì (What it checks)
    Văn bản có phần "Kính gửi" (công văn, tờ trình, báo cáo gửi cấp trên): Nơi nhận phải có dòng
    "- Như trên;" để chỉ các nơi đã ghi ở Kính gửi. Văn bản không có "Kính gửi" mà Nơi nhận ghi
    "Như trên" thì "Như trên" không chỉ vào đâu (cảnh báo).
    With a Kính gửi block, Nơi nhận starts with "- Như trên;"; without one, "Như trên"
    points nowhere (warning).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9: với tờ trình, báo cáo gửi cấp trên và công
    văn, phần "Nơi nhận" gồm "từ “Như trên”" và các nơi khác; các văn bản khác chỉ có "Nơi
    nhận" và danh sách.
    ND 30 II.9.

    ## Ví dụ sai (Bad)
        Kính gửi: Sở Tài chính.   …   Nơi nhận: - UBND tỉnh; - Lưu: VT.

    ## Ví dụ đúng (Good)
        Kính gửi: Sở Tài chính.   …   Nơi nhận: - Như trên; - UBND tỉnh; - Lưu: VT.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.nhu_tren_with_kinh_gui`,
    `noi_nhan.nhu_tren_without_kinh_gui_types` (giấy giới thiệu, giấy mời… dùng "Như trên" theo
    mẫu).

    ## Ngoại lệ (When not to apply)
    Loại văn bản có mẫu ghi "Như trên" không kèm Kính gửi (giấy giới thiệu); văn bản quy phạm
    pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9; Phụ lục III, mẫu 1.5, 1.8
    """

    code = "VB169"
    name = "noi-nhan-nhu-tren"
    summary = "“Như trên” trong Nơi nhận khi và chỉ khi có Kính gửi"
    summary_en = "“Như trên” in Nơi nhận exactly when there is a Kính gửi"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.9"
    table = "noi_nhan"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        if not data.get("nhu_tren_with_kinh_gui"):
            return
        label, items, _ = noi_nhan_block(ctx)
        if not items:
            return
        nhu_tren = [s for s in items if _NHU_TREN.match(s.nfc)]
        has_kinh_gui = bool(kinh_gui_paragraphs(ctx))
        anchor = label or items[0]
        if has_kinh_gui and not nhu_tren:
            yield self.finding(
                ctx,
                vi="Văn bản có “Kính gửi” nhưng Nơi nhận không có dòng “- Như trên;”; phải ghi "
                "“- Như trên;” ngay dưới “Nơi nhận:”.",
                en="The document has a Kính gửi block but Nơi nhận has no “- Như trên;” line.",
                location=self.at(anchor.para, anchor.start, anchor.end),
            )
        exempt = set(data.get("nhu_tren_without_kinh_gui_types", []))
        if not has_kinh_gui and nhu_tren and ctx.anatomy.doc_type not in exempt:
            yield self.finding(
                ctx,
                vi="Nơi nhận ghi “Như trên” nhưng văn bản không có phần “Kính gửi”; ghi rõ tên "
                "các nơi nhận.",
                en="Nơi nhận says “Như trên” but the document has no Kính gửi block; name the "
                "recipients.",
                location=self.at(nhu_tren[0].para, nhu_tren[0].start, nhu_tren[0].end),
                severity=Severity.WARNING,
            )
