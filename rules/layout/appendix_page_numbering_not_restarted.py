"""VB209 appendix-page-numbering-not-restarted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, signature_zone
from rules.layout._pages import has_field

APPENDIX_LABEL = re.compile(r"^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?[IVXLC\d]+)?\s*:?$")


def appendix_labels(ctx: Context) -> list[int]:
    """Main-story indexes of "Phụ lục …" label lines after the signature block."""
    zone = signature_zone(ctx)
    if not zone:
        return []
    start = zone[0].index
    return [
        p.index
        for p in ctx.doc.paragraphs[start:]
        if p.cell is None and APPENDIX_LABEL.match(p.stripped)
    ]


class AppendixPageNumberingNotRestarted(FamilyRule):
    """Phụ lục không đánh số trang riêng.
    (An appendix does not restart page numbering.)

    ## Kiểm tra gì (What it checks)
    Khi phụ lục nằm cùng tệp, sau phần ký, và văn bản có đánh số trang: mỗi phụ lục phải bắt
    đầu một section mới đánh lại số trang từ 1.
    An appendix in the same file must start a new section whose numbering restarts at 1.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.1.đ: "Số trang của Phụ lục được đánh số riêng
    theo từng Phụ lục."
    ND 30: each appendix is paginated on its own.

    ## Ví dụ sai (Bad)
        Phụ lục I tiếp nối số trang của văn bản (trang 4, 5, 6)

    ## Ví dụ đúng (Good)
        Phụ lục I là section mới, "Start at: 1"

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `page_number.appendix_restart` trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Văn bản không đánh số trang; phụ lục ở tệp riêng; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.1.đ
    """

    code = "VB209"
    name = "appendix-page-numbering-not-restarted"
    summary = "Phụ lục phải đánh số trang riêng"
    summary_en = "Appendices restart page numbering"
    severity = Severity.ERROR
    source = f"{PL1}, mục III.1.đ"
    table = "page_number"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        if not self.data(ctx).get("appendix_restart") or not has_field(doc, "headers"):
            return
        for index in appendix_labels(ctx):
            sec = next(
                (s for s in doc.sections if s.first_paragraph <= index <= s.last_paragraph), None
            )
            if sec is None:
                continue
            starts_section = index - sec.first_paragraph <= 3 and sec.index > 0
            if starts_section and sec.page_number_start == 1:
                continue
            para = doc.paragraphs[index]
            yield self.finding(
                ctx,
                vi=f"“{para.stripped}” tiếp nối số trang của văn bản; phụ lục phải đánh số "
                "trang riêng (section mới, bắt đầu từ 1).",
                en=f"“{para.stripped}” continues the document's page numbers; an appendix is "
                "numbered on its own (a new section starting at 1).",
                location=self.at(para),
                severity=self.sev(ctx),
            )
