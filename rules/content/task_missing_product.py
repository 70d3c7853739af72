"""VB704: a task names no product."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.content._task_common import SOURCE, TaskRule, extraction, short, task_location


class TaskMissingProduct(TaskRule):
    """Nhiệm vụ không nêu sản phẩm, kết quả cụ thể.
    (A task names no product or measurable result.)

    ## Kiểm tra gì (What it checks)
    Nhiệm vụ phải nêu sản phẩm đầu ra (báo cáo, kế hoạch, đề án, dự thảo, quyết định, quy chế,
    danh mục, hệ thống …) hoặc một chỉ tiêu định lượng (“100 % văn bản”, “giảm 15 %”). Tên văn bản
    đã có (“Kế hoạch này”, “Công văn số …”, “theo Quyết định …”) không phải sản phẩm; “kịp thời báo
    cáo những khó khăn, vướng mắc” cũng không phải.
    A task must name a deliverable or a number to reach; an existing document ("Kế hoạch này") or
    reporting difficulties as they arise is not one.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.3: “rõ sản phẩm”; nhiệm vụ phải “lượng hóa bằng sản phẩm, kết quả cụ
    thể”. Không có sản phẩm thì không nghiệm thu được. Without a product nothing can be checked.

    ## Ví dụ sai (Bad)
        Tăng cường tham mưu đổi mới, nâng cao chất lượng tổ chức hội nghị.

    ## Ví dụ đúng (Good)
        Văn phòng xây dựng dự thảo Quy chế tổ chức hội nghị, trình trước ngày 31/3/2026.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không giao việc (quyết định cá biệt, giấy mời, tờ trình, văn bản quy phạm pháp luật).
    Documents that assign no work.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.3, gạch đầu dòng thứ hai
    """

    code = "VB704"
    name = "task-missing-product"
    summary = "Nhiệm vụ không nêu sản phẩm (rõ sản phẩm)"
    summary_en = "A task names no product"
    severity = Severity.WARNING
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        for task in extraction(ctx).tasks:
            if task.product:
                continue
            yield self.finding(
                ctx,
                vi=f"Nhiệm vụ “{short(task.text)}” không nêu sản phẩm hay kết quả cụ thể (báo cáo, "
                "kế hoạch, dự thảo, quyết định, chỉ tiêu …).",
                en=f"The task “{short(task.text)}” names no product or measurable result.",
                location=task_location(ctx, task),
            )
