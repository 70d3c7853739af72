"""VB802: a speech slot is longer than KL 226 allows."""

from __future__ import annotations

from collections.abc import Iterator

from linter.content.meetings import SPEECH_LIMITS, SPEECH_VI
from linter.finding import Finding, Severity
from linter.rule import Context
from rules.meetings._meeting_common import SOURCE, MeetingRule, meeting

_SPEECH_EN = {
    "khai_mac": "opening speech",
    "tham_luan": "presentation",
    "ket_luan": "closing remarks",
}


class MeetingSpeechTooLong(MeetingRule):
    """Thời lượng phát biểu khai mạc, tham luận, kết luận vượt mức cho phép.
    (An opening speech, contribution or conclusion is longer than allowed.)

    ## Kiểm tra gì (What it checks)
    Trong chương trình hội nghị, đọc thời lượng các mục phát biểu (“(10 phút)”, “8h30 - 8h45”):
    khai mạc không quá 10 phút, mỗi tham luận không quá 10 phút, kết luận (cộng tất cả) không quá
    50 phút.
    Opening ≤ 10 min, each contribution ≤ 10 min, conclusions ≤ 50 min in total.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.2: phát biểu khai mạc không quá 10 phút, kết luận của lãnh đạo tổng
    cộng không quá 50 phút, tham luận không quá 10 phút. Long speeches leave no time for discussion.

    ## Ví dụ sai (Bad)
        8h00 - 8h20: Phát biểu khai mạc

    ## Ví dụ đúng (Good)
        8h00 - 8h10: Phát biểu khai mạc

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Mục phát biểu không ghi thời lượng. Speech slots without a stated length.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.2
    """

    code = "VB802"
    name = "meeting-speech-too-long"
    summary = "Phát biểu khai mạc, tham luận, kết luận dài hơn mức cho phép"
    summary_en = "A speech slot is longer than allowed"
    severity = Severity.WARNING
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        m = meeting(ctx)
        if m is None:
            return
        conclusions = [s for s in m.speeches if s.kind == "ket_luan"]
        for s in m.speeches:
            if s.kind == "ket_luan":
                continue
            limit = SPEECH_LIMITS[s.kind]
            if s.minutes > limit:
                yield self._flag(
                    ctx, s.paragraph, (SPEECH_VI[s.kind], _SPEECH_EN[s.kind]), s.minutes, limit
                )
        total = sum(s.minutes for s in conclusions)
        if conclusions and total > SPEECH_LIMITS["ket_luan"]:
            what = (SPEECH_VI["ket_luan"], _SPEECH_EN["ket_luan"])
            yield self._flag(ctx, conclusions[-1].paragraph, what, total, 50, total=True)

    def _flag(
        self,
        ctx: Context,
        paragraph: int,
        what: tuple[str, str],
        minutes: int,
        limit: int,
        total: bool = False,
    ) -> Finding:
        what_vi, what_en = what
        tong = " tổng cộng" if total else ""
        return self.finding(
            ctx,
            vi=f"Thời lượng {what_vi}{tong} {minutes} phút, vượt mức tối đa {limit} phút.",
            en=f"The {what_en} slot{' in total' if total else ''} takes {minutes} minutes, "
            f"over the {limit}-minute limit.",
            location=self.at(ctx.doc.paragraphs[paragraph]),
        )
