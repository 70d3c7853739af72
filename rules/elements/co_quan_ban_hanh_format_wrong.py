"""VB108: the issuing body's name is not in capitals, size 12-13, upright bold."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import Size, StateElementRule, Style, is_upper, shown_text

# Common abbreviations that may shorten the governing body's name but not the issuer's own.
_ABBREVIATIONS = re.compile(r"\b(UBND|HĐND|TAND|VKSND|MTTQ|BCH|BCĐ|TP\.?)(?=\s|$)")

_LOOK = (
    Size(
        "size_pt",
        vi="Tên cơ quan ban hành cỡ chữ {got}, phải cỡ {want}.",
        en="Issuing body's name in size {got}; expected {want}.",
    ),
    Style(
        "bold",
        True,
        "ban_hanh_bold",
        vi="Tên cơ quan ban hành không in đậm; phải là chữ đứng, đậm.",
        en="The issuing body's name is not bold; it must be upright bold.",
    ),
    Style(
        "italic",
        False,
        None,
        vi="Tên cơ quan ban hành in nghiêng; phải là chữ đứng, đậm.",
        en="The issuing body's name is in italics; it must be upright bold.",
    ),
)


_ABBREVIATIONS = re.compile(r"\b(UBND|HĐND|TAND|VKSND|MTTQ|BCH|BCĐ|TP\.?)(?=\s|$)")


class CoQuanBanHanhFormatWrong(StateElementRule):
    """Tên cơ quan ban hành không in hoa, không đậm, hoặc sai cỡ chữ.
    (The issuing body's name is not in capitals, not bold, or the wrong size.)

    ## Kiểm tra gì (What it checks)
    Tên cơ quan, tổ chức ban hành văn bản: chữ in hoa, cỡ chữ 12 đến 13, kiểu chữ đứng, đậm.
    Tên viết tắt (ví dụ “UBND”) ở dòng này được nhắc ở mức gợi ý: chỉ tên cơ quan chủ quản
    mới được viết tắt cụm từ thông dụng.
    The issuing body's name must be capitals, size 12–13, upright bold; an abbreviated own
    name (“UBND …”) is an info-level hint.

    ## Vì sao (Why)
    Phụ lục I, mục II.2.b và bảng mục V dòng 2: “Tên cơ quan, tổ chức ban hành văn bản được
    trình bày bằng chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm”. Mục II.2.a: ghi tên
    chính thức, đầy đủ; chỉ tên cơ quan chủ quản được viết tắt những cụm từ thông dụng.
    PL I, II.2.a–b.

    ## Ví dụ sai (Bad)
        Sở Nội vụ   (chữ thường, không đậm)

    ## Ví dụ đúng (Good)
        **SỞ NỘI VỤ**

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản thuần (không có định dạng) chỉ được kiểm tra chữ hoa; văn bản của Đảng, văn bản
    quy phạm pháp luật không áp dụng. Plain-text documents get the case check only.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2.a–b; mục V (bảng, dòng 2)
    """

    code = "VB108"
    name = "co-quan-ban-hanh-format-wrong"
    summary = "Tên cơ quan ban hành phải in hoa, cỡ 12–13, đứng, đậm"
    summary_en = "The issuing body's name must be capitals, size 12–13, upright bold"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        el = self.element(ctx, "co_quan_ban_hanh")
        if el is None:
            return
        loc = el.location
        shown = shown_text(el.para, el.start, el.end).strip()
        if shown and not is_upper(shown):
            yield self.finding(
                ctx,
                vi=f"Tên cơ quan ban hành “{shown}” phải viết chữ in hoa.",
                en=f"The issuing body's name “{shown}” must be in capitals.",
                location=loc,
            )
        abbreviation = _ABBREVIATIONS.search(shown)
        if abbreviation and ctx.anatomy.part("co_quan_chu_quan") is not None:
            yield self.finding(
                ctx,
                vi=f"Tên cơ quan ban hành viết tắt “{abbreviation.group(1)}”; tên cơ quan ban "
                "hành nên ghi đầy đủ (chỉ tên cơ quan chủ quản được viết tắt).",
                en=f"The issuing body's name is abbreviated (“{abbreviation.group(1)}”); only "
                "the governing body's name may be abbreviated.",
                location=loc,
                severity=Severity.INFO,
            )
        if not ctx.doc.has_formatting or not (runs := el.runs):
            return
        yield from self.typography(ctx, _LOOK, self.data(ctx, "co_quan"), runs, loc)
