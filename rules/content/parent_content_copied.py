"""VB720: a passage copies the higher-level document without concretising it."""

from __future__ import annotations

from collections.abc import Iterator

from linter.content.copy import concretisation, copy_report
from linter.finding import Finding, Severity
from linter.rule import Context, Rule
from rules.content._copy_common import (
    SLOT_EN,
    SLOT_VI,
    SOURCE,
    clause_en,
    clause_vi,
    parent_name,
)


class ParentContentCopied(Rule):
    """Đoạn văn sao chép văn bản cấp trên mà không cụ thể hóa.
    (A passage copies the higher-level document without concretising it.)

    ## Kiểm tra gì (What it checks)
    Mỗi đoạn trong phần nội dung được so với văn bản cấp trên mà dự thảo dẫn chiếu (tìm trong kho
    văn bản tham chiếu theo số, ký hiệu) và với văn bản nêu bằng ``--parent``. Đoạn có câu hoặc vế
    câu mà phần lớn từ ngữ (từ 60 % trở lên, tối thiểu 8 từ) nằm trong văn bản cấp trên là sao
    chép; quy tắc nêu mục của văn bản cấp trên bị sao chép. Nếu đoạn đó không tự bổ sung đầu mối
    chủ trì, thời hạn hoàn thành và sản phẩm thì là lỗi; bổ sung được một phần thì là cảnh báo;
    bổ sung đủ cả ba thì là cụ thể hóa, không báo.
    Each body paragraph is compared with the parent documents it cites (looked up in the corpus)
    and with ``--parent`` files. A sentence or clause whose words are mostly (≥ 60 %, at least 8
    words) found in the parent is a copy; the parent's clause is named. A copy that adds no lead,
    deadline or product of its own is an error; a partial one a warning; all three: not reported.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.1: “không ban hành văn bản mang tính sao chép lại nội dung văn bản
    của cấp trên … Văn bản của cấp dưới phải cụ thể hoá văn bản chỉ đạo của cấp trên thành các
    nhiệm vụ, giải pháp của cấp mình, đơn vị mình, có quy định nguồn lực, thời gian hoàn thành và
    phân công rõ trách nhiệm”. Văn bản chép lại cấp trên không giao được việc gì cho ai.
    KL 226 §2.1 forbids documents that copy the higher level; a copy assigns no work to anyone.

    ## Ví dụ sai (Bad)
        2.1. Tập trung nâng cao chất lượng công tác ban hành văn bản theo hướng đơn giản hoá và
        rút gọn, tích hợp các quy trình, thủ tục trong ban hành văn bản.

    ## Ví dụ đúng (Good)
        2.1. Văn phòng chủ trì rà soát 42 quy trình ban hành văn bản của Sở, trình Giám đốc danh
        mục quy trình đề nghị bãi bỏ trước ngày 31/3/2026.

    ## Tự sửa (Fix)
    Không: nội dung cụ thể hóa do người soạn viết. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Không so các phần ngoài nội dung (tiêu đề, trích yếu, căn cứ, Nơi nhận, chữ ký), dòng dẫn
    chiếu và tên văn bản cấp trên được trích làm tên gọi. Văn bản cấp trên không có trong kho thì
    không so được (xem VB722). Parts outside the body, citation lines and the quoted title of the
    parent are not compared; a parent missing from the corpus cannot be compared (see VB722).

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba
    """

    code = "VB720"
    name = "parent-content-copied"
    summary = "Đoạn văn sao chép văn bản cấp trên mà không cụ thể hóa (đầu mối, thời hạn, sản phẩm)"
    summary_en = "A passage copies the higher-level document without concretising it"
    severity = Severity.ERROR
    source = SOURCE

    def check(self, ctx: Context) -> Iterator[Finding]:
        report = copy_report(ctx)
        for cp in report.copied:
            conc = concretisation(ctx, cp)
            if conc.complete:
                continue
            para = ctx.doc.paragraphs[cp.paragraph]
            start = para.to_original_offset(cp.start)
            end = para.to_original_offset(cp.end)
            pct = round(cp.coverage * 100)
            name = parent_name(cp.parent)
            missing_vi = ", ".join(SLOT_VI[m] for m in conc.missing)
            missing_en = ", ".join(SLOT_EN[m] for m in conc.missing)
            n = len(cp.units)
            yield self.finding(
                ctx,
                vi=f"Đoạn này sao chép {clause_vi(cp.clause)} của {name} ({n} câu, trùng {pct} % "
                f"từ ngữ) mà chưa cụ thể hóa cho cấp mình: thiếu {missing_vi}. Hãy giao việc cụ "
                "thể (ai chủ trì, làm gì, xong khi nào, sản phẩm gì) hoặc bỏ phần chép lại.",
                en=f"This paragraph copies {clause_en(cp.clause)} of {name} ({n} sentence(s), "
                f"{pct} % of the words) without concretising it: {missing_en} missing. Assign "
                "concrete work (who leads, what, by when, which product) or drop the copy.",
                location=self.at(para, start, end),
                severity=None if not conc.any else Severity.WARNING,
            )
