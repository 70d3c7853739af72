"""VB201 page-size-not-a4."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, num, num_en


class PageSizeNotA4(FamilyRule):
    """Khổ giấy không phải A4 (210 x 297 mm).
    (Paper size is not A4.)

    ## Kiểm tra gì (What it checks)
    Mỗi section của văn bản phải dùng khổ A4 (210 mm x 297 mm), dọc hay ngang đều được.
    Every section must use A4 paper (210 x 297 mm), in either orientation.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.1: "Văn bản được trình bày trên khổ giấy A4
    (210 mm x 297 mm)". Word cài sẵn khổ Letter ở nhiều máy: in ra sẽ lệch lề.
    ND 30 requires A4; Word often defaults to Letter, which prints with wrong margins.

    ## Ví dụ sai (Bad)
        Khổ giấy Letter 215,9 x 279,4 mm

    ## Ví dụ đúng (Good)
        Khổ giấy A4 210 x 297 mm

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Kích thước đọc từ dữ liệu chế độ: `page.width_mm`, `page.height_mm`,
    `page.size_tolerance_mm`.

    ## Ngoại lệ (When not to apply)
    Văn bản quy phạm pháp luật; văn bản đọc từ tệp văn bản thuần (không có định dạng).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.1
    """

    code = "VB201"
    name = "page-size-not-a4"
    summary = "Khổ giấy phải là A4 (210 x 297 mm)"
    summary_en = "Paper size must be A4 (210 x 297 mm)"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.1"
    table = "page"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        if "width_mm" not in data or "height_mm" not in data:
            return
        w0, h0 = float(data["width_mm"]), float(data["height_mm"])
        tol = float(data.get("size_tolerance_mm", 2.0))
        seen: set[tuple[float, float]] = set()
        for sec in ctx.doc.sections:
            w, h = sec.page_width_mm, sec.page_height_mm
            if w is None or h is None:
                continue
            short, long_ = sorted((w, h))
            if abs(short - w0) <= tol and abs(long_ - h0) <= tol:
                continue
            if (round(short), round(long_)) in seen:
                continue  # one finding per paper size, at its first section
            seen.add((round(short), round(long_)))
            yield self.finding(
                ctx,
                vi=f"Khổ giấy {num(w)} x {num(h)} mm; phải là A4 {num(w0)} x {num(h0)} mm.",
                en=f"Paper size {num_en(w)} x {num_en(h)} mm; must be A4 "
                f"{num_en(w0)} x {num_en(h0)} mm.",
                location=Location(section=sec.index, excerpt=f"{num(w)} x {num(h)} mm"),
                severity=self.sev(ctx),
            )
