"""VB210 body-size-out-of-range."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.layout._common import (
    PL1,
    FamilyRule,
    cap,
    content_paragraphs,
    letter_runs,
    num,
    num_en,
    range_en,
    range_vi,
    rng,
    within,
)


class BodySizeOutOfRange(FamilyRule):
    """Cỡ chữ phần nội dung ngoài khoảng quy định.
    (Body text size outside the prescribed range.)

    ## Kiểm tra gì (What it checks)
    Chữ của phần nội dung (lời văn, tiêu đề phần, chương, mục, điều, khoản, điểm) có cỡ trong
    khoảng của chế độ (Nghị định 30: 13–14). Bảng số liệu trong nội dung không xét.
    Body text, headings and items included, uses the regime's size (ND 30: 13–14 pt).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e: nội dung "cỡ chữ từ 13 đến 14"; bảng V
    dòng 6: phần, chương, mục, điều, khoản, điểm cỡ 13–14.
    ND 30 sets the body size to 13–14 pt.

    ## Ví dụ sai (Bad)
        Đoạn nội dung cỡ 12

    ## Ví dụ đúng (Good)
        Đoạn nội dung cỡ 14

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.size_pt` ([min, max]) trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Bảng trong nội dung; cỡ chữ không xác định; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e và mục V (bảng, dòng 6)
    """

    code = "VB210"
    name = "body-size-out-of-range"
    summary = "Cỡ chữ nội dung phải trong khoảng quy định (13–14)"
    summary_en = "Body text size within the prescribed range (13–14 pt)"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.6.e"
    table = "body"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        pair = rng(self.data(ctx).get("size_pt"))
        if pair is None:
            return
        yield from cap(ctx, self._scan(ctx, pair))

    def _scan(self, ctx: Context, pair: tuple[float, float]) -> Iterator[Finding]:
        for para in content_paragraphs(ctx):
            bad = [
                r
                for r in letter_runs(para)
                if r.format.size_pt is not None and not within(r.format.size_pt, pair)
            ]
            if not bad:
                continue
            found = sorted({r.format.size_pt for r in bad if r.format.size_pt is not None})
            vi_sizes = ", ".join(num(s) for s in found)
            en_sizes = ", ".join(num_en(s) for s in found)
            yield self.finding(
                ctx,
                vi=f"Cỡ chữ nội dung {vi_sizes} pt; phải {range_vi(pair)}.",
                en=f"Body text size {en_sizes} pt; must be {range_en(pair)}.",
                location=self.at(para, bad[0].start, bad[-1].end),
                severity=self.sev(ctx),
            )
