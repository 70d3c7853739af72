"""VB203 page-margin-out-of-range."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, num, num_en, range_en, range_vi, rng, within

_SIDES = (
    ("top", "trên", "top"),
    ("bottom", "dưới", "bottom"),
    ("left", "trái", "left"),
    ("right", "phải", "right"),
)


class PageMarginOutOfRange(FamilyRule):
    """Lề trang ngoài khoảng quy định.
    (Page margin outside the prescribed range.)

    ## Kiểm tra gì (What it checks)
    Lề trên, dưới, trái, phải của mỗi section nằm trong khoảng của chế độ văn bản
    (Nghị định 30: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm).
    Each margin of each section lies within the regime's range.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.3: "Lề trên và lề dưới: cách mép từ 20 - 25 mm;
    Lề trái: cách mép từ 30 - 35 mm; Lề phải: cách mép từ 15 - 20 mm." Lề trái hẹp làm mất chữ
    khi đóng hồ sơ.
    A narrow left margin loses text when the file is bound.

    ## Ví dụ sai (Bad)
        Lề trái 25,4 mm (mặc định của Word)

    ## Ví dụ đúng (Good)
        Lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Đọc `page.margin_top_mm`, `margin_bottom_mm`, `margin_left_mm`,
    `margin_right_mm` ([min, max]) và `page.margin_tolerance_mm` từ dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Văn bản quy phạm pháp luật; văn bản không có định dạng; lề không đọc được; trang nằm ngang
    (bảng rộng, phụ lục): Nghị định không quy định lề riêng cho trang nằm ngang (tệp của Chính
    phủ dùng 20/15/30/15 mm cho trang ngang của Phụ lục I).
    Legal normative documents; unformatted text; unreadable margins; landscape pages, for which
    the decree sets no margins.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.3
    """

    code = "VB203"
    name = "page-margin-out-of-range"
    summary = "Lề trang phải nằm trong khoảng quy định"
    summary_en = "Page margins must be within the prescribed ranges"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.3"
    table = "page"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        tol = float(data.get("margin_tolerance_mm", 0.5))
        for sec in ctx.doc.sections:
            w, h = sec.page_width_mm, sec.page_height_mm
            if sec.orientation == "landscape" or (w is not None and h is not None and w > h):
                continue  # NĐ 30 sets no margins for a landscape page (a wide table) [U]
            for side, vi_side, en_side in _SIDES:
                pair = rng(data.get(f"margin_{side}_mm"))
                value = getattr(sec, f"margin_{side}_mm")
                if pair is None or value is None or within(value, pair, tol):
                    continue
                yield self.finding(
                    ctx,
                    vi=f"Lề {vi_side} {num(value)} mm; phải {range_vi(pair, 'mm')}.",
                    en=f"{en_side.capitalize()} margin {num_en(value)} mm; must be "
                    f"{range_en(pair, 'mm')}.",
                    location=Location(section=sec.index, excerpt=f"{vi_side} {num(value)} mm"),
                    severity=self.sev(ctx),
                )
