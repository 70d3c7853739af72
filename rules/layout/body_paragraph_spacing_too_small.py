"""VB214 body-paragraph-spacing-too-small."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, body_text_paragraphs, cap, num, num_en


class BodyParagraphSpacingTooSmall(FamilyRule):
    """Khoảng cách giữa các đoạn nội dung nhỏ hơn 6 pt.
    (Space between body paragraphs below 6 pt.)

    ## Kiểm tra gì (What it checks)
    Giữa hai đoạn lời văn liền nhau, khoảng cách (cách sau của đoạn trên cộng cách trước của
    đoạn dưới) tối thiểu bằng mức của chế độ (Nghị định 30: 6 pt).
    Space after the previous paragraph plus space before the next is at least the regime's
    minimum (ND 30: 6 pt).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e: "khoảng cách giữa các đoạn văn tối thiểu
    là 6pt".
    ND 30: at least 6 pt between paragraphs.

    ## Ví dụ sai (Bad)
        Spacing Before 0 pt, After 0 pt

    ## Ví dụ đúng (Good)
        Spacing Before 6 pt (hoặc After 6 pt)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.space_between_min_pt` trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Đoạn đầu phần nội dung, tiêu đề, bảng, khoảng cách không đọc được; văn bản quy phạm
    pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e
    """

    code = "VB214"
    name = "body-paragraph-spacing-too-small"
    summary = "Khoảng cách giữa các đoạn tối thiểu 6 pt"
    summary_en = "At least 6 pt between paragraphs"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.6.e"
    table = "body"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        minimum = self.data(ctx).get("space_between_min_pt")
        if minimum is None:
            return
        yield from cap(ctx, self._scan(ctx, float(minimum)))

    def _scan(self, ctx: Context, minimum: float) -> Iterator[Finding]:
        doc = ctx.doc
        paras = body_text_paragraphs(ctx)
        indexes = {p.index for p in paras}
        for para in paras:
            if para.index - 1 not in indexes:
                continue  # only between two running-text paragraphs of the body
            prev = doc.paragraphs[para.index - 1]
            after, before = prev.format.space_after_pt, para.format.space_before_pt
            if after is None and before is None:
                continue
            gap = (after or 0.0) + (before or 0.0)
            if gap >= minimum - 0.05:
                continue
            yield self.finding(
                ctx,
                vi=f"Khoảng cách với đoạn trên {num(gap)} pt; tối thiểu {num(minimum)} pt.",
                en=f"Space above this paragraph {num_en(gap)} pt; at least {num_en(minimum)} pt.",
                location=self.at(para),
                severity=self.sev(ctx),
            )
