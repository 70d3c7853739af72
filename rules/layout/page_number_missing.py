"""VB206 page-number-missing."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule
from rules.layout._pages import has_field, multi_page, stories


class PageNumberMissing(FamilyRule):
    """Văn bản nhiều trang không đánh số trang ở lề trên, hoặc đánh số ở chân trang.
    (Multi-page document without page numbers in the header, or numbered in the footer.)

    ## Kiểm tra gì (What it checks)
    Văn bản từ hai trang trở lên phải có số trang (trường PAGE) ở phần đầu trang (header).
    Báo lỗi khi số trang đặt ở chân trang (footer), hoặc khi văn bản nhiều trang không có số.
    A document of two or more pages needs a PAGE field in the header, not the footer.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7: số trang "được đặt canh giữa theo chiều ngang
    trong phần lề trên của văn bản". Số trang ở chân trang là lỗi rất hay gặp.
    Page numbers go in the top margin; the footer is a common mistake.

    ## Ví dụ sai (Bad)
        Trường PAGE nằm ở chân trang (footer)

    ## Ví dụ đúng (Good)
        Trường PAGE ở đầu trang (header), canh giữa

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `page_number.story` ("header") trong dữ liệu chế độ;
    `page_number.multi_page_chars` ước lượng văn bản nhiều trang khi tệp không lưu số trang.

    ## Ngoại lệ (When not to apply)
    Văn bản một trang. Khi tệp không lưu số trang, số trang được ước lượng theo độ dài và lỗi
    thiếu số trang chỉ là cảnh báo.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7
    """

    code = "VB206"
    name = "page-number-missing"
    summary = "Văn bản nhiều trang phải đánh số trang ở lề trên"
    summary_en = "Multi-page documents need page numbers in the header"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.7"
    table = "page_number"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        if data.get("story") != "header":
            return
        doc = ctx.doc
        if has_field(doc, "headers"):
            return
        if has_field(doc, "footers"):
            sec, _ = next((s, hf) for s, hf in stories(doc, "footers") if hf.has_page_field)
            yield self.finding(
                ctx,
                vi="Số trang đặt ở chân trang; phải đặt canh giữa ở lề trên (đầu trang).",
                en="Page number in the footer; it must be centred in the top margin (header).",
                location=Location(section=sec.index, story="footer", excerpt="PAGE"),
                severity=self.sev(ctx),
            )
            return
        many, known = multi_page(doc, int(data.get("multi_page_chars", 4500)))
        if not many:
            return
        pages = f"{doc.page_count} trang" if known else "nhiều trang"
        pages_en = f"{doc.page_count} pages" if known else "several pages"
        yield self.finding(
            ctx,
            vi=f"Văn bản {pages} nhưng không đánh số trang; phải đánh số trang ở lề trên, "
            "canh giữa, từ trang thứ hai.",
            en=f"The document has {pages_en} but no page numbers; number the pages in the "
            "header, centred, from page 2.",
            location=Location(section=0, excerpt=""),
            severity=self.sev(ctx) if known else Severity.WARNING,
        )
