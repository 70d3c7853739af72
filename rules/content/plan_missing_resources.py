"""VB705: an implementing plan or công văn names no resource anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.content._task_common import PLAN_DOC_TYPES, SOURCE_21, TaskRule, extraction

_IMPLEMENTS = re.compile(r"triển khai|thực hiện|tổ chức thực hiện", re.IGNORECASE)


class PlanMissingResources(TaskRule):
    """Kế hoạch, công văn triển khai không nêu nguồn lực thực hiện.
    (An implementing plan or công văn names no resources anywhere.)

    ## Kiểm tra gì (What it checks)
    Trong cả phần nội dung của kế hoạch, chương trình, phương án, đề án hoặc công văn triển khai
    (có giao việc), tìm nguồn lực: kinh phí, ngân sách, nguồn lực, nhân lực, trang thiết bị, cơ sở
    vật chất, “từ nguồn chi thường xuyên” … Không có ở đâu thì cảnh báo một lần cho cả văn bản.
    Một nhiệm vụ riêng lẻ không nêu nguồn lực thì không cảnh báo.
    One document-level warning when an implementing plan or công văn that assigns work mentions
    no resource at all; a single task without resources is not flagged.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.1: văn bản cấp dưới phải cụ thể hóa thành nhiệm vụ, giải pháp “có
    nguồn lực, thời gian hoàn thành và phân công trách nhiệm rõ ràng”. Giao việc mà không có nguồn
    lực thì khó thực hiện. Work without resources rarely gets done.

    ## Ví dụ sai (Bad)
        Kế hoạch giao năm nhiệm vụ, không nhắc đến kinh phí hay nhân lực ở đâu.

    ## Ví dụ đúng (Good)
        4. Kinh phí thực hiện: từ nguồn chi thường xuyên năm 2026 của các đơn vị.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Công văn không phải văn bản triển khai (không trích dẫn văn bản cấp trên, trích yếu không có
    “triển khai/thực hiện”) hoặc giao ít hơn hai việc; giấy mời, tờ trình, quyết định cá biệt.
    A công văn that implements nothing or assigns fewer than two tasks; other document types.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba
    """

    code = "VB705"
    name = "plan-missing-resources"
    summary = "Kế hoạch, công văn triển khai không nêu nguồn lực (kinh phí, nhân lực …)"
    summary_en = "An implementing plan or công văn names no resources"
    severity = Severity.WARNING
    source = SOURCE_21
    doc_types = PLAN_DOC_TYPES

    def check(self, ctx: Context) -> Iterator[Finding]:
        ex = extraction(ctx)
        if ex.resources is not None or not ex.tasks:
            return
        a = ctx.anatomy
        if a.doc_type == "cong_van":
            trich_yeu = a.part("trich_yeu")
            implements = bool(a.citations) or bool(trich_yeu and _IMPLEMENTS.search(trich_yeu.text))
            if not implements or len(ex.tasks) < 2:
                return
        yield self.finding(
            ctx,
            vi=f"Văn bản giao {len(ex.tasks)} nhiệm vụ nhưng không nêu nguồn lực thực hiện ở đâu "
            "(kinh phí, ngân sách, nhân lực, trang thiết bị …).",
            en=f"The document assigns {len(ex.tasks)} tasks but names no resources anywhere "
            "(funding, budget, staff, equipment).",
            location=Location(part="noi_dung"),
        )
