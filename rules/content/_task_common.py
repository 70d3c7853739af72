"""Shared by the task rules (VB701–VB709): which documents assign tasks, and where a task is."""

from __future__ import annotations

from linter.content.tasks import Extraction, Task, extraction_for
from linter.finding import Location
from linter.rule import Context, Rule

SOURCE = "Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.3, gạch đầu dòng thứ hai"
SOURCE_21 = "Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba"
SOURCE_REPORT = "Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.3, gạch đầu dòng thứ ba"

# Documents that assign work (a Quyết định cá biệt, a Giấy mời or a Tờ trình do not).
TASK_DOC_TYPES = frozenset(
    {
        "ke_hoach",
        "chuong_trinh",
        "cong_van",
        "chi_thi",
        "thong_bao",
        "ket_luan",
        "thong_tri",
        "huong_dan",
        "phuong_an",
        "de_an",
        "cong_dien",
        "nghi_quyet",
    }
)
# Implementing plans and công văn: resources are expected somewhere in them.
PLAN_DOC_TYPES = frozenset(
    {"ke_hoach", "chuong_trinh", "phuong_an", "de_an", "cong_van", "chi_thi"}
)


class TaskRule(Rule):
    """Base of the task rules: applies to documents that assign work, not to legal norms."""

    doc_types = TASK_DOC_TYPES

    def applies(self, ctx: Context) -> bool:
        return super().applies(ctx) and not ctx.anatomy.is_normative


def extraction(ctx: Context) -> Extraction:
    return extraction_for(ctx)


def task_location(ctx: Context, task: Task) -> Location:
    """The task's text in its first paragraph (offsets into ``Paragraph.text``)."""
    para = ctx.doc.paragraphs[task.paragraph]
    n = len(para.nfc)
    start = min(task.start, n)
    end = min(task.end, n)
    if start >= end:
        return Rule.at(para)
    return Rule.at(para, para.to_original_offset(start), para.to_original_offset(end))


def short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
