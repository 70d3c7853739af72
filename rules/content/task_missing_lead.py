"""VB701: a task names nobody to do it."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.content._task_common import SOURCE, TaskRule, extraction, short, task_location


class TaskMissingLead(TaskRule):
    """Nhiệm vụ không có đầu mối chủ trì.
    (A task names no lead.)

    ## Kiểm tra gì (What it checks)
    Với mỗi nhiệm vụ tìm thấy trong phần nội dung (mục đánh số, câu “Giao …”, “Đề nghị …”, mục
    dưới tiêu đề tên đơn vị), kiểm tra có nêu cơ quan, đơn vị hoặc cá nhân thực hiện không — trong
    chính câu, ở tiêu đề mục, hoặc ở câu dẫn “… yêu cầu các đơn vị … thực hiện các nhiệm vụ sau:”.
    Each extracted task must name who does it: in the sentence, in the heading of its section, or
    in the introduction that addresses the items.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.3: “Thực hiện phân công nhiệm vụ theo nguyên tắc một việc chỉ phân
    công một đầu mối … rõ người, rõ việc”. Việc không ai nhận thì không ai làm, không ai chịu trách
    nhiệm. Work nobody is assigned to is work nobody does.

    ## Ví dụ sai (Bad)
        2. Tăng cường công tác tuyên truyền về cải cách hành chính.

    ## Ví dụ đúng (Good)
        2. Sở Nội vụ chủ trì tuyên truyền về cải cách hành chính, hoàn thành trước ngày 30/6/2026.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không giao việc (quyết định cá biệt, giấy mời, tờ trình, văn bản quy phạm pháp luật).
    Documents that assign no work (individual decisions, invitations, submissions, legal norms).

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.3, gạch đầu dòng thứ hai
    """

    code = "VB701"
    name = "task-missing-lead"
    summary = "Nhiệm vụ không nêu đầu mối chủ trì (rõ người)"
    summary_en = "A task names no lead (who does it)"
    severity = Severity.WARNING
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        for task in extraction(ctx).tasks:
            if task.leads:
                continue
            yield self.finding(
                ctx,
                vi=f"Nhiệm vụ “{short(task.text)}” không nêu cơ quan, đơn vị hay cá nhân chủ trì "
                "thực hiện. Cần giao rõ một đầu mối (rõ người).",
                en=f"The task “{short(task.text)}” names no body or person to lead it; assign "
                "one lead.",
                location=task_location(ctx, task),
            )
