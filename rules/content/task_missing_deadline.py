"""VB703: a task has no deadline, or only a vague one."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.content._task_common import SOURCE, TaskRule, extraction, short, task_location


class TaskMissingDeadline(TaskRule):
    """Nhiệm vụ không có thời hạn, hoặc chỉ có thời hạn chung chung.
    (A task has no deadline, or only a vague one.)

    ## Kiểm tra gì (What it checks)
    Nhiệm vụ phải có thời hạn cụ thể: một ngày (“trước ngày 25/12/2025”), một kỳ (“trong quý
    I/2026”, “trong tháng 01/2026”) hoặc một kỳ lặp lại (“định kỳ hằng quý”, “trước ngày 20 của
    tháng cuối quý”). “Thường xuyên”, “kịp thời”, “khẩn trương”, “đúng thời hạn” không phải thời
    hạn. Ngày của văn bản được trích dẫn (“Công văn số … ngày 16/10/2025”) không được tính.
    A task needs a date, a period or a recurring term; "thường xuyên", "kịp thời", "khẩn trương"
    are not deadlines, and the date of a cited document does not count.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.1 và 2.3: văn bản cấp dưới phải cụ thể hóa “thời gian hoàn thành”,
    “rõ thời gian”. Không có thời hạn thì không đôn đốc, không đánh giá được.
    Without a deadline the work cannot be followed up or assessed.

    ## Ví dụ sai (Bad)
        Giao Văn phòng thường xuyên theo dõi, đôn đốc việc thực hiện.

    ## Ví dụ đúng (Good)
        Giao Văn phòng theo dõi, đôn đốc việc thực hiện, báo cáo định kỳ hằng quý.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không giao việc (quyết định cá biệt, giấy mời, tờ trình, văn bản quy phạm pháp luật).
    Documents that assign no work.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba; mục 2.3
    """

    code = "VB703"
    name = "task-missing-deadline"
    summary = "Nhiệm vụ không có thời hạn cụ thể (rõ thời gian)"
    summary_en = "A task has no concrete deadline"
    severity = Severity.WARNING
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        for task in extraction(ctx).tasks:
            d = task.deadline
            if d.concrete:
                continue
            if d.kind == "vague":
                vi = (
                    f"Nhiệm vụ “{short(task.text)}” chỉ có thời hạn chung chung (“{d.text}”). "
                    "Cần nêu ngày, tháng hoặc kỳ hoàn thành cụ thể."
                )
                en = (
                    f"The task “{short(task.text)}” has only a vague deadline (“{d.text}”); give "
                    "a date or a period."
                )
            else:
                vi = (
                    f"Nhiệm vụ “{short(task.text)}” không có thời hạn hoàn thành. Cần nêu ngày, "
                    "tháng, quý hoặc kỳ báo cáo (rõ thời gian)."
                )
                en = f"The task “{short(task.text)}” has no deadline; give a date or a period."
            yield self.finding(ctx, vi=vi, en=en, location=task_location(ctx, task))
