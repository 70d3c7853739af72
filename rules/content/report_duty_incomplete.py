"""VB707: a reporting duty without deadline or recipient."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.content._task_common import (
    SOURCE_REPORT,
    TaskRule,
    extraction,
    short,
    task_location,
)


class ReportDutyIncomplete(TaskRule):
    """Yêu cầu báo cáo thiếu thời hạn hoặc nơi nhận báo cáo.
    (A reporting duty lacks a deadline or a recipient.)

    ## Kiểm tra gì (What it checks)
    Với nhiệm vụ báo cáo (“báo cáo kết quả”, “báo cáo tình hình”, “định kỳ … báo cáo”), kiểm tra có
    thời hạn (ngày hoặc kỳ báo cáo) và nơi nhận (“về Ban Thường vụ …”, “gửi Sở Nội vụ”) không; thông
    điệp nêu cả kênh gửi (“qua Văn phòng …”, “qua hệ thống …”) nếu thiếu.
    A reporting duty needs a deadline and a recipient; the message also names a missing channel.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.3: báo cáo “ngắn gọn, rõ thời gian, rõ người chịu trách nhiệm, định
    lượng được kết quả và giảm được số lượng báo cáo”. Yêu cầu báo cáo không rõ hạn, không rõ gửi
    ai thì nơi tổng hợp không nhận được đủ. Reports with no deadline or recipient never arrive.

    ## Ví dụ sai (Bad)
        Các phòng báo cáo kết quả thực hiện.

    ## Ví dụ đúng (Good)
        Các phòng báo cáo kết quả thực hiện về Văn phòng trước ngày 20 của tháng cuối quý.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    “Kịp thời báo cáo những khó khăn, vướng mắc” là yêu cầu phản ánh khi phát sinh, không phải chế
    độ báo cáo. Reporting difficulties as they arise is not a reporting duty.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.3, gạch đầu dòng thứ ba
    """

    code = "VB707"
    name = "report-duty-incomplete"
    summary = "Yêu cầu báo cáo thiếu thời hạn hoặc nơi nhận"
    summary_en = "A reporting duty lacks a deadline or a recipient"
    severity = Severity.WARNING
    source = SOURCE_REPORT

    def check(self, ctx: Context) -> Iterator[Finding]:
        for task in extraction(ctx).tasks:
            duty = task.report
            if duty is None:
                continue
            has_deadline = task.deadline.concrete
            if has_deadline and duty.recipient:
                continue
            vi_missing, en_missing = [], []
            if not has_deadline:
                vi_missing.append("thời hạn")
                en_missing.append("deadline")
            if not duty.recipient:
                vi_missing.append("nơi nhận")
                en_missing.append("recipient")
            if not duty.channel:
                vi_missing.append("kênh gửi")
                en_missing.append("channel")
            yield self.finding(
                ctx,
                vi=f"Yêu cầu báo cáo “{short(task.text)}” chưa nêu: {', '.join(vi_missing)}.",
                en=f"The reporting duty “{short(task.text)}” does not state: "
                f"{', '.join(en_missing)}.",
                location=task_location(ctx, task),
            )
