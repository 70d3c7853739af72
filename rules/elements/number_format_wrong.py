"""VB116: the "Số: …" line is not size 13 upright, or its ký hiệu is not in capitals."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import Size, StateElementRule, Style, number_of, visible_runs

# Mixed-case forms that are official (PL III) or customary issuer abbreviations (spec §4.3).
_MIXED_CASE = frozenset({"QyĐ", "CTr", "TTr", "TrS", "TTg"})

_LOOK = (
    Size(
        "size_pt",
        vi="Dòng số, ký hiệu cỡ chữ {got}, phải cỡ {want}.",
        en="The number line is in size {got}; expected {want}.",
    ),
    Style(
        "italic",
        False,
        "italic",
        vi="Dòng số, ký hiệu in nghiêng; phải là chữ đứng.",
        en="The number line is in italics; it must be upright.",
    ),
    Style(
        "bold",
        False,
        None,
        vi="Dòng số, ký hiệu in đậm; theo mẫu là chữ đứng, không đậm.",
        en="The number line is bold; the model shows it upright, not bold.",
        severity=Severity.WARNING,
    ),
)


_MIXED_CASE = frozenset({"QyĐ", "CTr", "TTr", "TrS", "TTg"})


class NumberFormatWrong(StateElementRule):
    """Dòng số, ký hiệu sai cỡ chữ (phải cỡ 13), kiểu chữ, hoặc ký hiệu không in hoa.
    (The number line is not size 13 upright, or its symbol is not in capitals.)

    ## Kiểm tra gì (What it checks)
    Chữ “Số”, số và ký hiệu: cỡ chữ 13, kiểu chữ đứng (không nghiêng); in đậm được cảnh báo.
    Ký hiệu in hoa, trừ các dạng chính thức có chữ thường (QyĐ, CTr, TTr, TrS) và “TTg”: chữ
    thường khác trong ký hiệu được cảnh báo.
    “Số”, number and symbol: size 13, upright; bold is a warning. The symbol is in capitals
    except the official mixed-case forms (QyĐ, CTr, TTr, TrS) and “TTg”.

    ## Vì sao (Why)
    Phụ lục I, mục II.3.c và bảng mục V dòng 3: “Số” in thường, ký hiệu in hoa, cỡ chữ 13,
    kiểu chữ đứng. Cỡ 13 là cỡ cố định, không phải khoảng.
    PL I, II.3.c and table V row 3: size 13 exactly, upright.

    ## Ví dụ sai (Bad)
        Số: 15/QĐ-UBND   (cỡ 14, nghiêng)
        Số: 15/Qđ-Ubnd

    ## Ví dụ đúng (Good)
        Số: 15/QĐ-UBND   (cỡ 13, đứng)
        Số: 15/QĐ-TTg

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Cỡ, kiểu chữ không kiểm tra với văn bản thuần. Văn bản của Đảng, văn bản quy phạm pháp
    luật không áp dụng. Size and style are skipped for plain text; Party and normative
    documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c; mục V (bảng, dòng 3)
    """

    code = "VB116"
    name = "number-format-wrong"
    summary = "Số, ký hiệu: cỡ chữ 13, chữ đứng; ký hiệu in hoa"
    summary_en = "Number line: size 13, upright; symbol in capitals"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c"

    def check(self, ctx: Context) -> Iterator[Finding]:
        number = number_of(ctx)
        if number is None:
            return
        para = number.para
        start, end = number.label[0], max(number.sym_span[1], number.colon_span[1])
        loc = self.at(para, start, end, part="so_ky_hieu")
        for group, lo, hi in number.groups:
            if group in _MIXED_CASE or group.isdigit() or group.isupper():
                continue
            if any(c.islower() for c in group):
                yield self.finding(
                    ctx,
                    vi=f"Ký hiệu có nhóm “{group}” viết chữ thường; ký hiệu văn bản viết in hoa "
                    "(trừ QyĐ, CTr, TTr, TrS, TTg).",
                    en=f"The symbol group “{group}” is in lower case; symbols are in capitals "
                    "(except QyĐ, CTr, TTr, TrS, TTg).",
                    location=self.at(para, lo, hi, part="so_ky_hieu"),
                    severity=Severity.WARNING,
                )
        if not ctx.doc.has_formatting or not (runs := visible_runs(para, start, end)):
            return
        yield from self.typography(ctx, _LOOK, self.data(ctx, "so_ky_hieu"), runs, loc)
