"""VB174 draft-marker-in-issued."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import StateRule, norm

_DRAFT = re.compile(r"^(DỰ THẢO|Dự thảo)(\s+(lần\s+\d+|\d+|LẦN\s+\d+))?\s*:?$")


class DraftMarkerInIssued(StateRule):
    """Còn chữ "DỰ THẢO" trong văn bản phát hành.
    ("DỰ THẢO" left in an issued document.)

    ## Kiểm tra gì (What it checks)
    Khi kiểm tra ở giai đoạn phát hành (`--stage issued`), văn bản không còn dòng hoặc khung
    "DỰ THẢO", "Dự thảo lần 2". Ở giai đoạn dự thảo quy tắc im lặng.
    At stage "issued", no "DỰ THẢO" line or box is left; silent for drafts.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP không quy định thành phần "dự thảo"; đây là quy ước của cơ quan để
    đánh dấu bản chưa ký. Để sót trên bản phát hành làm người nhận hiểu nhầm hiệu lực của văn
    bản. Vì Nghị định không quy định, đây chỉ là cảnh báo.
    ND 30 does not define the marker; leaving it on an issued document misleads recipients.

    ## Ví dụ sai (Bad)
        Khung "DỰ THẢO" ở góc trên văn bản đã ký, phát hành

    ## Ví dụ đúng (Good)
        Bỏ khung "DỰ THẢO" trước khi trình ký

    ## Tự sửa (Fix)
    Không: khung dự thảo thường là khung văn bản (text box). (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Giai đoạn dự thảo (mặc định); văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 8 (không có thành phần "dự thảo"); quy ước của cơ quan
    """

    code = "VB174"
    name = "draft-marker-in-issued"
    summary = "Văn bản phát hành không còn chữ “DỰ THẢO”"
    summary_en = "No “DỰ THẢO” marker in an issued document"
    severity = Severity.WARNING
    source = "Nghị định 30/2020/NĐ-CP, Điều 8 (quy ước “Dự thảo” của cơ quan)"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.issued:
            return
        paras: list[Paragraph] = [*ctx.doc.paragraphs[:40], *ctx.doc.textboxes]
        for para in paras:
            if _DRAFT.match(norm(para.stripped)):
                yield self.finding(
                    ctx,
                    vi=f"Văn bản phát hành còn chữ “{para.stripped}”; bỏ dấu dự thảo trước khi "
                    "phát hành.",
                    en=f"The issued document still shows “{para.stripped}”; remove the draft "
                    "marker.",
                    location=self.at(para),
                )
                return
        if ctx.anatomy.is_draft_marked:
            yield self.finding(
                ctx,
                vi="Văn bản phát hành còn dấu “DỰ THẢO”; bỏ dấu dự thảo trước khi phát hành.",
                en="The issued document still carries a “DỰ THẢO” marker.",
                location=Location(excerpt="DỰ THẢO"),
            )
