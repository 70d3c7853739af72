"""VB133 citation-repeated-in-full."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.parts import Citation
from linter.rule import Context
from rules.layout._common import PL1, StateRule, cap, part_paragraphs

# A citation inside the title of an amending document quotes that title as issued ("Nghị định
# số 137/2018/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 123/2013/NĐ-CP ngày …"):
# the drafter cannot shorten it.
_AMENDING = re.compile(r"(?:sửa đổi|bổ sung|thay thế|bãi bỏ)[^;]{0,80}$", re.IGNORECASE)


def _before(ctx: Context, para: Paragraph, cit: Citation) -> str:
    """The text before the citation in its paragraph, with the previous paragraph's when the
    citation stands near the start (a title broken over two lines)."""
    head = para.text[: cit.start]
    if len(head) < 80 and para.index > 0:
        head = ctx.doc.paragraphs[para.index - 1].text + " " + head
    return head


class CitationRepeatedInFull(StateRule):
    """Một văn bản được viện dẫn đầy đủ (có ngày ban hành) nhiều lần.
    (A document cited in full, with its date, more than once.)

    ## Kiểm tra gì (What it checks)
    Từ lần viện dẫn thứ hai, chỉ ghi tên loại và số, ký hiệu của văn bản ("Công văn số
    4409/BCA-C04"). Quy tắc gợi ý khi một văn bản đã được viện dẫn đầy đủ (kèm ngày ban hành)
    trong căn cứ hoặc nội dung lại được viện dẫn kèm ngày ban hành ở chỗ sau; mỗi văn bản một gợi
    ý, tại lần lặp đầu tiên.
    From the second citation on, a document is cited by type and number only; a hint when a
    document already cited with its date is cited again with its date (one hint per document, at
    its first repeat).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b: khi viện dẫn lần đầu phải ghi đầy đủ tên
    loại, số, ký hiệu, thời gian ban hành, cơ quan ban hành và trích yếu; trong các lần viện dẫn
    tiếp theo, chỉ ghi tên loại và số, ký hiệu của văn bản đó.
    ND 30, Appendix I, II.6.b: later citations give only the type and the number.

    ## Ví dụ sai (Bad)
        Thực hiện Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an …
        Theo Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an, các đơn vị …

    ## Ví dụ đúng (Good)
        Thực hiện Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an …
        Theo Công văn số 4409/BCA-C04, các đơn vị …

    ## Tự sửa (Fix)
    Không: phần cần bỏ (ngày, cơ quan, trích yếu) không tách chắc chắn khỏi câu. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Viện dẫn trong trích yếu (V/v) không tính là lần đầu; lần đầu không ghi ngày mà lần sau
    ghi (ngày nên đứng ở lần đầu: xem VB132); viện dẫn nằm trong tên của văn bản
    sửa đổi, bổ sung, thay thế ("… sửa đổi, bổ sung một số điều của Nghị định số … ngày …");
    văn bản quy phạm pháp luật. Chỉ là gợi ý (mức thông tin): văn bản thực tế thường nhắc lại
    đầy đủ, nhất là giữa phần căn cứ và nội dung.
    Citations in the trích yếu; citations inside an amending document's title; normative
    documents. A hint only: real documents often repeat the full citation.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b
    """

    code = "VB133"
    name = "citation-repeated-in-full"
    summary = "Viện dẫn lần sau chỉ ghi tên loại và số, ký hiệu"
    summary_en = "Later citations give only the type and number"
    severity = Severity.INFO
    source = f"{PL1}, mục II.6.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        judged = {p.index for name in ("can_cu", "noi_dung") for p in part_paragraphs(ctx, name)}
        cits = sorted(
            (c for c in ctx.anatomy.citations if c.number and c.paragraph in judged),
            key=lambda c: (c.paragraph, c.start),
        )
        full: set[str] = set()  # numbers already cited with their date
        reported: set[str] = set()
        for cit in cits:
            if cit.date is None:
                continue
            key = cit.number.upper()
            if key not in full:
                full.add(key)
                continue
            if key in reported:
                continue
            para = ctx.doc.paragraphs[cit.paragraph]
            if para.nfc != para.text or _AMENDING.search(_before(ctx, para, cit)):
                continue
            reported.add(key)
            yield self._one(ctx, para, cit)

    def _one(self, ctx: Context, para: Paragraph, cit: Citation) -> Finding:
        return self.finding(
            ctx,
            vi=f"“{cit.number}” đã được viện dẫn ở trên; lần viện dẫn sau chỉ ghi tên loại và số, "
            "ký hiệu, không nhắc lại ngày ban hành, cơ quan ban hành và trích yếu.",
            en=f"“{cit.number}” is cited above already; a later citation gives only the type and "
            "number, without the date, the issuer and the subject again.",
            location=self.at(para, cit.start, cit.end),
        )
