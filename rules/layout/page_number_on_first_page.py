"""VB207 page-number-on-first-page."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule
from rules.layout._pages import shown_on_first_page


class PageNumberOnFirstPage(FamilyRule):
    """Số trang hiện ở trang thứ nhất.
    (Page number shown on the first page.)

    ## Kiểm tra gì (What it checks)
    Trang đầu tiên của văn bản không hiển thị số trang: cần bật "Different First Page"
    (w:titlePg) với đầu trang thứ nhất trống. Báo lỗi khi trang 1 dùng đầu trang có trường PAGE,
    hoặc đầu trang thứ nhất có số "1" gõ tay.
    Page 1 must not show a number: use a different, empty first-page header.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7: số trang "không hiển thị số trang thứ nhất".
    ND 30: the first page shows no number.

    ## Ví dụ sai (Bad)
        Đầu trang có trường PAGE, không chọn "Different First Page"

    ## Ví dụ đúng (Good)
        "Different First Page" bật, đầu trang thứ nhất để trống

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `page_number.hide_first_page` trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Văn bản không đánh số trang (xem VB206); văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7
    """

    code = "VB207"
    name = "page-number-on-first-page"
    summary = "Không hiển thị số trang ở trang thứ nhất"
    summary_en = "No page number on the first page"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.7"
    table = "page_number"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("hide_first_page") or not ctx.doc.sections:
            return
        first = ctx.doc.sections[0]
        for kind, story in (("headers", "header"), ("footers", "footer")):
            hf = shown_on_first_page(first, kind)
            if hf is None:
                continue
            typed = next((p for p in hf.paragraphs if p.stripped.isdigit()), None)
            if not hf.has_page_field and typed is None:
                continue
            where = "đầu trang" if story == "header" else "chân trang"
            yield self.finding(
                ctx,
                vi=f"Trang thứ nhất hiện số trang ({where}); không được hiển thị số trang ở "
                "trang thứ nhất (chọn “Different First Page”, để trống đầu trang thứ nhất).",
                en=f"The first page shows a page number ({story}); page 1 must not show one "
                "(use a different, empty first-page header).",
                location=Location(
                    section=first.index,
                    story=story,
                    paragraph=typed.index if typed is not None else None,
                    excerpt=typed.stripped if typed is not None else "PAGE",
                ),
                severity=self.sev(ctx),
            )
            return
