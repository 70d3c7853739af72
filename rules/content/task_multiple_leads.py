"""VB702: two or more bodies lead the same task."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.content._task_common import SOURCE, TaskRule, extraction, short, task_location


class TaskMultipleLeads(TaskRule):
    """Một nhiệm vụ giao cho hai đầu mối chủ trì trở lên.
    (One task has two or more leads.)

    ## Kiểm tra gì (What it checks)
    Nhiệm vụ có từ “chủ trì” mà nêu hai cơ quan, đơn vị (hoặc cá nhân) có tên trở lên làm chủ trì:
    “Văn phòng Đảng ủy và Ban Tổ chức Đảng ủy chủ trì …”, “Giao Sở A, Sở B chủ trì …”.
    A task led ("chủ trì") by two or more named bodies or persons.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.3: “một việc chỉ phân công một đầu mối (cá nhân hoặc cơ quan, đơn
    vị) chủ trì giải quyết”. Hai đầu mối cùng chủ trì thì khi chậm trễ không rõ ai chịu trách
    nhiệm. With two leads nobody answers for a delay.

    ## Ví dụ sai (Bad)
        Văn phòng Đảng ủy và Ban Tổ chức Đảng ủy chủ trì rà soát Quy chế làm việc.

    ## Ví dụ đúng (Good)
        Văn phòng Đảng ủy chủ trì, phối hợp với Ban Tổ chức Đảng ủy rà soát Quy chế làm việc.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Việc giao cho một nhóm đơn vị, mỗi đơn vị tự làm phần của mình (“các chi bộ báo cáo …”, “Đề
    nghị Sở A, Sở B góp ý dự thảo”), không phải nhiều đầu mối của cùng một việc.
    A duty addressed to several units each doing it for itself is not a shared lead.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.3, gạch đầu dòng thứ hai
    """

    code = "VB702"
    name = "task-multiple-leads"
    summary = "Một việc giao hai đầu mối chủ trì trở lên"
    summary_en = "One task has two or more leads"
    severity = Severity.WARNING
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        for task in extraction(ctx).tasks:
            if task.lead_role != "chu_tri":
                continue
            named = task.named_leads
            if len(named) < 2:
                continue
            names = ", ".join(f"“{n}”" for n in named)
            yield self.finding(
                ctx,
                vi=f"Nhiệm vụ “{short(task.text, 50)}” giao {len(named)} đầu mối chủ trì "
                f"({names}). Một việc chỉ giao một đầu mối chủ trì; các đơn vị khác phối hợp.",
                en=f"The task “{short(task.text, 50)}” has {len(named)} leads ({names}); give one "
                "lead and make the others co-workers.",
                location=task_location(ctx, task),
            )
