"""VB803: the meeting's format is not stated, or it is held only in person."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.meetings._meeting_common import SOURCE, MeetingRule, meeting


class MeetingNotOnline(MeetingRule):
    """Cuộc họp không nêu hình thức, hoặc chỉ tổ chức trực tiếp.
    (The meeting's format is not stated, or it is held in person only.)

    ## Kiểm tra gì (What it checks)
    Báo hình thức tổ chức: trực tiếp, trực tuyến hay kết hợp. Nếu văn bản không nêu, hoặc chỉ tổ
    chức trực tiếp, thì nhắc (mức thông tin) để người soạn cân nhắc họp trực tuyến.
    Reports the format; a hint when it is not stated or the meeting is in person only.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.2: phấn đấu tổ chức hội nghị trực tuyến chiếm ít nhất 60 % tổng số
    hội nghị trong năm; họp trực tiếp không quá 40 %. Online meetings should be at least 60 %.

    ## Ví dụ sai (Bad)
        Giấy mời không có dòng “Hình thức”.

    ## Ví dụ đúng (Good)
        Hình thức: Trực tiếp kết hợp trực tuyến đến điểm cầu các xã, phường.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không phải về hội nghị, cuộc họp. Documents not about a meeting.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.2
    """

    code = "VB803"
    name = "meeting-not-online"
    summary = "Cuộc họp không nêu hình thức hoặc chỉ họp trực tiếp (mục tiêu ≥ 60 % trực tuyến)"
    summary_en = "The meeting's format is not stated, or it is in person only"
    severity = Severity.INFO
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        m = meeting(ctx)
        if m is None or m.format in ("trực tuyến", "kết hợp"):
            return
        if m.format is None:
            yield self.finding(
                ctx,
                vi="Văn bản không nêu hình thức tổ chức cuộc họp (trực tiếp, trực tuyến hay kết "
                "hợp); Kết luận 226 đặt mục tiêu ít nhất 60 % hội nghị trực tuyến.",
                en="The document does not state the meeting's format (in person, online or "
                "both); KL 226 aims at 60 % online meetings.",
                location=Location(part="noi_dung"),
            )
            return
        assert m.format_paragraph is not None
        yield self.finding(
            ctx,
            vi="Cuộc họp tổ chức trực tiếp; cân nhắc họp trực tuyến (Kết luận 226 đặt mục tiêu ít "
            "nhất 60 % hội nghị trực tuyến).",
            en="The meeting is held in person; consider an online meeting (KL 226 aims at 60 % "
            "online meetings).",
            location=self.at(ctx.doc.paragraphs[m.format_paragraph]),
        )
