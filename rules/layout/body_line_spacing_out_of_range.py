"""VB215 body-line-spacing-out-of-range."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.layout._common import (
    PL1,
    FamilyRule,
    body_text_paragraphs,
    cap,
    num,
    num_en,
    range_en,
    range_vi,
    rng,
    within,
)


class BodyLineSpacingOutOfRange(FamilyRule):
    """Giãn dòng phần nội dung ngoài khoảng từ dòng đơn đến 1,5 dòng.
    (Body line spacing outside single to 1.5 lines.)

    ## Kiểm tra gì (What it checks)
    Giãn dòng của đoạn lời văn nằm trong khoảng của chế độ (Nghị định 30: từ dòng đơn đến
    1,5 dòng). Giãn dòng "Exactly" dưới 15 pt (nhỏ hơn dòng đơn của cỡ 13–14) là cảnh báo.
    Line spacing within the regime's range (ND 30: single to 1.5 lines); "exactly" below 15 pt
    is a warning.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e: "khoảng cách giữa các dòng tối thiểu là
    dòng đơn, tối đa là 1,5 lines". Nghị định không nói về kiểu "Exactly"; Nghị định 34/2016
    cho phép "từ 15pt trở lên".
    ND 30 does not mention "exactly" spacing; ND 34/2016 allowed 15 pt and more.

    ## Ví dụ sai (Bad)
        Line spacing: Double (2 dòng); hoặc Exactly 12 pt

    ## Ví dụ đúng (Good)
        Line spacing: Single, 1.15 hoặc 1.5 lines; hoặc Exactly 17 pt

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.line_spacing_lines` ([min, max] dòng) và `body.exact_min_pt`.

    ## Ngoại lệ (When not to apply)
    Tiêu đề, bảng; giãn dòng "At least" (không làm dòng sát hơn dòng đơn); văn bản quy phạm
    pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e
    """

    code = "VB215"
    name = "body-line-spacing-out-of-range"
    summary = "Giãn dòng nội dung từ dòng đơn đến 1,5 dòng"
    summary_en = "Body line spacing from single to 1.5 lines"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.6.e"
    table = "body"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        pair = rng(data.get("line_spacing_lines"))
        if pair is None:
            return
        exact_min = data.get("exact_min_pt")
        yield from cap(ctx, self._scan(ctx, pair, exact_min))

    def _scan(
        self, ctx: Context, pair: tuple[float, float], exact_min: float | None
    ) -> Iterator[Finding]:
        for para in body_text_paragraphs(ctx):
            fmt = para.format
            value = fmt.line_spacing
            if value is None:
                continue
            if fmt.line_rule in (None, "auto"):
                if within(value, pair, 0.02):
                    continue
                yield self.finding(
                    ctx,
                    vi=f"Giãn dòng {num(value)} dòng; phải {range_vi(pair, 'dòng')}.",
                    en=f"Line spacing {num_en(value)} lines; must be {range_en(pair, 'lines')}.",
                    location=self.at(para),
                    severity=self.sev(ctx),
                )
            elif fmt.line_rule == "exact" and exact_min is not None and value < exact_min - 0.05:
                yield self.finding(
                    ctx,
                    vi=f"Giãn dòng cố định (Exactly) {num(value)} pt, hẹp hơn dòng đơn; "
                    f"phải từ dòng đơn trở lên (Exactly tối thiểu {num(exact_min)} pt).",
                    en=f"Exact line spacing {num_en(value)} pt, tighter than single; use at least "
                    f"single spacing (exactly {num_en(exact_min)} pt or more).",
                    location=self.at(para),
                    severity=Severity.WARNING,
                )
