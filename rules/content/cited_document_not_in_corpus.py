"""VB722: a cited document is not in the reference corpus, so the copy check cannot use it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.content.copy import copy_report
from linter.finding import Finding, Severity
from linter.rule import Context, Rule
from rules.content._copy_common import SOURCE

_LEGAL_BASIS = re.compile(r"\s*[-–•]?\s*(căn cứ|theo đề nghị)\b", re.IGNORECASE)
# Words that say the draft carries out the cited document (its "parent" under KL 226).
_IMPLEMENTS = re.compile(
    r"(thực hiện|triển khai|quán triệt|nhận được|theo chỉ đạo|cụ thể hóa|cụ thể hoá)",
    re.IGNORECASE,
)
_NOT_PARENT_TYPES = frozenset({"to_trinh", "bao_cao", "bien_ban", "giay_moi"})


def _implements(text: str, start: int) -> bool:
    """True when the citation at ``start`` is introduced as a document being implemented."""
    if _LEGAL_BASIS.match(text):
        return False
    return bool(_IMPLEMENTS.search(text[max(0, start - 60) : start]))


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
    Dẫn chiếu không có số, ký hiệu (“Căn cứ Luật Tổ chức chính quyền địa phương”), số của chính
    văn bản, và mọi dẫn chiếu không được nêu là văn bản đang triển khai: dòng “Căn cứ …” (căn cứ
    pháp lý), “Theo đề nghị … tại Tờ trình …”, báo cáo, biên bản. Chỉ báo văn bản đứng sau “Thực
    hiện”, “Triển khai”, “Quán triệt”, “nhận được”, “theo chỉ đạo”.
    Citations without a number, the document's own number, and any citation not introduced as a
    document being implemented ("Căn cứ …" legal basis, proposals, reports): only those after
    "Thực hiện", "Triển khai", "Quán triệt", "nhận được", "theo chỉ đạo" are reported.

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
            if not _implements(para.nfc, cit.start) or cit.type in _NOT_PARENT_TYPES:
                continue  # legal basis, a proposal, a mere mention: not a directive to implement
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
