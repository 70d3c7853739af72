"""VB155 kinh-gui-colon-missing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._recipients import kinh_gui_paragraphs
from rules.layout._common import PL1, StateRule

_KG = re.compile(r"^\s*(Kính\s+gửi)(\s*)(:?)", re.IGNORECASE)


class KinhGuiColonMissing(StateRule):
    """Thiếu dấu hai chấm sau "Kính gửi".
    (No colon after "Kính gửi".)

    ## Kiểm tra gì (What it checks)
    Sau cụm từ "Kính gửi" phải có dấu hai chấm.
    "Kính gửi" is followed by a colon.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.a: "sau từ “Kính gửi” có dấu hai chấm (:)".
    ND 30 requires the colon.

    ## Ví dụ sai (Bad)
        Kính gửi Bộ Nội vụ

    ## Ví dụ đúng (Good)
        Kính gửi: Bộ Nội vụ

    ## Tự sửa (Fix)
    Có, an toàn: thêm dấu hai chấm. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) `kinh_gui.colon` bật quy tắc.

    ## Ngoại lệ (When not to apply)
    Văn bản không có phần Kính gửi; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.a
    """

    code = "VB155"
    name = "kinh-gui-colon-missing"
    summary = "Sau “Kính gửi” phải có dấu hai chấm"
    summary_en = "A colon after “Kính gửi”"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.9.a"
    table = "kinh_gui"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("colon"):
            return
        paras = kinh_gui_paragraphs(ctx)
        if not paras:
            return
        para = paras[0]
        m = _KG.match(para.text)
        if m is None or m.group(3):
            return
        start, end = m.span(1)
        yield self.finding(
            ctx,
            vi="Sau “Kính gửi” thiếu dấu hai chấm; phải viết “Kính gửi:”.",
            en="No colon after “Kính gửi”; write “Kính gửi:”.",
            location=self.at(para, start, end),
            fix=Fix(
                title=ctx.t("Thêm dấu hai chấm", "Add a colon"),
                replacement=m.group(1) + ":",
                safe=True,
            ),
        )
