"""VB132 citation-without-date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.parts import Citation
from linter.rule import Context
from rules.layout._common import PL1, StateRule, cap, part_paragraphs

# A date anywhere later in the citation's clause: "… số 202/2025/QH15 của Quốc hội thông qua
# ngày 12 tháng 6 năm 2025", "… của Bộ Giáo dục và Đào tạo (GDĐT) ngày 05 tháng 02 năm 2026".
_DATE = re.compile(
    r"ngày\s+\d{1,2}\s*(?:/\s*|\s+tháng\s+)\d{1,2}\s*(?:/\s*|\s+năm\s+)\d{4}", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[;.:](?:\s|$)")
_REACH = 160  # characters after the number where the date may stand


def _dated_around(
    text: str, cit: Citation, before: Citation | None, after: Citation | None
) -> bool:
    """A date stands in the citation's clause: after it ("… số 202/2025/QH15 của Quốc hội thông
    qua ngày …"), up to the clause's end or the next citation, or before it ("Ngày 06/10/2025,
    Bộ Nội vụ ban hành Công văn số …"), from the clause's start or the previous citation."""
    stop = min(len(text), cit.end + _REACH)
    if after is not None:
        stop = min(stop, after.start)
    end = _CLAUSE_END.search(text, cit.end, stop)
    if end:
        stop = end.start()
    if _DATE.search(text, cit.end, stop) is not None:
        return True
    start = max(0, cit.start - _REACH)
    if before is not None:
        start = max(start, before.end)
    ends = list(_CLAUSE_END.finditer(text, start, cit.start))
    if ends:
        start = ends[-1].end()
    return _DATE.search(text, start, cit.start) is not None


class CitationWithoutDate(StateRule):
    """Viện dẫn lần đầu một văn bản mà không ghi ngày ban hành.
    (A document cited for the first time without its date.)

    ## Kiểm tra gì (What it checks)
    Lần đầu viện dẫn một văn bản có số, ký hiệu ("Công văn số 4409/BCA-C04") phải ghi ngày ban
    hành. Quy tắc báo văn bản mà không lần viện dẫn nào trong căn cứ và nội dung ghi ngày.
    The first citation of a numbered document gives its date; reported when no citation of that
    number in the căn cứ and the body gives one.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b: khi viện dẫn lần đầu văn bản có liên quan,
    phải ghi đầy đủ tên loại, số, ký hiệu của văn bản, thời gian ban hành văn bản, tên cơ quan,
    tổ chức ban hành văn bản, trích yếu nội dung văn bản (luật, pháp lệnh chỉ ghi tên loại và
    tên); các lần viện dẫn tiếp theo chỉ ghi tên loại và số, ký hiệu.
    ND 30, Appendix I, II.6.b.

    ## Ví dụ sai (Bad)
        Thực hiện Công văn số 4409/BCA-C04 của Bộ Công an về …

    ## Ví dụ đúng (Good)
        Thực hiện Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an về …

    ## Tự sửa (Fix)
    Không: ngày của văn bản được viện dẫn không có trong dự thảo. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Luật, bộ luật, pháp lệnh viện dẫn theo tên; văn bản đã ghi ngày ở một lần viện dẫn khác;
    ngày đứng xa hơn trong cùng mệnh đề, sau ("… của Quốc hội thông qua ngày …") hoặc trước
    ("Ngày 06/10/2025, Bộ Nội vụ ban hành Công văn số …"); tên cơ quan ban
    hành và trích yếu không được kiểm tra (cơ quan thường đứng trước: "Sở Nội vụ tại Tờ trình
    số …"); văn bản quy phạm pháp luật. Mức cảnh báo.
    Laws cited by name; a number dated at another citation; a date elsewhere in the clause; the
    issuer and the trích yếu are not judged. A warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b
    """

    code = "VB132"
    name = "citation-without-date"
    summary = "Viện dẫn lần đầu phải ghi ngày ban hành của văn bản"
    summary_en = "A first citation gives the cited document's date"
    severity = Severity.WARNING
    source = f"{PL1}, mục II.6.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        judged = {p.index for name in ("can_cu", "noi_dung") for p in part_paragraphs(ctx, name)}
        # the anatomy's citations: every paragraph from the trích yếu on (the V/v line too),
        # offsets into each paragraph's NFC text
        by_para: dict[int, list[Citation]] = {}
        for cit in ctx.anatomy.citations:
            if cit.number:
                by_para.setdefault(cit.paragraph, []).append(cit)
        first: dict[str, tuple[Paragraph, Citation]] = {}
        dated: set[str] = set()
        for index in sorted(by_para):
            para = ctx.doc.paragraphs[index]
            cits = sorted(by_para[index], key=lambda c: c.start)
            for i, cit in enumerate(cits):
                key = cit.number.upper()
                before = cits[i - 1] if i else None
                after = cits[i + 1] if i + 1 < len(cits) else None
                if cit.date is not None or _dated_around(para.nfc, cit, before, after):
                    dated.add(key)  # dated anywhere in the document
                if index in judged and para.nfc == para.text:  # (offsets hold as written)
                    first.setdefault(key, (para, cit))
        for key, (para, cit) in sorted(first.items(), key=lambda kv: kv[1][0].index):
            if key in dated:
                continue
            yield self.finding(
                ctx,
                vi=f"Viện dẫn “{cit.raw.strip()}” không ghi ngày ban hành; lần viện dẫn đầu tiên "
                "phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.",
                en=f"The citation “{cit.raw.strip()}” gives no date; a first citation gives the "
                "type, number, date, issuer and subject of the document.",
                location=self.at(para, cit.start, cit.end),
            )
