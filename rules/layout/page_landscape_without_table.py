"""VB202 page-landscape-without-table."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule


class PageLandscapeWithoutTable(FamilyRule):
    """Trang ngang khi không có bảng, biểu.
    (Landscape pages without a table.)

    ## Kiểm tra gì (What it checks)
    Văn bản trình bày theo chiều dài khổ A4 (trang dọc). Chỉ section có bảng, biểu mới được
    trình bày theo chiều ngang. Báo lỗi khi một section ngang không chứa bảng nào.
    Pages are portrait; a landscape section is allowed only when it holds a table or chart.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.2: "Văn bản được trình bày theo chiều dài của
    khổ A4. Trường hợp nội dung văn bản có các bảng, biểu nhưng không được làm thành các phụ lục
    riêng thì văn bản có thể được trình bày theo chiều rộng."
    ND 30 allows landscape only for tables that are not separate appendices.

    ## Ví dụ sai (Bad)
        Toàn bộ văn bản (chỉ có lời văn) đặt trang ngang.

    ## Ví dụ đúng (Good)
        Trang dọc; riêng section chứa bảng số liệu đặt trang ngang.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Đọc `page.landscape_needs_table` từ dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Section có bảng số liệu (bảng có viền, hoặc bảng trong phần nội dung), hình hoặc biểu đồ;
    bảng không viền của phần đầu và phần ký không tính. Văn bản quy phạm pháp luật; văn bản
    không có định dạng.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.2
    """

    code = "VB202"
    name = "page-landscape-without-table"
    summary = "Trang ngang chỉ dùng cho phần có bảng, biểu"
    summary_en = "Landscape pages only for tables"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.2"
    table = "page"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("landscape_needs_table"):
            return
        doc = ctx.doc
        for sec in doc.sections:
            w, h = sec.page_width_mm, sec.page_height_mm
            landscape = sec.orientation == "landscape" or (
                w is not None and h is not None and w > h
            )
            if not landscape:
                continue
            lo, hi = sec.first_paragraph, sec.last_paragraph
            content = {r.paragraph for r in ctx.anatomy.part_list("noi_dung")}
            body_tables = {
                p.cell.table
                for p in doc.paragraphs[lo : hi + 1]
                if p.cell is not None and p.index in content
            }
            bordered = any(
                t.has_visible_borders and lo <= t.first_paragraph <= hi for t in doc.tables
            )
            charts = any(
                s.kind in ("picture", "other")
                and s.paragraph is not None
                and lo <= s.paragraph <= hi
                for s in doc.shapes
            )
            has_table = bool(body_tables) or bordered or charts
            if has_table:
                continue
            yield self.finding(
                ctx,
                vi="Trang ngang nhưng phần này không có bảng, biểu; văn bản phải trình bày "
                "theo chiều dài khổ A4 (trang dọc).",
                en="Landscape page but this section has no table or chart; the document must "
                "be portrait.",
                location=Location(section=sec.index, excerpt="landscape"),
                severity=self.sev(ctx),
            )
