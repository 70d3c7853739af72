"""VB706: a task that is only slogans, with nothing checkable."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.content._task_common import SOURCE_21, TaskRule, extraction, short, task_location


class TaskSloganOnly(TaskRule):
    """Nhiệm vụ chỉ là khẩu hiệu, không có gì kiểm tra được.
    (A task is only slogans, with nothing that can be checked.)

    ## Kiểm tra gì (What it checks)
    Nhiệm vụ dùng các cụm như “quán triệt, tuyên truyền sâu rộng”, “thực hiện nghiêm túc, đồng bộ,
    hiệu quả”, “nâng cao nhận thức”, “tăng cường”, “đẩy mạnh”, “phát huy tinh thần trách nhiệm” mà
    không có đơn vị có tên, con số, thời hạn hay sản phẩm nào.
    Slogan phrases with no named body, number, deadline or product.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.1: nội dung văn bản “ngắn gọn, súc tích, dễ hiểu, mục tiêu rõ ràng,
    khả thi”; kiên quyết khắc phục tình trạng “hình thức, chung chung”. Câu khẩu hiệu không giao
    việc gì cụ thể. A slogan assigns nothing.

    ## Ví dụ sai (Bad)
        1. Tổ chức quán triệt, tuyên truyền sâu rộng nội dung Kết luận đến toàn thể cán bộ.

    ## Ví dụ đúng (Good)
        1. Các chi bộ tổ chức quán triệt Kết luận đến 100 % đảng viên trong tháng 02/2026.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Mục có đơn vị cụ thể, con số, thời hạn hoặc sản phẩm; văn bản không giao việc.
    Items with a named body, a number, a deadline or a product; documents that assign no work.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba
    """

    code = "VB706"
    name = "task-slogan-only"
    summary = "Nhiệm vụ chỉ là khẩu hiệu, chung chung, không kiểm tra được"
    summary_en = "A task is only slogans, with nothing checkable"
    severity = Severity.WARNING
    source = SOURCE_21

    def check(self, ctx: Context) -> Iterator[Finding]:
        for task in extraction(ctx).tasks:
            if not task.slogan:
                continue
            yield self.finding(
                ctx,
                vi=f"Nhiệm vụ “{short(task.text)}” chỉ nêu yêu cầu chung chung (khẩu hiệu), "
                "không có đơn vị cụ thể, con số, thời hạn hay sản phẩm để kiểm tra.",
                en=f"The task “{short(task.text)}” is only a slogan: no named body, number, "
                "deadline or product to check.",
                location=task_location(ctx, task),
            )
