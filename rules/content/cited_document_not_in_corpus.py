"""VB722: a cited document is not in the reference corpus, so the copy check cannot use it."""

from __future__ import annotations

from collections.abc import Iterator

from linter.content.copy import copy_report
from linter.finding import Finding, Severity
from linter.rule import Context, Rule
from rules.content._copy_common import SOURCE


class CitedDocumentNotInCorpus(Rule):
    """Văn bản được dẫn chiếu chưa có trong kho văn bản tham chiếu.
    (A cited document is not in the reference corpus.)

    ## Kiểm tra gì (What it checks)
    Mỗi văn bản mà dự thảo dẫn chiếu có số, ký hiệu (“Thực hiện Kết luận số 226-KL/TW …”, “Căn cứ
    Nghị định số 30/2020/NĐ-CP …”) được tìm trong kho văn bản tham chiếu. Văn bản không có trong
    kho được nêu tên (mức gợi ý) để người dùng bổ sung bằng ``lint corpus add``.
    Every cited document with a number is looked up in the corpus; one that is missing is named
    (info) so that the user can add it with ``lint corpus add``.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.1 cấm sao chép văn bản cấp trên; chỉ so được với văn bản có trong
    kho. Báo thiếu để kết quả “không sao chép” không bị hiểu nhầm là đã kiểm tra.
    The copy check can only compare with documents in the corpus; saying which are missing keeps
    a clean result from being misread.

    ## Ví dụ sai (Bad)
        Thực hiện Công văn số 649-CV/ĐU ngày 31/12/2025 … (công văn chưa có trong kho)

    ## Ví dụ đúng (Good)
        Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư … (đã có trong kho)

    ## Tự sửa (Fix)
    Không: thêm văn bản vào kho bằng ``lint corpus add TỆP``. (No fix: add it to the corpus.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dẫn chiếu không có số, ký hiệu (“Căn cứ Luật Tổ chức chính quyền địa phương”) và số của chính
    văn bản. Citations without a number, and the document's own number.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba
    """

    code = "VB722"
    name = "cited-document-not-in-corpus"
    summary = "Văn bản được dẫn chiếu chưa có trong kho văn bản tham chiếu"
    summary_en = "A cited document is not in the reference corpus"
    severity = Severity.INFO
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        for cit in copy_report(ctx).missing:
            if cit.paragraph >= len(ctx.doc.paragraphs):
                continue
            para = ctx.doc.paragraphs[cit.paragraph]
            span = (cit.start, cit.end) if cit.end > cit.start else (None, None)
            yield self.finding(
                ctx,
                vi=f"Văn bản được dẫn chiếu “{cit.raw.strip()}” chưa có trong kho văn bản tham "
                "chiếu nên chưa kiểm tra được việc sao chép; có thể thêm bằng lệnh "
                "“lint corpus add TỆP”.",
                en=f"The cited document “{cit.raw.strip()}” is not in the reference corpus, so "
                "copying from it cannot be checked; add it with “lint corpus add FILE”.",
                location=self.at(para, *span),
            )
