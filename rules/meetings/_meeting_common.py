"""Shared by the meeting rules (VB801–VB803)."""

from __future__ import annotations

from linter.content.meetings import MEETING_TYPES, Meeting, meeting_of
from linter.rule import Context, Rule

SOURCE = "Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.2"


class MeetingRule(Rule):
    doc_types = MEETING_TYPES


def meeting(ctx: Context) -> Meeting | None:
    return ctx.memo("meeting", lambda: meeting_of(ctx.doc, ctx.anatomy))


def fmt_days(days: float) -> str:
    return {0.5: "½ ngày", 1.0: "1 ngày", 1.5: "1,5 ngày"}.get(days, f"{days:g} ngày")


def fmt_days_en(days: float) -> str:
    return {0.5: "half a day", 1.0: "1 day"}.get(days, f"{days:g} days")
