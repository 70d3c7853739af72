"""VB801: a meeting lasts longer than KL 226 allows for its kind."""

from __future__ import annotations

from collections.abc import Iterator

from linter.content.meetings import KIND_VI
from linter.finding import Finding, Severity
from linter.rule import Context
from rules.meetings._meeting_common import SOURCE, MeetingRule, fmt_days, fmt_days_en, meeting

_HOURS_PER_DAY = 9.0  # a working day, with a margin (7:30–17:00 less lunch ≈ 8 h)


class MeetingTooLong(MeetingRule):
    """Thời gian hội nghị, cuộc họp vượt mức Kết luận 226 cho phép.
    (The meeting lasts longer than KL 226 allows for its kind.)

    ## Kiểm tra gì (What it checks)
    Xác định loại hội nghị theo trích yếu và nội dung: quán triệt, phổ biến nghị quyết, chỉ thị
    (tối đa ½ ngày); chuyên môn, nghiệp vụ (tối đa 1 ngày); hội nghị quan trọng khác (tối đa 1,5
    ngày). So với thời gian ghi trong giấy mời, kế hoạch, chương trình (“02 ngày”, “từ ngày 12 đến
    ngày 13/01/2026”, “từ 7h30 đến 17h00”).
    Compares the stated duration with the limit for the meeting's kind: ½ day to disseminate a
    resolution, 1 day for professional meetings, 1.5 days for important ones.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.2: hội nghị quán triệt, phổ biến không quá ½ ngày; hội nghị chuyên
    môn, nghiệp vụ không quá 1 ngày; hội nghị quan trọng không quá 1,5 ngày.
    Long meetings take leaders and staff away from their work.

    ## Ví dụ sai (Bad)
        Hội nghị quán triệt Nghị quyết … Thời gian: 01 ngày, từ 7h30 ngày 15/01/2026.

    ## Ví dụ đúng (Good)
        Hội nghị quán triệt Nghị quyết … Thời gian: buổi sáng, từ 7h30 đến 11h30 ngày 15/01/2026.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không nêu thời lượng (chỉ nêu giờ bắt đầu); văn bản không phải về hội nghị, cuộc họp.
    Documents that state only a start time; documents not about a meeting.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.2
    """

    code = "VB801"
    name = "meeting-too-long"
    summary = "Thời gian hội nghị, cuộc họp vượt mức cho phép theo loại hội nghị"
    summary_en = "The meeting lasts longer than allowed for its kind"
    severity = Severity.WARNING
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        m = meeting(ctx)
        if m is None or m.duration_paragraph is None:
            return
        limit = m.limit_days
        if m.days is not None:
            over = m.days > limit
            stated, stated_en = fmt_days(m.days), fmt_days_en(m.days)
        elif m.hours is not None:
            limit_hours = 4.5 if limit < 1 else limit * _HOURS_PER_DAY
            over = m.hours > limit_hours
            stated, stated_en = f"{m.hours:g} giờ", f"{m.hours:g} hours"
        else:
            return
        if not over:
            return
        para = ctx.doc.paragraphs[m.duration_paragraph]
        yield self.finding(
            ctx,
            vi=f"Thời gian họp {stated} (“{m.duration_text}”) vượt mức tối đa {fmt_days(limit)} "
            f"đối với {KIND_VI[m.kind]}.",
            en=f"The meeting lasts {stated_en} (“{m.duration_text}”), over the {limit:g}-day limit "
            f"for its kind.",
            location=self.at(para),
        )
