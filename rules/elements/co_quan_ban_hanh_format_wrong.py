"""VB108: the issuing body's name is not in capitals, size 12-13, upright bold."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    Centred,
    Size,
    StateElementRule,
    Style,
    is_upper,
    shown_text,
)

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
# PL I, II.2.b: "đặt canh giữa dưới tên cơ quan, tổ chức chủ quản trực tiếp" [H]. Without a
# governing body the decree only places the block (layout diagram, ô 2): a warning.
_CENTRED_UNDER = Centred(
    vi="Tên cơ quan ban hành căn lề “{align}”; phải canh giữa dưới tên cơ quan chủ quản.",
    en="The issuing body's name is aligned “{align}”; it must be centred under the governing "
    "body's name.",
    key="ban_hanh_centred",
    alone=True,
)
_CENTRED_BLOCK = Centred(
    vi="Tên cơ quan ban hành căn lề “{align}”; nên canh giữa trong ô tên cơ quan (góc trên "
    "bên trái).",
    en="The issuing body's name is aligned “{align}”; it should be centred in its block (top "
    "left).",
    key="ban_hanh_centred",
    alone=True,
    severity=Severity.WARNING,
)
# Leading spaces position the line by hand: its alignment says nothing about where it prints.
_SPACED = re.compile(r"[ \u00a0]{2,}$")


_ABBREVIATIONS = re.compile(r"\b(UBND|HĐND|TAND|VKSND|MTTQ|BCH|BCĐ|TP\.?)(?=\s|$)")


class CoQuanBanHanhFormatWrong(StateElementRule):
    """Tên cơ quan ban hành không in hoa, không đậm, hoặc sai cỡ chữ.
    (The issuing body's name is not in capitals, not bold, or the wrong size.)

    ## Kiểm tra gì (What it checks)
    Tên cơ quan, tổ chức ban hành văn bản: chữ in hoa, cỡ chữ 12 đến 13, kiểu chữ đứng, đậm,
    canh giữa dưới tên cơ quan chủ quản (lỗi); không có cơ quan chủ quản mà tên không canh giữa
    thì cảnh báo.
    Tên viết tắt (ví dụ “UBND”) ở dòng này được nhắc ở mức gợi ý: chỉ tên cơ quan chủ quản
    mới được viết tắt cụm từ thông dụng.
    The issuing body's name must be capitals, size 12–13, upright bold, centred under the
    governing body (a warning when there is no governing body); an abbreviated own name
    (“UBND …”) is an info-level hint.

    ## Vì sao (Why)
    Phụ lục I, mục II.2.b và bảng mục V dòng 2: “Tên cơ quan, tổ chức ban hành văn bản được
    trình bày bằng chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm, được đặt canh giữa dưới
    tên cơ quan, tổ chức chủ quản trực tiếp”. Mục II.2.a: ghi tên
    chính thức, đầy đủ; chỉ tên cơ quan chủ quản được viết tắt những cụm từ thông dụng.
    PL I, II.2.a–b.

    ## Ví dụ sai (Bad)
        Sở Nội vụ   (chữ thường, không đậm)
        SỞ NỘI VỤ   (căn trái trong cột tiêu đề)

    ## Ví dụ đúng (Good)
        **SỞ NỘI VỤ**

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản thuần (không có định dạng) chỉ được kiểm tra chữ hoa; văn bản của Đảng, văn bản
    quy phạm pháp luật không áp dụng. Không xét canh giữa khi dòng được dàn bằng phím Tab hoặc
    dấu cách (cùng đoạn với Quốc hiệu, hay đẩy vào bằng dấu cách) hoặc canh lề không xác định
    được. Plain-text documents get the case check only; centring is not judged on a line laid
    out with tabs or spaces, or with an unknown alignment.

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
        checks = list(_LOOK)
        if not _SPACED.search(el.para.text[: el.start]):
            under = ctx.anatomy.part("co_quan_chu_quan") is not None
            checks.append(_CENTRED_UNDER if under else _CENTRED_BLOCK)
        yield from self.typography(
            ctx, checks, self.data(ctx, "co_quan"), runs, loc, el.para, (el.start, el.end)
        )
